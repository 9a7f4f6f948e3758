import { translate, type MessageKey } from '../i18n/i18n';
import type { Standing } from '../model/standing';
import type { ReportDocument } from './report-document';
import { developmentSheets } from './development-report';
import { writeXlsx, type XlsxSheet } from './xlsx-writer';
import { areaLabel } from '../model/areas';
import { peerSetLabel } from '../analysis/peer-sets';
import { changeUnitText, changeVerdict } from '../analysis/change';
import { latestYearsText } from '../analysis/latest-year';
import { persistenceText } from '../analysis/persistent-outliers';
import { reportSections, significanceText } from './report-sections';
import { uncertaintyText, yearSmallReasonsText } from '../analysis/uncertainty-text';
import { sourceEntries } from './report-sources';

const tidy = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);

/** The numbers behind every part of the report, one sheet each, with standings and source cells (file, sheet, cell). */
export function reportToXlsx(doc: ReportDocument): Uint8Array {
  const fileName = new Map(doc.sources.map((s) => [s.fileId, s.fileName]));
  const lang = doc.lang ?? 'sv';
  const area = (a: string) => areaLabel(a, lang);
  /** The workbook's sheet and column names, in the report's language. */
  const x = (key: string, params: Readonly<Record<string, string | number>> = {}) =>
    translate(lang, `reportXlsx.${key}` as MessageKey, params);
  const standingWord = (st: Standing) => translate(lang, `standing.${st}`);
  const source = (r: { fileId: string | null; sheet: string | null; cell: string | null }) =>
    r.cell
      ? `${r.fileId ? `${fileName.get(r.fileId) ?? r.fileId}, ` : ''}${r.sheet}!${r.cell}`
      : null;
  const s = reportSections(doc);
  const sheets: XlsxSheet[] = [
    {
      name: x('sheet.about'),
      headerRows: 0,
      columnWidths: [28, 100],
      rows: [
        [x('about.report'), doc.title],
        [x('about.home'), `${doc.home.name} (${doc.home.code})`],
        [x('about.years'), `${doc.years[0]}–${doc.years[1]}`],
        [x('about.peers'), `${peerSetLabel(doc.peerSet, lang)}, version ${doc.peerSet.version}`],
        [x('about.members'), doc.peerNames.join(', ')],
        [x('about.created'), doc.createdAt],
        [x('about.method'), doc.methodLine],
        [x('about.without'), s.texts.withoutReasons],
        [x('about.changes'), s.texts.changesLegend],
        [x('about.latest'), s.texts.latestPerSeries],
        [x('about.uncertainty'), x('about.uncertaintyText')],
        [x('about.sources'), x('about.sourcesText')],
      ],
    },
    {
      name: x('sheet.meta'),
      columnWidths: [26, 8, 12, 10, 13, 11, 22, 22, 18, 16],
      rows: [
        [
          s.texts.metaHeader[0]!,
          x('col.year'),
          ...s.texts.metaHeader.slice(1),
          x('col.missing'),
          x('col.insufficient'),
          x('col.noDirection'),
          x('col.shareUnfavourable'),
        ],
        ...doc.meta.map((c) => [
          area(c.key),
          c.year,
          c.counts.favourable,
          c.counts.middle,
          c.counts.unfavourable,
          c.counts.missing + c.counts.insufficient + c.counts.no_direction,
          c.counts.missing,
          c.counts.insufficient,
          c.counts.no_direction,
          c.shares ? Math.round(c.shares.unfavourable * 1000) / 10 : null,
        ]),
      ],
    },
    {
      // "Metaanalys {år}" as in the other formats: each area at its own series' latest years (År says which).
      name: x('sheet.metaLatest'),
      columnWidths: [34, 14, 12, 10, 13, 11],
      rows: [
        [s.texts.metaHeader[0]!, x('col.year'), ...s.texts.metaHeader.slice(1)],
        ...s.metaBars.map((b) => [
          b.area,
          latestYearsText(b.years, s.texts.and),
          b.favourable,
          b.middle,
          b.unfavourable,
          b.without,
        ]),
      ],
    },
    {
      name: x('sheet.outliers'),
      columnWidths: [60, 20, 10, 24, 14, 14, 30, 50, 40],
      rows: [
        [
          x('col.indicator'),
          x('col.area'),
          x('col.hits'),
          x('col.year'),
          x('col.latestValue'),
          x('col.groupMedian'),
          x('col.sourceCell'),
          x('col.persistence'),
          x('col.uncertainty'),
        ],
        ...doc.persistent.map((o) => [
          o.title,
          area(o.area),
          x('hitsOf', { hits: o.hits, m: o.m }),
          o.years.join(', '),
          o.latest.homeValue,
          tidy(o.latest.peerMedian),
          source(o.latest),
          persistenceText(o, lang),
          uncertaintyText(o.latest, lang) || null,
        ]),
      ],
    },
    {
      name: x('sheet.changes'),
      columnWidths: [60, 20, 10, 10, 12, 12, 12, 18, 16, 14, 40, 28],
      rows: [
        [
          x('col.indicator'),
          x('col.area'),
          x('col.fromYear'),
          x('col.toYear'),
          x('col.from'),
          x('col.to'),
          x('col.change'),
          x('col.unit'),
          x('col.verdict'),
          x('col.small'),
          x('col.smallWhy'),
          x('col.significant'),
        ],
        ...doc.changes.map((c) => [
          c.title,
          area(c.area),
          c.fromYear,
          c.toYear,
          c.from,
          c.to,
          tidy(c.change),
          changeUnitText(c.kind, c.title, lang),
          c.change === null ? null : s.texts.verdict[changeVerdict(c.change, c.direction)],
          x(c.smallNumbers ? 'yes' : 'no'),
          c.smallReasons?.length ? yearSmallReasonsText(c.smallReasons, lang) : null,
          significanceText(c, s.texts) || null,
        ]),
      ],
    },
    {
      name: x('sheet.notes'),
      columnWidths: [8, 60, 100],
      rows: [
        [x('col.year'), x('col.indicator'), x('col.note')],
        ...doc.notes.map((n) => [
          n.year,
          n.indicator ?? s.texts.t('reportBody.wholeKommun'),
          n.text,
        ]),
      ],
    },
    // "Röda med ställningstagande", when any red has one (as in the other formats).
    ...(s.stances.rows.length === 0
      ? []
      : [
          {
            name: x('sheet.stances'),
            columnWidths: [60, 24, 14, 20, 80, 8],
            rows: [
              [s.texts.stancesHeader[0]!, x('col.area'), ...s.texts.stancesHeader.slice(1)],
              ...s.stances.rows.map((r) => [
                r.title,
                r.area,
                r.standing,
                r.stance,
                r.note,
                Number(r.year),
              ]),
            ],
          },
        ]),
    // "Utvecklingsområden" and "Utvärdering {år}" when the report has them (as in the other formats).
    ...developmentSheets(doc),
    {
      name: x('sheet.standings'),
      columnWidths: [60, 20, 8, 14, 12, 10, 12, 22, 12, 30, 40],
      rows: [
        [
          x('col.indicator'),
          x('col.area'),
          x('col.year'),
          x('col.status'),
          x('col.value'),
          x('col.nGroup'),
          x('col.median'),
          x('col.standing'),
          x('col.percentile'),
          x('col.sourceCell'),
          x('col.uncertainty'),
        ],
        ...doc.standings.map((r) => [
          r.title,
          area(r.area),
          r.year,
          r.homeStatus,
          r.homeText ?? r.homeValue,
          r.n,
          tidy(r.peerMedian),
          standingWord(r.standing),
          r.percentile === null ? null : Math.round(r.percentile * 100),
          source(r),
          uncertaintyText(r, lang) || null,
        ]),
      ],
    },
    {
      // The same numbered list as the Källor section of the PDF, PPTX and DOCX, with the whole sha256.
      name: x('sheet.sources'),
      columnWidths: [10, 48, 34, 10, 68],
      rows: [
        [...s.texts.sourcesHeader.slice(0, 4), 'sha256'],
        ...sourceEntries(doc.sources, lang).map((e, i) => [
          e.label,
          e.fileName,
          e.publisher,
          doc.sources[i]!.year,
          doc.sources[i]!.sha256,
        ]),
      ],
    },
  ];
  return writeXlsx(sheets);
}
