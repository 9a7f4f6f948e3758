import { reportTexts, type ReportTexts } from './report-texts';
import {
  changeUnit,
  changeVerdict,
  type ChangeVerdict,
  type SeriesChange,
} from '../analysis/change';
import type { StandingRow } from '../analysis/standings-query';
import { latestReds } from '../analysis/annotations';
import { translate } from '../i18n/i18n';
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

/**
 * The Nämndrapport as presentational sections, shared by every export format
 * (PPTX, DOCX, PDF) so they say the same thing in the same words and numbers.
 */
const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** Swedish number: decimal comma, space as thousands separator; '–' when missing. */
export function svNumber(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x)
    ? '–'
    : NUMBER.format(x).replace(/\u2212/g, '-');
}

/** The standing words of the exports: the catalogue's (the one definition, shared with the app's views). */
export const STANDING_LABEL = {
  favourable: translate('sv', 'standing.favourable'),
  middle: translate('sv', 'standing.middle'),
  unfavourable: translate('sv', 'standing.unfavourable'),
} as const;

/** The column header for indicators without ▲ ● ▼, the same in every format. */
export const WITHOUT_LABEL = 'Utan läge';

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
export function areaWithYears(label: string, years: readonly number[], reportYear: number): string {
  return years.length === 0 || (years.length === 1 && years[0] === reportYear)
    ? label
    : `${label} (${latestYearsText(years)})`;
}

/** The metaanalys table's header and rows, shared by every format: Område, ▲ ● ▼ and utan läge. */
export const META_HEADER: readonly string[] = [
  'Område',
  `${STANDING_SYMBOL.favourable} ${STANDING_LABEL.favourable}`,
  `${STANDING_SYMBOL.middle} ${STANDING_LABEL.middle}`,
  `${STANDING_SYMBOL.unfavourable} ${STANDING_LABEL.unfavourable}`,
  WITHOUT_LABEL,
];
export const metaRow = (b: MetaBar): string[] => [
  b.area,
  String(b.favourable),
  String(b.middle),
  String(b.unfavourable),
  String(b.without),
];

/** "▲ 2 ● 3 ▼ 1, 5 utan läge": one area's counts in words any format can print. */
export function metaCountsText(b: MetaBar): string {
  return `${STANDING_SYMBOL.favourable} ${b.favourable} ${STANDING_SYMBOL.middle} ${b.middle} ${STANDING_SYMBOL.unfavourable} ${b.unfavourable}, ${b.without} ${WITHOUT_LABEL.toLowerCase()}`;
}

/** What "utan läge" means, for tables over several years (the metaanalys legend adds the year's numbers). */
export const WITHOUT_REASONS = `${WITHOUT_LABEL}: indikatorer utan ${STANDING_SYMBOL.favourable} ${STANDING_SYMBOL.middle} ${STANDING_SYMBOL.unfavourable} – kommunens värde saknas eller är sekretessbelagt (bortfall), för få jämförbara kommuner har värde, eller indikatorn har ingen riktning (varken högt eller lågt är bättre).`;

/** The legend under every metaanalys table and chart: what "utan läge" means and why, with the year's numbers. */
export function metaLegend(bars: readonly MetaBar[]): string {
  const sum = (k: keyof MetaBar['reasons']) => bars.reduce((n, b) => n + b.reasons[k], 0);
  const without = bars.reduce((n, b) => n + b.without, 0);
  const yearNote =
    new Set(bars.flatMap((b) => b.years)).size > 1
      ? ` ${LATEST_PER_SERIES} Områden med ett annat år har året inom parentes.`
      : '';
  return `${WITHOUT_LABEL}: indikatorer som inte fått ${STANDING_SYMBOL.favourable} ${STANDING_SYMBOL.middle} eller ${STANDING_SYMBOL.unfavourable} – ${without} totalt: ${sum('missing')} där kommunens värde saknas eller är sekretessbelagt (bortfall), ${sum('insufficient')} med för få jämförbara kommuner, ${sum('no_direction')} utan riktning (varken högt eller lågt är bättre).${yearNote}`;
}

/** Why an area can be from another year: said wherever the report shows "the latest" of several areas. */
export const LATEST_PER_SERIES =
  'Varje indikator räknas vid sitt eget senaste publicerade år (områden publiceras i olika takt, till exempel hemlöshet vartannat år).';

