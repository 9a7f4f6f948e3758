import { reportTexts, type ReportTexts } from './report-texts';
import { changeUnitText, changeVerdict, type SeriesChange } from '../analysis/change';
import type { StandingRow } from '../analysis/standings-query';
import { latestReds } from '../analysis/annotations';
import { isMessageKey } from '../i18n/i18n';
import { uncertaintyText, yearSmallReasonsText } from '../analysis/uncertainty-text';
import { comparedYearsText, latestByArea, latestYearsText } from '../analysis/latest-year';
import { persistenceText } from '../analysis/persistent-outliers';
import { STANDING_SYMBOL } from '../charts/standing-style';
import { peerSetPhrase } from '../analysis/peer-sets';
import { areaLabel } from '../model/areas';
import { valueAxisTitle } from '../charts/chart-axis';
import { scopePhrase, type NetworkCell, type ReportDocument } from './report-document';
import { developmentPartKey, type DevelopmentReportPart } from './development-report';
import {
  fullSourceText,
  refForRows,
  sourceEntries,
  sourceNumbers,
  sourceRefText,
  type SourceEntry,
} from './report-sources';
import { expectedValueBlocks } from './report-expected-value';

// The Nämndrapport as presentational sections, shared by every export format
// (PPTX, DOCX, PDF, XLSX and the screen) so they say the same thing in the same
// words and numbers, in the report's language (texts: report-texts.ts).

/**
 * One area's counts for a year: ▲ ● ▼ (total = those with a standing) and
 * `without` = those without one, split by reason (värde saknas or sekretess,
 * för få jämförbara kommuner, ingen riktning).
 */
export type MetaBar = Readonly<{
  area: string;
  favourable: number;
  middle: number;
  unfavourable: number;
  total: number;
  without: number;
  reasons: Readonly<{ missing: number; insufficient: number; no_direction: number }>;
  /** The years the area's series are from (each at its own latest year); `area` names them when they differ from the report's year. */
  years: readonly number[];
}>;

/** "Hemlöshet (2023)": an area's label, with its own year(s) when they are not the report's year. */
export function areaWithYears(
  label: string,
  years: readonly number[],
  reportYear: number,
  and = 'och',
): string {
  return years.length === 0 || (years.length === 1 && years[0] === reportYear)
    ? label
    : `${label} (${latestYearsText(years, and)})`;
}

/** The metaanalys table's rows (its header is `texts.metaHeader`), shared by every format: Område, ▲ ● ▼ and utan läge. */
export const metaRow = (b: MetaBar): string[] => [
  b.area,
  String(b.favourable),
  String(b.middle),
  String(b.unfavourable),
  String(b.without),
];

/** "▲ 2 ● 3 ▼ 1, 5 utan läge": one area's counts in words any format can print. */
export function metaCountsText(b: MetaBar, tx: ReportTexts): string {
  return `${STANDING_SYMBOL.favourable} ${b.favourable} ${STANDING_SYMBOL.middle} ${b.middle} ${STANDING_SYMBOL.unfavourable} ${b.unfavourable}, ${b.without} ${tx.without.toLowerCase()}`;
}

/** The metaanalys chart in words, for screen readers and alt text: every area's counts. */
export function metaChartAlt(bars: readonly MetaBar[], tx: ReportTexts): string {
  return tx.t('reportBody.metaChartAlt', {
    bars: bars.map((b) => `${b.area}: ${metaCountsText(b, tx)}`).join('; '),
  });
}

/** A trend chart in words: every year's hemkommun, median and riket. */
export function lineChartAlt(
  o: Pick<OutlierFinding, 'axisTitle'>,
  points: readonly OutlierFinding['trend'][number][],
  homeName: string,
  tx: ReportTexts,
): string {
  return tx.t('reportBody.lineChartAlt', {
    axis: o.axisTitle.toLowerCase(),
    points: points
      .map((p) =>
        tx.t('reportBody.linePoint', {
          year: p.year,
          home: homeName,
          value: tx.num(p.home),
          median: tx.num(p.median),
          riket: p.riket === null ? '' : tx.t('reportBody.latestRiket', { value: tx.num(p.riket) }),
        }),
      )
      .join('; '),
  });
}

