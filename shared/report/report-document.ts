import { translate, type Lang, type MessageKey } from '../i18n/i18n';
import { areaLabel } from '../model/areas';
import { latestChanges, type SeriesChange } from '../analysis/change';
import {
  latestMetaAnalysis,
  metaAnalysis,
  type LatestMetaCell,
  type MetaCell,
} from '../analysis/meta-analysis';
import type { StanceNote } from '../analysis/annotations';
import { peerSetLabel, type ResolvedPeerSet } from '../analysis/peer-sets';
import { persistentOutliers, type PersistentOutlier } from '../analysis/persistent-outliers';
import type { ColourMode } from '../analysis/standing';
import type { StandingRow } from '../analysis/standings-query';
import { APP_NAME, APP_VERSION } from '../app-info';
import type { Stance } from '../model/stance';
import { templateItems, type ReportItem } from './report-definition';
import type { DevelopmentReportPart } from './development-report';
import type { ExpectedValueEntry } from './report-expected-value';

/**
 * The Nämndrapport template as data: re-rendered from the workspace every
 * time (not screenshots), so it follows a newly imported year. Every part
 * names its sources (numbered once, in a Källor section), the comparison
 * group with members, colour mode and the caveat.
 */
export type ReportDocument = Readonly<{
  title: string;
  home: Readonly<{ code: string; name: string }>;
  peerSet: ResolvedPeerSet;
  peerNames: readonly string[];
  years: readonly [number, number];
  /** The areas the report is limited to (one nämnd's); every area when left out. */
  areas?: readonly string[];
  /**
   * Areas of the limit with no standing in the report's years: a report for
   * a nämnd whose areas have no data here says so instead of being silently empty.
   */
  areasWithoutData?: readonly string[];
  /** The language of the report's headings, columns and empty states (report-texts.ts); Swedish when left out. */
  lang?: Lang;
  mode: ColourMode;
  createdAt: string;
  /** The source files behind the report's values, in the order the Källor section numbers them (Källa 1, 2, …). */
  sources: readonly ReportSource[];
  meta: readonly MetaCell[];
  /**
   * The "Metaanalys {år}" cells: per area, each series at its own latest
   * published year up to the report's last year (a biennial area's 2023 in
   * a 2024 report); `years` says which (DESIGN.md "Latest year is per series").
   */
  latestMeta: readonly LatestMetaCell[];
  persistent: readonly PersistentOutlier[];
  changes: readonly SeriesChange[];
  standings: readonly StandingRow[];
  /** The förvaltning's notes that apply in the last year (including carried-forward ones). */
  notes: readonly Readonly<{
    year: number | null;
    indicator: string | null;
    text: string;
    /** The note's stance on a red (issue 19 item 5), when it takes one. */
    stance?: Stance | null;
  }>[];
  /**
   * The hemkommun's notes that take a stance on a red, every year (issue 19
   * item 5): "Röda med ställningstagande" looks each red up at its own year.
   */
  stanceNotes?: readonly StanceNote[];
  /** How the standings were made: comparison group, colour mode, the caveat, the app's version (the Källor section's closing line). */
  methodLine: string;
  /** The parts in the order the user composed them (a template's defaults unless changed). */
  items: readonly ReportItem[];
  /** The "Utvecklingsområden" and "Utvärdering" parts the items ask for (development-report.ts developmentPartKey). */
  developmentParts?: Readonly<Record<string, DevelopmentReportPart>>;
  /** For a Nätverksrapport: every member against the rest of the network, kommun × område. */
  network: NetworkTable | null;
  /** The "Förväntat värde" parts' models (issue 19 item 8), one per pinned indicator and measures. */
  expectedValues?: readonly ExpectedValueEntry[];
}>;

export type ReportSource = Readonly<{
  fileId: string;
  fileName: string;
  sha256: string;
  publisher: string | null;
  year: number | null;
}>;

export type NetworkTable = Readonly<{
  name: string;
  year: number;
  areas: readonly string[];
  rows: readonly Readonly<{ name: string; cells: readonly NetworkCell[]; persistent: number }>[];
}>;