/**
 * The uncertainty of one standing as words ("små tal: n = 24 (under 30); nära
 * gränsen: inom KI kan läget vara mellan"), empty when there is none: printed
 * beside every single indicator's standing in every format, never colour alone.
 */
export function uncertaintyText(r: Pick<StandingRow, 'smallNumbers' | 'nearBoundary'>): string {
  const parts: string[] = [];
  if (r.smallNumbers?.small) parts.push(`små tal: ${r.smallNumbers.reasons.join(', ')}`);
  if (r.nearBoundary?.near) parts.push(`nära gränsen: ${r.nearBoundary.reason ?? ''}`.trim());
  return parts.join('; ');
}

/** One cell of the network table: "▲2 ●3 ▼1 (1 utan läge; 2023)" — its "utan läge" and its own year when not the table's. */
export function networkCellText(c: NetworkCell, tableYear: number): string {
  const extra = [
    ...(c.without ? [`${c.without} ${WITHOUT_LABEL.toLowerCase()}`] : []),
    ...(c.years && c.years.length > 0 && !(c.years.length === 1 && c.years[0] === tableYear)
      ? [latestYearsText(c.years)]
      : []),
  ];
  return `${STANDING_SYMBOL.favourable}${c.favourable} ${STANDING_SYMBOL.middle}${c.middle} ${STANDING_SYMBOL.unfavourable}${c.unfavourable}${extra.length ? ` (${extra.join('; ')})` : ''}`;
}

