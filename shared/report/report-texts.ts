import { translate, type Lang } from '../i18n/i18n';

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
}>;

export function reportTexts(lang: Lang, latestYear: number): ReportTexts {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) =>
    translate(lang, key, params);
  return {
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
