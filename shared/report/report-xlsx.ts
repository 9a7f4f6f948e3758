import { translate } from '../i18n/i18n';
import type { Standing } from '../model/standing';
import type { ReportDocument } from './report-document';
import { developmentSheets } from './development-report';
import { writeXlsx, type XlsxSheet } from './xlsx-writer';
import { areaLabel } from '../model/areas';
import { changeUnit, changeVerdict } from '../analysis/change';
import { latestYearsText } from '../analysis/latest-year';
import { persistenceText } from '../analysis/persistent-outliers';
import {
  CHANGES_LEGEND,
  LATEST_PER_SERIES,
  META_HEADER,
  reportSections,
  significanceText,
  STANCES_HEADER,
  STANCES_HEADING,
  uncertaintyText,
  VERDICT_TEXT,
  WITHOUT_REASONS,
} from './report-sections';
import { sourceEntries, SOURCES_HEADER } from './report-sources';

/** The standing words, from the catalogue like every other format's. */
const STANDING_SV: Readonly<Record<Standing, string>> = {
  favourable: translate('sv', 'standing.favourable'),
  middle: translate('sv', 'standing.middle'),
  unfavourable: translate('sv', 'standing.unfavourable'),
  insufficient: translate('sv', 'standing.insufficient'),
  missing: translate('sv', 'standing.missing'),
  no_direction: translate('sv', 'standing.no_direction'),
};

const tidy = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);

/** The numbers behind every part of the report, one sheet each, with standings and source cells (file, sheet, cell). */
export function reportToXlsx(doc: ReportDocument): Uint8Array {
  const fileName = new Map(doc.sources.map((s) => [s.fileId, s.fileName]));
  const area = (a: string) => areaLabel(a, 'sv');
  const source = (r: { fileId: string | null; sheet: string | null; cell: string | null }) =>
    r.cell
      ? `${r.fileId ? `${fileName.get(r.fileId) ?? r.fileId}, ` : ''}${r.sheet}!${r.cell}`
      : null;
  const s = reportSections(doc);
  const sheets: XlsxSheet[] = [
    {
      name: 'Om rapporten',
      headerRows: 0,
      columnWidths: [28, 100],
      rows: [
        ['Rapport', doc.title],
        ['Hemkommun', `${doc.home.name} (${doc.home.code})`],
        ['År', `${doc.years[0]}–${doc.years[1]}`],
        ['Jämförelsegrupp', `${doc.peerSet.label}, version ${doc.peerSet.version}`],
        ['Gruppens kommuner', doc.peerNames.join(', ')],
        ['Framtagen', doc.createdAt],
        ['Metod', doc.methodLine],
        ['Utan läge', WITHOUT_REASONS],
        ['Förändringar', CHANGES_LEGEND],
        ['Senaste år', LATEST_PER_SERIES],
        [
          'Osäkerhet',
          'Små tal: färre än 30 personer (n) eller ett KI bredare än ±10 procentenheter. Nära gränsen: läget blir ett annat inom värdets KI, eller en plats bort i rangordningen när KI saknas.',
        ],
        [
          'Källor',
          'Källfilerna, numrerade som i rapportens Källor (Källa 1, 2 …), står på bladet Källor.',
        ],
      ],
    },
    {
      name: 'Metaanalys',
      columnWidths: [26, 8, 12, 10, 13, 11, 22, 22, 18, 16],
      rows: [
        [
          META_HEADER[0]!,
          'År',
          ...META_HEADER.slice(1),
          'varav saknas eller sekretess',
          'varav för få jämförbara',
          'varav ingen riktning',
          'Andel ogynnsamt (%)',
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
      name: 'Metaanalys senaste år',
      columnWidths: [34, 14, 12, 10, 13, 11],
      rows: [
        [META_HEADER[0]!, 'År', ...META_HEADER.slice(1)],
        ...s.metaBars.map((b) => [
          b.area,
          latestYearsText(b.years),
          b.favourable,
          b.middle,
          b.unfavourable,
          b.without,
        ]),
      ],
    },
    {
      name: 'Återkommande avvikare',
      columnWidths: [60, 20, 10, 24, 14, 14, 30, 50, 40],
      rows: [
        [
          'Indikator',
          'Område',
          'Antal år',
          'År',
          'Senaste värde',
          'Median i gruppen',
          'Källcell',
          'Återkommande',
          'Osäkerhet',
        ],
        ...doc.persistent.map((o) => [
          o.title,
          area(o.area),
          `${o.hits} av ${o.m}`,
          o.years.join(', '),
          o.latest.homeValue,
          tidy(o.latest.peerMedian),
          source(o.latest),
          persistenceText(o),
          uncertaintyText(o.latest) || null,
        ]),
      ],
    },
    {
      name: 'Största förändringar',
      columnWidths: [60, 20, 10, 10, 12, 12, 12, 18, 16, 14, 40, 28],
      rows: [
        [
          'Indikator',
          'Område',
          'Från år',
          'Till år',
          'Från',
          'Till',
          'Förändring',
          'Enhet',
          'Bättre/sämre',
          'Små tal',
          'Varför små tal',
          'Säkerställd',
        ],
        ...doc.changes.map((c) => [
          c.title,
          area(c.area),
          c.fromYear,
          c.toYear,
          c.from,
          c.to,
          tidy(c.change),
          changeUnit(c.kind, c.title),
          c.change === null ? null : VERDICT_TEXT[changeVerdict(c.change, c.direction)],
          c.smallNumbers ? 'ja' : 'nej',
          c.smallReasons?.length ? c.smallReasons.join(', ') : null,
          significanceText(c) || null,
        ]),
      ],
    },
    {
      name: 'Anteckningar',
      columnWidths: [8, 60, 100],
      rows: [
        ['År', 'Indikator', 'Anteckning'],
        ...doc.notes.map((n) => [n.year, n.indicator ?? 'Hela kommunen', n.text]),
      ],
    },
    // "Röda med ställningstagande", when any red has one (as in the other formats).
    ...(s.stances.rows.length === 0
      ? []
      : [
          {
            name: STANCES_HEADING,
            columnWidths: [60, 24, 14, 20, 80, 8],
            rows: [
              [STANCES_HEADER[0]!, 'Område', ...STANCES_HEADER.slice(1)],
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
      name: 'Alla lägen',
      columnWidths: [60, 20, 8, 14, 12, 10, 12, 22, 12, 30, 40],
      rows: [
        [
          'Indikator',
          'Område',
          'År',
          'Status',
          'Värde',
          'n grupp',
          'Median',
          'Läge',
          'Percentil',
          'Källcell',
          'Osäkerhet',
        ],
        ...doc.standings.map((r) => [
          r.title,
          area(r.area),
          r.year,
          r.homeStatus,
          r.homeText ?? r.homeValue,
          r.n,
          tidy(r.peerMedian),
          STANDING_SV[r.standing] ?? r.standing,
          r.percentile === null ? null : Math.round(r.percentile * 100),
          source(r),
          uncertaintyText(r) || null,
        ]),
      ],
    },
    {
      // The same numbered list as the Källor section of the PDF, PPTX and DOCX, with the whole sha256.
      name: 'Källor',
      columnWidths: [10, 48, 34, 10, 68],
      rows: [
        [...SOURCES_HEADER.slice(0, 4), 'sha256'],
        ...sourceEntries(doc.sources).map((e, i) => [
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