/** The legend under every metaanalys table and chart: what "utan läge" means and why, with the year's numbers. */
export function metaLegend(bars: readonly MetaBar[], tx: ReportTexts): string {
  const sum = (k: keyof MetaBar['reasons']) => bars.reduce((n, b) => n + b.reasons[k], 0);
  const without = bars.reduce((n, b) => n + b.without, 0);
  const yearNote =
    new Set(bars.flatMap((b) => b.years)).size > 1
      ? ` ${tx.latestPerSeries} ${tx.t('reportBody.otherYears')}`
      : '';
  return `${tx.t('reportBody.metaLegend', {
    fav: STANDING_SYMBOL.favourable,
    mid: STANDING_SYMBOL.middle,
    unfav: STANDING_SYMBOL.unfavourable,
    without,
    missing: sum('missing'),
    insufficient: sum('insufficient'),
    noDirection: sum('no_direction'),
  })}${yearNote}`;
}

/** One cell of the network table: "▲2 ●3 ▼1 (1 utan läge; 2023)" — its "utan läge" and its own year when not the table's. */
export function networkCellText(c: NetworkCell, tableYear: number, tx: ReportTexts): string {
  const extra = [
    ...(c.without ? [`${c.without} ${tx.without.toLowerCase()}`] : []),
    ...(c.years && c.years.length > 0 && !(c.years.length === 1 && c.years[0] === tableYear)
      ? [latestYearsText(c.years, tx.and)]
      : []),
  ];
  return `${STANDING_SYMBOL.favourable}${c.favourable} ${STANDING_SYMBOL.middle}${c.middle} ${STANDING_SYMBOL.unfavourable}${c.unfavourable}${extra.length ? ` (${extra.join('; ')})` : ''}`;
}

export type OutlierFinding = Readonly<{
  seriesId: string;
  title: string;
  area: string;
  headline: string;
  trend: readonly Readonly<{
    year: number;
    home: number | null;
    median: number | null;
    riket: number | null;
  }>[];
  latestText: string;
  /** The file, sheet and cell of the latest value, in full: for presenter notes and the XLSX. */
  source: string;
  /** The short reference printed beside the finding: "Källa 3, blad Blad, cell C5". */
  sourceRef: string;
  /** Every source entry behind the trend and the method, for presenter notes. */
  sourceFull: string;
  /** The value axis: its title with the unit, and whether the values are shares (drawn 0–100 %). */
  axisTitle: string;
  share: boolean;
  notes: readonly string[];
  /** The latest standing's uncertainty in words ("små tal: …; nära gränsen: …"), empty when none; also ends latestText. */
  uncertainty: string;
}>;

/** The short source reference of each part (what stands beside it) and the full text behind it (presenter notes). */
export type PartSources = Readonly<{ ref: string; full: string }>;

export type ReportSections = Readonly<{
  title: string;
  subtitle: string;
  caveat: string;
  latestYear: number;
  metaBars: readonly MetaBar[];
  /** Area × year, each cell "▼ 3 av 10 (5 utan läge)" (unfavourable of those with a standing, and those without). */
  metaTable: Readonly<{
    years: readonly number[];
    rows: readonly Readonly<{ area: string; cells: readonly string[] }>[];
  }>;
  outliers: readonly OutlierFinding[];
  changes: readonly ChangeRow[];
  notes: readonly Readonly<{ heading: string; text: string }>[];
  /** "Röda med ställningstagande" (issue 19 item 5): the reds a note takes a stance on, and how many have none. */
  stances: StanceSection;
  /** The report's sources, numbered once, for the Källor section at the end. */
  sources: readonly SourceEntry[];
  /** How the standings were made (comparison group, colour mode, caveat, app version): closes the Källor section. */
  methodLine: string;
  partSources: Readonly<{
    meta: PartSources;
    metaTable: PartSources;
    changes: PartSources;
    all: PartSources;
  }>;
  members: string;
  /** Headings, column names and empty states in the report's language: what every format lays out. */
  texts: ReportTexts;
}>;

