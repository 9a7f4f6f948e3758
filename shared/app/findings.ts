import {
  allStanceNotes,
  latestReds,
  stanceNotesFor,
  type RedSplit,
  type StanceNote,
} from '../analysis/annotations';
import { whatChanged, type NewsItem } from '../analysis/change';
import { metaAnalysis, type MetaCell, type MetaDimension } from '../analysis/meta-analysis';
import { peerSensitivity, type Sensitivity } from '../analysis/peer-sensitivity';
import {
  PEER_UNITS_SQL,
  peerSetId,
  resolvePeerSet,
  resolvePeerSetFrom,
  type PeerSetSpec,
  type PeerUnitRow,
  type ResolvedPeerSet,
} from '../analysis/peer-sets';
import { persistentOutliers, type PersistentOutlier } from '../analysis/persistent-outliers';
import type { ColourMode } from '../analysis/standing';
import type { PartComparison } from '../analysis/unit-parts';
import { createStandingsCache } from '../analysis/standings-cache';
import { computeStandings, type StandingRow } from '../analysis/standings-query';
import type { Db } from '../db/db';
import type { CommandContext, CommandMap } from './command-types';

/** A command that needs nothing: called with `{}` (useCommand reads a null payload as "do not run"). */
type NoPayload = Readonly<Record<string, never>>;

/** What Översikt, Område and Avvikare are computed for: hemkommun, jämförelsegrupp, years, colours, heatmap rows. */
export type FindingsChoice = Readonly<{
  home: string;
  peers: PeerSetSpec;
  from: number;
  to: number;
  mode: ColourMode;
  rows: MetaDimension;
  /**
   * A hemenhet (an enhet or stadsdel of the hemkommun) shown in its place in
   * Översikt, Område and Indikator, against the other parts of its kommun or
   * of the country (issue 19 item 7). The rest of the app stays with the kommun.
   */
  part?: HomePart;
}>;

export type HomePart = Readonly<{ unitCode: string; comparison: PartComparison }>;

/**
 * The unit and comparison the standings are computed for: a chosen hemenhet
 * against its fellow parts, else the hemkommun against the chosen group.
 */
export function standingsChoice(choice: FindingsChoice): FindingsChoice {
  if (!choice.part) return choice;
  const { part, ...rest } = choice;
  return { ...rest, home: part.unitCode, peers: { kind: 'parts', comparison: part.comparison } };
}

export type Kommun = Readonly<{ code: string; name: string }>;

/** The standings for a choice and what Översikt derives from them. */
export type OverviewResult = Readonly<{
  /** The hemkommun these standings are for (the choice may already have moved on while they are computed). */
  home: string;
  /** What the metaanalys rows are (area, quality dimension or type) in `cells`: the same caveat. */
  rows: FindingsChoice['rows'];
  peerSet: ResolvedPeerSet;
  standings: readonly StandingRow[];
  /** The metaanalys, each cell saying how many of its reds carry a stance. */
  cells: readonly MetaCell[];
  /** Återkommande avvikare (ogynnsamt), each with the stance of its latest year or null. */
  persistent: readonly PersistentOutlier[];
  news: readonly NewsItem[];
  latestYear: number;
  /** The hemkommun's notes that take a stance on a red (issue 19 item 5). */
  stances: readonly StanceNote[];
  /** The reds at each series' own latest year up to `to`: unexplained, and with a stance. */
  reds: RedSplit;
}>;

export type PublicationRow = Readonly<{
  area: string;
  year: number;
  indicators: number;
  values_ok: number;
  missing: number;
}>;

const PUBLICATIONS_SQL = `
SELECT i.area, i.year,
       count(DISTINCT i.indicator_id) AS indicators,
       count(o.indicator_id) FILTER (WHERE o.status = 'ok') AS values_ok,
       count(o.indicator_id) FILTER (WHERE o.status <> 'ok') AS missing
FROM indicator i LEFT JOIN observation o USING (indicator_id)
GROUP BY i.area, i.year
ORDER BY i.area, i.year`;

/** The built-in groups Avvikare checks a finding against (besides the chosen one). */
const BUILT_INS: readonly PeerSetSpec[] = [
  { kind: 'all' },
  { kind: 'lan' },
  { kind: 'kommungrupp', classification: 2023 },
];

/**
 * One cache for the process: Översikt, Område and Avvikare ask for the same
 * standings in turn. The caller's data revision is part of the key (the
 * engine's revision in the app); without one nothing is cached.
 */
const standingsCache = createStandingsCache();

const collator = new Intl.Collator('sv');

async function standingsFor(
  { db }: CommandContext,
  choice: FindingsChoice,
  peerSet: ResolvedPeerSet,
  revision: number | undefined,
): Promise<readonly StandingRow[]> {
  const query = {
    home: choice.home,
    peers: peerSet,
    years: [choice.from, choice.to] as const,
    mode: choice.mode,
  };
  return revision === undefined
    ? computeStandings(db, query)
    : standingsCache.standings(db, revision, query);
}

