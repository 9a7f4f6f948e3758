import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { TREND_STYLE, type TrendSeries } from '../charts/chart-palette';

/**
 * pptxgenjs gives every series of a line chart the same dash and marker (and
 * fails on a combination of line charts), so the deck's trend lines would
 * differ by colour alone. This pass gives each series the dash and marker of
 * the shared palette (hemkommun solid ●, median dashed ■, riket dotted ◆), as
 * in the app, the PDF and the DOCX, by editing the chart parts of the written
 * file: the first <a:prstDash> of a series is its line's, its <c:symbol> its
 * marker's.
 */
const SERIES_ORDER: readonly TrendSeries[] = ['home', 'median', 'riket'];

/** SVG dasharray of the palette → DrawingML preset dash. */
const PRESET_DASH: Readonly<Record<string, string>> = {
  '': 'solid',
  '6 3': 'dash',
  '2 3': 'sysDot',
};

export function styleTrendLines(pptx: Uint8Array): Uint8Array {
  const files = unzipSync(pptx);
  let changed = false;
  for (const name of Object.keys(files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
    const xml = strFromU8(files[name]!);
    if (!xml.includes('<c:lineChart>')) continue;
    let index = 0;
    files[name] = strToU8(
      xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
        const key = SERIES_ORDER[index++];
        if (!key) return ser;
        const style = TREND_STYLE[key];
        return ser
          .replace(
            /<a:prstDash val="[A-Za-z]+"\/>/,
            `<a:prstDash val="${PRESET_DASH[style.dash] ?? 'solid'}"/>`,
          )
          .replace(/<c:symbol val="[A-Za-z]+"\/>/, `<c:symbol val="${style.marker}"/>`);
      }),
    );
    changed = true;
  }
  return changed ? zipSync(files) : pptx;
}