export const MAX_OUTLIER_SLIDES = 8;

/** One red the förvaltning has taken a stance on: indicator, standing, stance, the note's text, year. */
export type StanceRow = Readonly<{
  title: string;
  area: string;
  standing: string;
  stance: string;
  note: string;
  year: string;
}>;

export type StanceSection = Readonly<{
  rows: readonly StanceRow[];
  /** Reds at their latest year without a stance, for the legend. */
  unexplained: number;
  legend: string;
}>;

/** The table's rows (its header is `texts.stancesHeader`), shared by every format. */
export const stanceRowCells = (r: StanceRow): string[] => [
  r.title,
  r.standing,
  r.stance,
  r.note,
  r.year,
];

/**
 * The reds (▼ ogynnsamt, each indicator at its own latest published year up
 * to the report's last year) that a note takes a stance on in that year —
 * written for it, or carried forward from an earlier year (said in the note
 * column). The standing is not changed by the stance.
 */
export function stanceSection(doc: ReportDocument, tx: ReportTexts): StanceSection {
  const split = latestReds(doc.standings, doc.stanceNotes ?? [], doc.years[1]);
  const area = (a: string) => areaLabel(a, tx.lang);
  const rows = [...split.withStance]
    .sort(
      (a, b) =>
        area(a.row.area).localeCompare(area(b.row.area), tx.lang) ||
        a.row.title.localeCompare(b.row.title, 'sv'),
    )
    .map(({ row, note }) => ({
      title: row.title,
      area: area(row.area),
      standing: `${STANDING_SYMBOL.unfavourable} ${tx.standing.unfavourable}`,
      stance: tx.t(`stance.${note.stance}`),
      note:
        note.year !== null && note.year !== row.year
          ? tx.t('reportBody.noteFrom', { text: note.text, year: note.year })
          : note.text,
      year: String(row.year),
    }));
  const unexplained = split.unexplained.length;
  return {
    rows,
    unexplained,
    legend: `${tx.t('reportBody.stancesLegend', { symbol: STANDING_SYMBOL.unfavourable })} ${tx.latestPerSeries} ${tx.count('reportBody.unexplained', unexplained)}`,
  };
}

/** One row of "Största förändringar": the years compared, the change in its unit, and whether it is better or worse. */
export type ChangeRow = Readonly<{
  title: string;
  area: string;
  years: string;
  from: string;
  to: string;
  change: string;
  meaning: string;
  flag: string;
}>;

/** The changes table's rows (its header is `texts.changesHeader`), shared by every format. */
export const changeRowCells = (c: ChangeRow): string[] => [
  c.title,
  c.years,
  c.from,
  c.to,
  c.change,
  c.meaning,
  c.flag,
];
/** Whether a change is statistically certain, and how it was decided; empty when neither n nor KI is published. */
export function significanceText(
  c: Pick<SeriesChange, 'significant' | 'method'>,
  tx: ReportTexts,
): string {
  if (c.significant === null) return '';
  const how = tx.t(c.method === 'n' ? 'reportBody.how.n' : 'reportBody.how.ki');
  return tx.t(c.significant ? 'reportBody.significant' : 'reportBody.notSignificant', { how });
}