/**
 * What one query answers for every hemkommun, read once per engine and data revision: a hemkommun
 * never shown before gets its comparison set and its stances without waiting for the database
 * (issue 21: a click in Översikt). A failed read is not kept.
 */
function perRevision<T>(read: (db: Db) => Promise<T>) {
  const kept = new WeakMap<Db, Readonly<{ revision: number; value: Promise<T> }>>();
  return (db: Db, revision: number): Promise<T> => {
    const entry = kept.get(db);
    if (entry?.revision === revision) return entry.value;
    const value = read(db);
    kept.set(db, { revision, value });
    value.catch(() => kept.get(db)?.value === value && kept.delete(db));
    return value;
  };
}

const peerUnitsAt = perRevision((db) => db.query<PeerUnitRow>(PEER_UNITS_SQL, ['']));
const stanceNotesAt = perRevision(allStanceNotes);

function peerSetAt(
  { db }: CommandContext,
  home: string,
  spec: PeerSetSpec,
  revision: number | undefined,
): Promise<ResolvedPeerSet> {
  return revision === undefined
    ? resolvePeerSet(db, home, spec)
    : peerUnitsAt(db, revision).then((units) => resolvePeerSetFrom(db, units, home, spec));
}

async function stancesAt(
  { db }: CommandContext,
  home: string,
  revision: number | undefined,
): Promise<StanceNote[]> {
  return revision === undefined
    ? stanceNotesFor(db, home)
    : [...((await stanceNotesAt(db, revision)).get(home) ?? [])];
}

/** The findings views' data: Översikt (metaanalys, rubriker, röda), Område and Avvikare. */
export const findingsCommands = {
  /** What the analysis controls can offer: kommuner with data (sorted the Swedish way), years with data (oldest first). */
  'findings.choiceOptions': async (
    { db }: CommandContext,
    _payload: NoPayload,
  ): Promise<Readonly<{ kommuner: Kommun[]; years: number[] }>> => {
    const kommuner = await db.query<Kommun>(
      "SELECT u.unit_code AS code, u.name FROM unit u WHERE u.level = 'kommun' AND EXISTS (SELECT 1 FROM observation o WHERE o.unit_code = u.unit_code)",
    );
    const years = await db.query<{ year: number }>(
      'SELECT DISTINCT year FROM indicator WHERE year > 0 ORDER BY year',
    );
    return {
      kommuner: [...kommuner].sort((a, b) => collator.compare(a.name, b.name)),
      years: years.map((r) => Number(r.year)),
    };
  },
  /** The saved (named) jämförelsegrupper, by name. */
  'findings.namedPeerSets': ({ db }: CommandContext, _payload: NoPayload) =>
    db.query<{ id: string; name: string }>(
      'SELECT peer_set_id AS id, name FROM peer_set ORDER BY name',
    ),
  /** What is loaded, per area and year: indicators, values and missing values. */
  'findings.publications': async ({ db }: CommandContext, _payload: NoPayload) =>
    (await db.query<PublicationRow>(PUBLICATIONS_SQL)).map((r) => ({
      ...r,
      year: Number(r.year),
      indicators: Number(r.indicators),
      values_ok: Number(r.values_ok),
      missing: Number(r.missing),
    })),
  /** Standings for the choice, computed once, and everything Översikt derives from them. */
  'findings.overview': async (
    ctx: CommandContext,
    p: Readonly<{ choice: FindingsChoice; revision?: number }>,
  ): Promise<OverviewResult> => {
    const { choice } = p;
    const peerSet = await peerSetAt(ctx, choice.home, choice.peers, p.revision);
    const standings = await standingsFor(ctx, choice, peerSet, p.revision);
    const stances = await stancesAt(ctx, choice.home, p.revision);
    const latestYear = standings.reduce((max, r) => Math.max(max, r.year), 0);
    return {
      home: choice.home,
      rows: choice.rows,
      peerSet,
      standings,
      cells: metaAnalysis(standings, choice.rows, { stances }),
      persistent: persistentOutliers(standings, 'unfavourable', 3, 4, { stances }),
      news: whatChanged(standings, latestYear),
      latestYear,
      stances,
      reds: latestReds(standings, stances, choice.to),
    };
  },
  /** Does each finding hold against the other built-in groups? Robust when every group gives the same standing. */
  'findings.sensitivity': async (
    ctx: CommandContext,
    p: Readonly<{ choice: FindingsChoice; findings: readonly StandingRow[] }>,
  ): Promise<Sensitivity[]> => {
    const { choice } = p;
    const peers = await resolvePeerSet(ctx.db, choice.home, choice.peers);
    const others = await Promise.all(
      BUILT_INS.filter((s) => peerSetId(s) !== peers.id).map((s) =>
        resolvePeerSet(ctx.db, choice.home, s),
      ),
    );
    return peerSensitivity(
      ctx.db,
      { home: choice.home, peers, years: [choice.from, choice.to] },
      p.findings,
      others,
    );
  },
} satisfies CommandMap;
