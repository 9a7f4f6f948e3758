import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { REPORT_FONT_FILES, type ReportFontFiles } from '../../report/report-fonts';

/** assets/fonts beside the sources: the CLI and the tests run the TypeScript in place. */
const FONTS_DIR = fileURLToPath(new URL('../../../assets/fonts/', import.meta.url));

/** The bundled report font's files (Liberation Sans), read from assets/fonts. */
export async function loadReportFonts(dir: string = FONTS_DIR): Promise<ReportFontFiles> {
  const read = async (name: string) => new Uint8Array(await readFile(`${dir}${name}`));
  const [regular, bold, italic] = await Promise.all([
    read(REPORT_FONT_FILES.regular),
    read(REPORT_FONT_FILES.bold),
    read(REPORT_FONT_FILES.italic),
  ]);
  return { regular, bold, italic };
}