/** A change as words: "+8,5 procentenheter", "Nej → Ja", with its years and meaning. */
export function changeRow(c: SeriesChange, tx: ReportTexts): ChangeRow {
  const yesNo = (x: number | null) =>
    x === null ? '–' : tx.t(x > 0 ? 'reportBody.yes' : 'reportBody.no');
  const value = c.kind === 'yesno' ? yesNo : (x: number | null) => tx.num(x);
  const unit = changeUnitText(c.kind, c.title, tx.lang);
  const change =
    c.change === null
      ? '–'
      : c.kind === 'yesno'
        ? `${yesNo(c.from)} → ${yesNo(c.to)}`
        : `${c.change > 0 ? '+' : ''}${tx.num(c.change)}${unit ? ` ${unit}` : ''}`;
  return {
    title: c.title,
    area: areaLabel(c.area, tx.lang),
    years: comparedYearsText(c.toYear, c.fromYear, tx.lang),
    from: value(c.from),
    to: value(c.to),
    change,
    meaning: c.change === null ? '' : tx.verdict[changeVerdict(c.change, c.direction)],
    flag: [
      c.smallNumbers
        ? `${tx.t('uncertainty.small')}${c.smallReasons?.length ? ` (${yearSmallReasonsText(c.smallReasons, tx.lang)})` : ''}`
        : '',
      significanceText(c, tx),
    ]
      .filter(Boolean)
      .join('; '),
  };
}

/** The report's parts in the composed order, ready for any format to render one after the other. */
export type ReportBlock =
  | Readonly<{ kind: 'heading'; text: string }>
  | Readonly<{ kind: 'text'; text: string }>
  | Readonly<{ kind: 'meta' }>
  | Readonly<{ kind: 'metaTable' }>
  | Readonly<{ kind: 'outliers'; findings: readonly OutlierFinding[] }>
  | Readonly<{ kind: 'finding'; finding: OutlierFinding }>
  | Readonly<{ kind: 'changes' }>
  | Readonly<{ kind: 'notes' }>
  | Readonly<{ kind: 'stances' }>
  | Readonly<{ kind: 'network'; table: NonNullable<ReportDocument['network']> }>
  /** "Utvecklingsområden" and "Utvärdering {år}" (issue 20 item 4): paragraphs and tables, the same in every format. */
  | Readonly<{ kind: 'development'; part: DevelopmentReportPart }>;

export function reportBlocks(
  doc: ReportDocument,
  s: ReportSections = reportSections(doc),
): ReportBlock[] {
  return doc.items.flatMap((item): ReportBlock[] => {
    switch (item.kind) {
      case 'heading':
      case 'text':
        return [item];
      case 'meta':
      case 'metaTable':
      case 'changes':
        return [item];
      case 'notes':
        // The förvaltning's comments, then the reds it has taken a stance on (issue 19 item 5):
        // every report with comments gets "Röda med ställningstagande" when any red has one.
        return [
          ...(s.notes.length > 0 ? [item] : []),
          ...(s.stances.rows.length > 0 ? [{ kind: 'stances' } as const] : []),
        ];
      case 'outliers':
        return [{ kind: 'outliers', findings: s.outliers }];
      case 'indicator': {
        const finding = indicatorFinding(doc, item.seriesId, s.texts);
        return finding
          ? [{ kind: 'finding', finding }]
          : [
              {
                kind: 'text',
                text: s.texts.t('reportBody.indicatorNoValues', {
                  id: item.seriesId,
                  home: doc.home.name,
                  from: doc.years[0],
                  to: doc.years[1],
                }),
              },
            ];
      }
      case 'developmentAreas':
      case 'evaluation':
      case 'networkProposals': {
        const part = doc.developmentParts?.[developmentPartKey(item, doc.years[1])];
        return part ? [{ kind: 'development', part }] : [];
      }
      case 'network':
        return doc.network ? [{ kind: 'network', table: doc.network }] : [];
      case 'expectedValue':
        return expectedValueBlocks(doc.expectedValues, item, doc.home.name, s.texts);
    }
  });
}