/** The legend under the network table. */
export function networkLegend(tableYear: number): string {
  return `Antal indikatorer per område med ${STANDING_SYMBOL.favourable} gynnsamt, ${STANDING_SYMBOL.middle} mellan och ${STANDING_SYMBOL.unfavourable} ogynnsamt läge mot nätverkets övriga kommuner; inom parentes hur många som är ${WITHOUT_LABEL.toLowerCase()} och, när det inte är ${tableYear}, vilket år området är från. ${LATEST_PER_SERIES}`;
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

/** The heading of the part "Röda med ställningstagande", the same in every format. */
export const STANCES_HEADING = 'Röda med ställningstagande';

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

/** The table's header and rows, shared by every format. */
export const STANCES_HEADER: readonly string[] = [
  'Indikator',
  'Läge',
  'Ställningstagande',
  'Anteckning',
  'År',
];
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
export function stanceSection(doc: ReportDocument): StanceSection {
  const split = latestReds(doc.standings, doc.stanceNotes ?? [], doc.years[1]);
  const rows = [...split.withStance]
    .sort(
      (a, b) =>
        areaLabel(a.row.area, 'sv').localeCompare(areaLabel(b.row.area, 'sv'), 'sv') ||
        a.row.title.localeCompare(b.row.title, 'sv'),
    )
    .map(({ row, note }) => ({
      title: row.title,
      area: areaLabel(row.area, 'sv'),
      standing: `${STANDING_SYMBOL.unfavourable} ${STANDING_LABEL.unfavourable}`,
      stance: translate('sv', `stance.${note.stance}`),
      note:
        note.year !== null && note.year !== row.year
          ? `${note.text} (anteckning från ${note.year})`
          : note.text,
      year: String(row.year),
    }));
  const unexplained = split.unexplained.length;
  return {
    rows,
    unexplained,
    legend: `Ogynnsamt läge (${STANDING_SYMBOL.unfavourable}) som förvaltningen har tagit ställning till i en anteckning: prioriterat bort, åtgärd pågår, tolkningsfråga, metodbrist eller förklarat. Läget är detsamma – ställningstagandet säger varför det får vara rött. ${LATEST_PER_SERIES} ${unexplained} ${unexplained === 1 ? 'indikator' : 'indikatorer'} med ogynnsamt läge saknar ställningstagande.`,
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

/** ▲ bättre / ▼ sämre given the indicator's direction; "–" when it has none or nothing changed. */
export const VERDICT_TEXT: Readonly<Record<ChangeVerdict, string>> = {
  better: '▲ bättre',
  worse: '▼ sämre',
  unchanged: '– oförändrat',
  no_direction: '– ingen riktning',
};

/** The changes table's header and rows, shared by every format. */
export const CHANGES_HEADER: readonly string[] = [
  'Indikator',
  'År',
  'Från',
  'Till',
  'Förändring',
  'Bättre/sämre',
  'Osäkerhet',
];
export const changeRowCells = (c: ChangeRow): string[] => [
  c.title,
  c.years,
  c.from,
  c.to,
  c.change,
  c.meaning,
  c.flag,
];
export const CHANGES_LEGEND =
  'Förändringen från indikatorns föregående publicerade år till dess senaste, i indikatorns enhet (andelar i procentenheter); varje indikator har sina egna år ("2023 jämfört med 2021" för ett område som publiceras vartannat år). ▲ bättre och ▼ sämre utgår från indikatorns riktning; – ingen riktning när varken högt eller lågt är bättre. "Små tal": färre än 30 personer, ett KI bredare än ±10 procentenheter eller ett sekretessbelagt värde. "Säkerställd": 95 % med test på två andelar när antal finns, annars när KI inte överlappar.';

/** Whether a change is statistically certain, and how it was decided; empty when neither n nor KI is published. */
export function significanceText(c: Pick<SeriesChange, 'significant' | 'method'>): string {
  if (c.significant === null) return '';
  const how = c.method === 'n' ? 'test på två andelar' : 'KI';
  return `${c.significant ? 'säkerställd' : 'inte säkerställd'} (${how})`;
}

const yesNo = (x: number | null) => (x === null ? '–' : x > 0 ? 'Ja' : 'Nej');

/** A change as words: "+8,5 procentenheter", "Nej → Ja", with its years and meaning. */
export function changeRow(c: SeriesChange): ChangeRow {
  const value = c.kind === 'yesno' ? yesNo : svNumber;
  const unit = changeUnit(c.kind, c.title);
  const change =
    c.change === null
      ? '–'
      : c.kind === 'yesno'
        ? `${yesNo(c.from)} → ${yesNo(c.to)}`
        : `${c.change > 0 ? '+' : ''}${svNumber(c.change)}${unit ? ` ${unit}` : ''}`;
  return {
    title: c.title,
    area: areaLabel(c.area, 'sv'),
    years: comparedYearsText(c.toYear, c.fromYear),
    from: value(c.from),
    to: value(c.to),
    change,
    meaning: c.change === null ? '' : VERDICT_TEXT[changeVerdict(c.change, c.direction)],
    flag: [
      c.smallNumbers
        ? `små tal${c.smallReasons?.length ? ` (${c.smallReasons.join(', ')})` : ''}`
        : '',
      significanceText(c),
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
        const finding = indicatorFinding(doc, item.seriesId);
        return finding
          ? [{ kind: 'finding', finding }]
          : [
              {
                kind: 'text',
                text: `Indikatorn (${item.seriesId}) har inga värden för ${doc.home.name} under ${doc.years[0]}–${doc.years[1]}.`,
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
        return expectedValueBlocks(doc.expectedValues, item, doc.home.name);
    }
  });
}

const STANDING_WORD: Readonly<Record<string, string>> = {
  favourable: 'gynnsamt',
  middle: 'mellan',
  unfavourable: 'ogynnsamt',
  insufficient: 'otillräckligt underlag',
  missing: 'värde saknas',
  no_direction: 'ingen riktning',
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
): OutlierFinding {
  const l = latest;
  const fileName = doc.sources.find((f) => f.fileId === l.fileId)?.fileName ?? l.fileId ?? '–';
  const rows = seriesRows(doc, seriesId);
  const cellRef = `${l.sheet ? `, blad ${l.sheet}` : ''}${l.cell ? `, cell ${l.cell}` : ''}`;
  const latestRef = sourceRefText(sourceNumbers(doc, [l.fileId]));
  const trendRef = refForRows(doc, rows);
  const uncertainty = uncertaintyText(l);
  return {
    seriesId,
    title,
    area: areaLabel(l.area, 'sv'),
    headline,
    trend: rows.map((r) => ({
      year: r.year,
      home: r.homeValue,
      median: r.peerMedian,
      riket: r.riketValue,
    })),
    latestText: `${l.year}: ${doc.home.name} ${svNumber(l.homeValue)}, median i jämförelsegruppen ${svNumber(l.peerMedian)}${l.riketValue === null ? '' : `, riket ${svNumber(l.riketValue)}`} (${l.n} kommuner med värde).${uncertainty ? ` Osäkert läge – ${uncertainty}.` : ''}`,
    source: `Källa: ${fileName}${cellRef}. ${title}.`,
    sourceRef:
      latestRef === ''
        ? ''
        : trendRef === latestRef
          ? `${latestRef}${cellRef}`
          : `${trendRef}; ${l.year}: ${latestRef}${cellRef}`,
    sourceFull: `Källa: ${fileName}${cellRef}.\n${fullSourceText(doc, rows)}`,
    axisTitle: valueAxisTitle(l.kind, title),
    share: l.kind === 'percent',
    notes: doc.notes.filter((n) => n.indicator === title).map((n) => n.text),
    uncertainty,
  };
}

/** One pinned indicator as a finding, headed by its latest standing. */
function indicatorFinding(doc: ReportDocument, seriesId: string): OutlierFinding | null {
  const l = seriesRows(doc, seriesId).at(-1);
  return l
    ? finding(
        doc,
        seriesId,
        l,
        l.title,
        `${STANDING_SYMBOL[l.standing]} ${l.year}: ${STANDING_WORD[l.standing] ?? l.standing}`,
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
  const years = [...new Set(doc.meta.map((c) => c.year))].sort((a, b) => a - b);
  const areas = [...new Set(doc.meta.map((c) => c.key))].sort((a, b) =>
    areaLabel(a, 'sv').localeCompare(areaLabel(b, 'sv'), 'sv'),
  );
  const cell = (area: string, year: number) =>
    doc.meta.find((c) => c.key === area && c.year === year);

  return {
    texts: reportTexts(doc.lang ?? 'sv', latestYear),
    title: doc.title,
    subtitle:
      `${doc.home.name} jämförd med ${peerSetPhrase(doc.peerSet)} (${doc.peerSet.members.length} kommuner, version ${doc.peerSet.version}), ${doc.years[0]}–${doc.years[1]}` +
      scopePhrase(doc.areas, doc.areasWithoutData, doc.years),
    caveat: translate(doc.lang ?? 'sv', 'page.overview.caveat'),
    latestYear,
    // Each area at its own series' latest years up to the report's last year (a biennial area's 2023 in a 2024 report).
    metaBars: [...doc.latestMeta]
      .sort((a, b) => areaLabel(a.key, 'sv').localeCompare(areaLabel(b.key, 'sv'), 'sv'))
      .flatMap((c) => {
        const total = c.counts.favourable + c.counts.middle + c.counts.unfavourable;
        const reasons = {
          missing: c.counts.missing,
          insufficient: c.counts.insufficient,
          no_direction: c.counts.no_direction,
        };
        const without = reasons.missing + reasons.insufficient + reasons.no_direction;
        const area = areaWithYears(areaLabel(c.key, 'sv'), c.years, latestYear);
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
        area: areaLabel(area, 'sv'),
        cells: years.map((y) => {
          const c = cell(area, y);
          if (!c) return '';
          const total = c.counts.favourable + c.counts.middle + c.counts.unfavourable;
          const without = c.counts.missing + c.counts.insufficient + c.counts.no_direction;
          const tail = without > 0 ? ` (${without} ${WITHOUT_LABEL.toLowerCase()})` : '';
          return total === 0
            ? `–${tail}`
            : `${STANDING_SYMBOL.unfavourable} ${c.counts.unfavourable} av ${total}${tail}`;
        }),
      })),
    },
    outliers: doc.persistent
      .slice(0, MAX_OUTLIER_SLIDES)
      .map((o) =>
        finding(
          doc,
          o.seriesId,
          o.latest,
          o.title,
          `${STANDING_SYMBOL.unfavourable} Ogynnsamt läge ${persistenceText(o)}`,
        ),
      ),
    changes: doc.changes.map(changeRow),
    notes: doc.notes.map((n) => ({
      heading: `${n.indicator ?? 'Hela kommunen'}${n.year ? ` (${n.year})` : ''}${n.stance ? ` – ${translate('sv', `stance.${n.stance}`)}` : ''}`,
      text: n.text,
    })),
    stances: stanceSection(doc),
    sources: sourceEntries(doc.sources),
    methodLine: doc.methodLine,
    partSources: partSources(doc),
    members: `Jämförelsegruppens kommuner: ${doc.peerNames.join(', ')}.`,
  };
}
