import { formatNumber, translate, translateCount, type Lang, type MessageKey } from '../i18n/i18n';
import type { ChangeVerdict } from '../analysis/change';
import { STANDING_SYMBOL } from '../charts/standing-style';

/**
 * The headings, column names and empty states of a report, in the report's
 * language (issue 18 item 4): one source that HTML/PDF, Word, PowerPoint,
 * Excel, the Rapport view and the presentation only lay out. The words come
 * from the i18n catalogue (`reportText.*`), so a report in English has
 * English headings in every format.
 */
export type ReportTexts = Readonly<{
  lang: Lang;
  meta: string;
  /** The metaanalys as a slide's heading (PowerPoint, presentation). */
  metaSlide: string;
  metaTable: string;
  outliers: string;
  noOutliers: string;
  changes: string;
  noChanges: string;
  notes: string;
  note: (text: string) => string;
  noMeta: string;
  stances: string;
  network: (name: string, year: number) => string;
  area: string;
  kommun: string;
  persistentColumn: string;
  about: string;
  sources: string;
  noSources: string;
  contents: string;
  year: string;
  groupMedian: string;
  riket: string;
  /** Any catalogue text in the report's language, for the body's sentences (`reportBody.*`). */
  t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  /** "2 indikatorer" in the report's language. */
  count: (base: 'reportBody.unexplained', n: number) => string;
  /** A number the report's way (decimal comma in Swedish, point in English); '–' when missing. */
  num: (x: number | null | undefined, digits?: number) => string;
  /** "och" / "and", for lists of years. */
  and: string;
  /** ▲ Gynnsamt, ● Mellan, ▼ Ogynnsamt: the standing words of the exports (the app's catalogue). */
  standing: Readonly<Record<'favourable' | 'middle' | 'unfavourable', string>>;
  /** "Utan läge": indicators without ▲ ● ▼. */
  without: string;
  /** What "utan läge" means, for tables over several years. */
  withoutReasons: string;
  /** Why an area can be from another year. */
  latestPerSeries: string;
  metaHeader: readonly string[];
  changesHeader: readonly string[];
  changesLegend: string;
  stancesHeader: readonly string[];
  sourcesHeader: readonly string[];
  verdict: Readonly<Record<ChangeVerdict, string>>;
  networkLegend: (year: number) => string;
}>;

const NUMBER = {
  sv: new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** A number in the report's language, one decimal: "1 234,5" / "1,234.5"; '–' when missing. */
export function reportNumber(lang: Lang, x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const text = digits === 1 ? NUMBER[lang].format(x) : formatNumber(lang, x, digits);
  return text.replace(/\u2212/g, '-');
}

export function reportTexts(lang: Lang, latestYear: number): ReportTexts {
  const t = (key: MessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    translate(lang, key, params);
  const symbols = {
    fav: STANDING_SYMBOL.favourable,
    mid: STANDING_SYMBOL.middle,
    unfav: STANDING_SYMBOL.unfavourable,
  };
  const standing = {
    favourable: t('standing.favourable'),
    middle: t('standing.middle'),
    unfavourable: t('standing.unfavourable'),
  };
  const latestPerSeries = t('reportBody.latestPerSeries');
  const without = t('reportBody.without');
  return {
    t,
    count: (base, n) => translateCount(lang, base, n),
    num: (x, digits) => reportNumber(lang, x, digits),
    and: t('reportBody.and'),
    standing,
    without,
    withoutReasons: t('reportBody.withoutReasons', {
      symbols: `${symbols.fav} ${symbols.mid} ${symbols.unfav}`,
    }),
    latestPerSeries,
    metaHeader: [
      t('reportText.area'),
      `${symbols.fav} ${standing.favourable}`,
      `${symbols.mid} ${standing.middle}`,
      `${symbols.unfav} ${standing.unfavourable}`,
      without,
    ],
    changesHeader: [
      t('reportBody.col.indicator'),
      t('reportBody.col.year'),
      t('reportBody.col.from'),
      t('reportBody.col.to'),
      t('reportBody.col.change'),
      t('reportBody.col.verdict'),
      t('reportBody.col.uncertainty'),
    ],
    changesLegend: t('reportBody.changesLegend'),
    stancesHeader: [
      t('reportBody.col.indicator'),
      t('reportBody.col.standing'),
      t('reportBody.col.stance'),
      t('reportBody.col.note'),
      t('reportBody.col.year'),
    ],
    sourcesHeader: [
      t('reportBody.col.source'),
      t('reportBody.col.file'),
      t('reportBody.col.publisher'),
      t('reportBody.col.year'),
      t('reportBody.col.sha256'),
    ],
    verdict: {
      better: t('reportBody.verdict.better'),
      worse: t('reportBody.verdict.worse'),
      unchanged: t('reportBody.verdict.unchanged'),
      no_direction: t('reportBody.verdict.no_direction'),
    },
    networkLegend: (year) =>
      `${t('reportBody.networkLegend', { ...symbols, year })} ${latestPerSeries}`,
    lang,
    meta: t('reportText.meta', { year: latestYear }),
    metaSlide: t('reportText.metaSlide', { year: latestYear }),
    metaTable: t('reportText.metaTable'),
    outliers: t('reportText.outliers'),
    noOutliers: t('reportText.noOutliers'),
    changes: t('reportText.changes', { year: latestYear }),
    noChanges: t('reportText.noChanges'),
    notes: t('reportText.notes'),
    note: (text) => t('reportText.note', { text }),
    noMeta: t('reportText.noMeta'),
    stances: t('reportText.stances'),
    network: (name, year) => t('reportText.network', { name, year }),
    area: t('reportText.area'),
    kommun: t('reportText.kommun'),
    persistentColumn: t('reportText.persistentColumn'),
    about: t('reportText.about'),
    sources: t('reportText.sources'),
    noSources: t('reportText.noSources'),
    contents: t('reportText.contents'),
    year: t('reportText.year'),
    groupMedian: t('reportText.groupMedian'),
    riket: t('reportText.riket'),
  };
}