/** A standing as a lower-case word: "gynnsamt", "värde saknas". */
const standingWord = (standing: string, tx: ReportTexts): string => {
  const key = `standing.${standing}`;
  return isMessageKey(key) ? tx.t(key).toLowerCase() : standing;
};

/** The rows of one series, oldest first. */
const seriesRows = (doc: ReportDocument, seriesId: string) =>
  doc.standings.filter((r) => r.seriesId === seriesId).sort((a, b) => a.year - b.year);

/** One series as a finding: its trend, the latest year's numbers, source cell and the förvaltning's notes. */
function finding(
  doc: ReportDocument,
  seriesId: string,
  latest: StandingRow,
  title: string,
  headline: string,
  tx: ReportTexts,
): OutlierFinding {
  const l = latest;
  const fileName = doc.sources.find((f) => f.fileId === l.fileId)?.fileName ?? l.fileId ?? '–';
  const rows = seriesRows(doc, seriesId);
  const cellRef = `${l.sheet ? tx.t('reportBody.sheetRef', { sheet: l.sheet }) : ''}${l.cell ? tx.t('reportBody.cellRef', { cell: l.cell }) : ''}`;
  const latestRef = sourceRefText(sourceNumbers(doc, [l.fileId]), tx.lang);
  const trendRef = refForRows(doc, rows);
  const uncertainty = uncertaintyText(l, tx.lang);
  const sourceLine = tx.t('reportBody.sourceLine', { file: fileName, where: cellRef });
  return {
    seriesId,
    title,
    area: areaLabel(l.area, tx.lang),
    headline,
    trend: rows.map((r) => ({
      year: r.year,
      home: r.homeValue,
      median: r.peerMedian,
      riket: r.riketValue,
    })),
    latestText: `${tx.t('reportBody.latestText', {
      year: l.year,
      home: doc.home.name,
      value: tx.num(l.homeValue),
      median: tx.num(l.peerMedian),
      riket:
        l.riketValue === null
          ? ''
          : tx.t('reportBody.latestRiket', { value: tx.num(l.riketValue) }),
      n: l.n,
    })}${uncertainty ? ` ${tx.t('reportBody.uncertain', { text: uncertainty })}` : ''}`,
    source: `${sourceLine} ${title}.`,
    sourceRef:
      latestRef === ''
        ? ''
        : trendRef === latestRef
          ? `${latestRef}${cellRef}`
          : `${trendRef}; ${l.year}: ${latestRef}${cellRef}`,
    sourceFull: `${sourceLine}\n${fullSourceText(doc, rows)}`,
    axisTitle: valueAxisTitle(l.kind, title, tx.lang),
    share: l.kind === 'percent',
    notes: doc.notes.filter((n) => n.indicator === title).map((n) => n.text),
    uncertainty,
  };
}

/** One pinned indicator as a finding, headed by its latest standing. */
function indicatorFinding(
  doc: ReportDocument,
  seriesId: string,
  tx: ReportTexts,
): OutlierFinding | null {
  const l = seriesRows(doc, seriesId).at(-1);
  return l
    ? finding(
        doc,
        seriesId,
        l,
        l.title,
        `${STANDING_SYMBOL[l.standing]} ${l.year}: ${standingWord(l.standing, tx)}`,
        tx,
      )
    : null;
}

/** Which standings each part draws on: the metaanalys the last year, the area × year table every year, the changes their two years. */
function partSources(doc: ReportDocument): ReportSections['partSources'] {
  const part = (rows: readonly Readonly<{ fileId: string | null }>[]): PartSources => ({
    ref: refForRows(doc, rows),
    full: fullSourceText(doc, rows),
  });
  const changed = new Map(doc.changes.map((c) => [c.seriesId, [c.fromYear, c.toYear]]));
  return {
    meta: part(latestByArea(doc.standings, doc.years[1]).current.map((x) => x.latest)),
    metaTable: part(doc.standings),
    changes: part(
      doc.standings.filter((r) => r.seriesId !== null && changed.get(r.seriesId)?.includes(r.year)),
    ),
    all: part(doc.sources),
  };
}

