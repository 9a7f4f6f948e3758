import boldUrl from '../../../assets/fonts/LiberationSans-Bold.ttf?url';
import italicUrl from '../../../assets/fonts/LiberationSans-Italic.ttf?url';
import regularUrl from '../../../assets/fonts/LiberationSans-Regular.ttf?url';
import type { ReportFontFiles } from '../../../shared/report/report-fonts';

let loading: Promise<ReportFontFiles> | null = null;

/** The bundled report font's files from the app's own built assets (same origin: the CSP's connect-src 'self'), read once. */
export function loadReportFonts(): Promise<ReportFontFiles> {
  loading ??= (async () => {
    const read = async (url: string) => {
      const response = await fetch(url);
      if (!response.ok)
        throw new Error(`Rapportens typsnitt kunde inte läsas (${response.status}).`);
      return new Uint8Array(await response.arrayBuffer());
    };
    const [regular, bold, italic] = await Promise.all([
      read(regularUrl),
      read(boldUrl),
      read(italicUrl),
    ]);
    return { regular, bold, italic };
  })();
  loading.catch(() => (loading = null));
  return loading;
}