/** One kommun × område of the network table: ▲ ● ▼, how many have no standing, and the years its series are from. */
export type NetworkCell = Readonly<{
  favourable: number;
  middle: number;
  unfavourable: number;
  without?: number;
  years?: readonly number[];
}>;

/**
 * "Avgränsad till …": which areas a report limited to one nämnd covers, and
 * which of them have no values in its years; nothing when it covers every area.
 */
export function scopePhrase(
  areas: readonly string[] | undefined,
  withoutData: readonly string[] = [],
  years?: readonly [number, number],
  lang: Lang = 'sv',
): string {
  if (!areas || areas.length === 0) return '';
  const names = (list: readonly string[]) =>
    list
      .map((a) => areaLabel(a, lang))
      .sort((a, b) => a.localeCompare(b, lang))
      .join(', ');
  const span = years ? (years[0] === years[1] ? `${years[0]} ` : `${years[0]}–${years[1]} `) : '';
  const empty =
    withoutData.length === 0
      ? ''
      : translate(lang, 'reportBody.scopeEmpty', { span, areas: names(withoutData) });
  return `${translate(lang, 'reportBody.scope', { areas: names(areas) })}${empty}`;
}

export function buildReport(
  input: Readonly<{
    home: { code: string; name: string };
    peerSet: ResolvedPeerSet;
    peerNames: readonly string[];
    years: readonly [number, number];
    areas?: readonly string[];
    mode: ColourMode;
    standings: readonly StandingRow[];
    sources: ReportDocument['sources'];
    notes?: ReportDocument['notes'];
    stanceNotes?: readonly StanceNote[];
    items?: readonly ReportItem[];
    network?: NetworkTable | null;
    developmentParts?: Readonly<Record<string, DevelopmentReportPart>>;
    expectedValues?: readonly ExpectedValueEntry[];
    now?: Date;
    /** The report's language (its headings, sentences and legends); Swedish when left out. */
    lang?: Lang;
  }>,
): ReportDocument {
  const lang = input.lang ?? 'sv';
  const t = (key: MessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    translate(lang, key, params);
  // Each series' own latest year (up to the report's last) against its own previous published year.
  const changes = latestChanges(input.standings, input.years[1])
    .filter((c) => c.change !== null)
    .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!));
  const modeText = t(
    input.mode === 'official' ? 'reportBody.mode.official' : 'reportBody.mode.relative',
  );
  const withData = new Set(input.standings.map((s) => s.area));
  const areasWithoutData = (input.areas ?? []).filter((a) => !withData.has(a));
  const methodLine = t('reportBody.methodLine', {
    set: peerSetLabel(input.peerSet, lang),
    version: input.peerSet.version,
    count: input.peerSet.members.length,
    scope: scopePhrase(input.areas, areasWithoutData, input.years, lang),
    mode: modeText,
    caveat: t('page.overview.caveat'),
    app: `${APP_NAME} ${APP_VERSION}`,
  });
  return {
    title: t('reportBody.title', {
      from: input.years[0],
      to: input.years[1],
      home: input.home.name,
    }),
    ...(input.lang ? { lang: input.lang } : {}),
    home: input.home,
    peerSet: input.peerSet,
    peerNames: input.peerNames,
    years: input.years,
    ...(input.areas && input.areas.length > 0 ? { areas: input.areas, areasWithoutData } : {}),
    mode: input.mode,
    createdAt: (input.now ?? new Date()).toISOString(),
    sources: input.sources,
    meta: metaAnalysis(input.standings),
    latestMeta: latestMetaAnalysis(input.standings, 'area', input.years[1]),
    persistent: persistentOutliers(input.standings, 'unfavourable'),
    changes: changes.slice(0, 15),
    standings: input.standings,
    notes: input.notes ?? [],
    stanceNotes: input.stanceNotes ?? [],
    items: input.items ?? templateItems('namndrapport', { kind: 'all' }),
    network: input.network ?? null,
    developmentParts: input.developmentParts ?? {},
    expectedValues: input.expectedValues ?? [],
    methodLine,
  };
}