export function reportSections(doc: ReportDocument): ReportSections {
  const latestYear = doc.years[1];
  const lang = doc.lang ?? 'sv';
  const tx = reportTexts(lang, latestYear);
  const label = (a: string) => areaLabel(a, lang);
  const years = [...new Set(doc.meta.map((c) => c.year))].sort((a, b) => a - b);
  const areas = [...new Set(doc.meta.map((c) => c.key))].sort((a, b) =>
    label(a).localeCompare(label(b), lang),
  );
  const cell = (area: string, year: number) =>
    doc.meta.find((c) => c.key === area && c.year === year);

  return {
    texts: tx,
    title: doc.title,
    subtitle:
      tx.t('reportBody.subtitle', {
        home: doc.home.name,
        set: peerSetPhrase(doc.peerSet, lang),
        count: doc.peerSet.members.length,
        version: doc.peerSet.version,
        from: doc.years[0],
        to: doc.years[1],
      }) + scopePhrase(doc.areas, doc.areasWithoutData, doc.years, lang),
    caveat: tx.t('page.overview.caveat'),
    latestYear,
    // Each area at its own series' latest years up to the report's last year (a biennial area's 2023 in a 2024 report).
    metaBars: [...doc.latestMeta]
      .sort((a, b) => label(a.key).localeCompare(label(b.key), lang))
      .flatMap((c) => {
        const total = c.counts.favourable + c.counts.middle + c.counts.unfavourable;
        const reasons = {
          missing: c.counts.missing,
          insufficient: c.counts.insufficient,
          no_direction: c.counts.no_direction,
        };
        const without = reasons.missing + reasons.insufficient + reasons.no_direction;
        const area = areaWithYears(label(c.key), c.years, latestYear, tx.and);
        return total + without === 0
          ? []
          : [
              {
                area,
                favourable: c.counts.favourable,
                middle: c.counts.middle,
                unfavourable: c.counts.unfavourable,
                total,
                without,
                reasons,
                years: c.years,
              },
            ];
      }),
    metaTable: {
      years,
      rows: areas.map((area) => ({
        area: label(area),
        cells: years.map((y) => {
          const c = cell(area, y);
          if (!c) return '';
          const total = c.counts.favourable + c.counts.middle + c.counts.unfavourable;
          const without = c.counts.missing + c.counts.insufficient + c.counts.no_direction;
          const tail = without > 0 ? ` (${without} ${tx.without.toLowerCase()})` : '';
          return total === 0
            ? `–${tail}`
            : `${tx.t('reportBody.metaCell', { symbol: STANDING_SYMBOL.unfavourable, count: c.counts.unfavourable, total })}${tail}`;
        }),
      })),
    },
    outliers: doc.persistent.slice(0, MAX_OUTLIER_SLIDES).map((o) =>
      finding(
        doc,
        o.seriesId,
        o.latest,
        o.title,
        tx.t('reportBody.persistentHeadline', {
          symbol: STANDING_SYMBOL.unfavourable,
          persistence: persistenceText(o, lang),
        }),
        tx,
      ),
    ),
    changes: doc.changes.map((c) => changeRow(c, tx)),
    notes: doc.notes.map((n) => ({
      heading: `${n.indicator ?? tx.t('reportBody.wholeKommun')}${n.year ? ` (${n.year})` : ''}${n.stance ? ` – ${tx.t(`stance.${n.stance}`)}` : ''}`,
      text: n.text,
    })),
    stances: stanceSection(doc, tx),
    sources: sourceEntries(doc.sources, lang),
    methodLine: doc.methodLine,
    partSources: partSources(doc),
    members: tx.t('reportBody.members', { names: doc.peerNames.join(', ') }),
  };
}
