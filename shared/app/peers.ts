import {
  networkIndicatorTable,
  networkSummary,
  sharedRedRobustness,
  type NetworkIndicatorTable,
  type RedRobustness,
  type NetworkRow,
} from '../analysis/network';
import {
  peerSetHistory,
  saveNamedPeerSet,
  type NamedPeerSet,
  type PeerSetVersion,
} from '../analysis/peer-sets';
import type { SimilarUnit } from '../analysis/similar-units';
import { similarUnits, type SimilarityVariable } from '../analysis/similar-units-query';
import {
  commitUnitVariables,
  listUnitVariables,
  parseUnitVariables,
  removeUnitVariable,
  unitsWithValue,
  type UnitVariableSummary,
} from '../import/unit-variables';
import { listReports, loadReport } from '../report/report-definition';
import type { CommandContext, CommandMap } from './command-types';

/** A command that needs nothing: called with `{}` (useCommand reads a null payload as "do not run"). */
type NoPayload = Readonly<Record<string, never>>;

/** A saved report that compares with a saved set, and with which version (null: the current one). */
export type PeerSetUse = Readonly<{ reportId: string; name: string; version: number | null }>;

export type SavedPeerSet = Readonly<{
  id: string;
  name: string;
  /** The current version: what the analysis views use unless a report names another. */
  version: number;
  members: number;
  why: string | null;
  /** Saved reports that use the set (as comparison group or network part) and their versions. */
  usedBy: readonly PeerSetUse[];
}>;

export type Kommun = Readonly<{ code: string; name: string }>;

export type SimilarityOptions = Readonly<{
  series: readonly Readonly<{ seriesId: string; label: string; background: boolean }>[];
  ownVariables: readonly string[];
}>;

function whyOf(definition: string | null): string | null {
  try {
    const parsed: unknown = JSON.parse(definition ?? 'null');
    return parsed &&
      typeof parsed === 'object' &&
      typeof (parsed as { why?: unknown }).why === 'string'
      ? (parsed as { why: string }).why
      : null;
  } catch {
    return null;
  }
}

const collator = new Intl.Collator('sv');

/** Which saved reports name which set and version; a damaged definition is left out, not guessed. */
async function reportUses(ctx: CommandContext): Promise<Map<string, PeerSetUse[]>> {
  const uses = new Map<string, PeerSetUse[]>();
  const add = (id: string, use: PeerSetUse) => {
    const list = uses.get(id) ?? [];
    if (!list.some((u) => u.reportId === use.reportId && u.version === use.version)) list.push(use);
    uses.set(id, list);
  };
  for (const r of await listReports(ctx.db)) {
    const def = await loadReport(ctx.db, r.reportId).catch(() => null);
    if (!def) continue;
    if (def.peers.kind === 'named')
      add(def.peers.peerSetId, {
        reportId: r.reportId,
        name: r.name,
        version: def.peers.version ?? null,
      });
    for (const item of def.items)
      if (item.kind === 'network')
        add(item.peerSetId, { reportId: r.reportId, name: r.name, version: item.version ?? null });
  }
  for (const list of uses.values())
    list.sort((a, b) => collator.compare(a.name, b.name) || (a.version ?? 0) - (b.version ?? 0));
  return uses;
}

/** Jämförelsegrupper: saved sets with their versions, liknande kommuner, the user's own variables, the network summary. */
export const peersCommands = {
  /** The saved sets by name: current version, number of members, why, and the reports that use them. */
  'peers.list': async (ctx: CommandContext, _payload: NoPayload): Promise<SavedPeerSet[]> => {
    // The json extension is not built into duckdb-wasm: the definition is parsed here.
    const rows = await ctx.db.query<{
      id: string;
      name: string;
      version: number;
      members: number;
      definition: string | null;
    }>(
      'SELECT p.peer_set_id AS id, p.name, p.version, count(m.unit_code) AS members, p.definition FROM peer_set p LEFT JOIN peer_set_member m USING (peer_set_id) GROUP BY ALL ORDER BY p.name',
    );
    const uses = await reportUses(ctx);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      version: Number(r.version),
      members: Number(r.members),
      why: whyOf(r.definition),
      usedBy: uses.get(r.id) ?? [],
    }));
  },
  /** The current members of a saved set (to edit it). */
  'peers.members': async (
    { db }: CommandContext,
    p: Readonly<{ peerSetId: string }>,
  ): Promise<string[]> =>
    (
      await db.query<{ unit_code: string }>(
        'SELECT unit_code FROM peer_set_member WHERE peer_set_id = ? ORDER BY unit_code',
        [p.peerSetId],
      )
    ).map((r) => r.unit_code),
  /** A set's versions, newest first: date, members, added and removed against the version before. */
  'peers.history': (
    { db }: CommandContext,
    p: Readonly<{ peerSetId: string }>,
  ): Promise<PeerSetVersion[]> => peerSetHistory(db, p.peerSetId),
  /** Save a set as its next version (an unchanged save keeps the version); returns the version. */
  'peers.save': ({ db }: CommandContext, set: NamedPeerSet): Promise<number> =>
    saveNamedPeerSet(db, set),
  /** Every kommun, by name (Swedish order). */
  'peers.kommuner': async ({ db }: CommandContext, _payload: NoPayload): Promise<Kommun[]> =>
    (
      await db.query<Kommun>("SELECT unit_code AS code, name FROM unit WHERE level = 'kommun'")
    ).sort((a, b) => collator.compare(a.name, b.name)),
  /** What liknande kommuner can be found on: numeric series (bakgrundsmått first) and own numeric variables. */
  'peers.similarityOptions': async (
    { db }: CommandContext,
    _payload: NoPayload,
  ): Promise<SimilarityOptions> => {
    const series = await db.query<{ seriesId: string; label: string; background: boolean }>(
      `SELECT s.series_id AS "seriesId", s.label, bool_or(coalesce(i.is_background, false)) AS background FROM series s JOIN indicator i USING (series_id)
       WHERE i.kind NOT IN ('yesno', 'text') GROUP BY s.series_id, s.label ORDER BY background DESC, s.label`,
    );
    const own = await db.query<{ variable: string }>(
      'SELECT variable FROM unit_variable GROUP BY variable HAVING count(value_num) > 0 ORDER BY variable',
    );
    return { series, ownVariables: own.map((v) => v.variable) };
  },
  /** The k kommuner nearest the home on the chosen variables, with each variable's part of the distance. */
  'peers.similar': (
    { db }: CommandContext,
    p: Readonly<{ home: string; variables: readonly SimilarityVariable[]; k: number }>,
  ): Promise<SimilarUnit[]> => similarUnits(db, p.home, p.variables, p.k),
  /** Sammanställning för nätverket: each member against the others, kommun × område (a version, else the current). */
  'peers.networkSummary': (
    { db }: CommandContext,
    p: Readonly<{ peerSetId: string; year: number; version?: number }>,
  ): Promise<NetworkRow[]> => networkSummary(db, p.peerSetId, p.year, p.version),
  /** The areas that have indicators, for the network's indicator table. */
  'peers.areas': async ({ db }: CommandContext, _payload: NoPayload): Promise<string[]> =>
    (await db.query<{ area: string }>('SELECT DISTINCT area FROM indicator ORDER BY area')).map(
      (r) => r.area,
    ),
  /** Member × indicator for one area: values, standing against riket and against the network, per-series latest year. */
  'peers.networkIndicators': (
    { db }: CommandContext,
    p: Readonly<{ peerSetId: string; version?: number; area: string; year: number }>,
  ): Promise<NetworkIndicatorTable> => networkIndicatorTable(db, p),
  /** Whether gemensamma röda hold against each red member's län and kommungrupp. */
  'peers.sharedRedRobustness': (
    { db }: CommandContext,
    p: Readonly<{
      reds: readonly Readonly<{ seriesId: string; year: number; members: readonly string[] }>[];
    }>,
  ): Promise<RedRobustness[]> => sharedRedRobustness(db, p.reds),
  /** The user's own variables. */
  'peers.unitVariables': (
    { db }: CommandContext,
    _payload: NoPayload,
  ): Promise<UnitVariableSummary[]> => listUnitVariables(db),
  /** Read a CSV or workbook of own variables and store them; says what was read and what was skipped. */
  'peers.importUnitVariables': async (
    { db }: CommandContext,
    p: Readonly<{ fileName: string; bytes: Uint8Array }>,
  ): Promise<
    Readonly<{ variables: number; skipped: readonly Readonly<{ cell: string; text: string }>[] }>
  > => {
    const parsed = parseUnitVariables(p.fileName, p.bytes);
    await commitUnitVariables(db, parsed);
    return { variables: parsed.variables.length, skipped: parsed.skipped };
  },
  'peers.removeUnitVariable': (
    { db }: CommandContext,
    p: Readonly<{ variable: string }>,
  ): Promise<void> => removeUnitVariable(db, p.variable),
  /** Kommuner whose text variable has a value, e.g. Nätverk = "FoU Nordväst" (a draft group). */
  'peers.unitsWithValue': (
    { db }: CommandContext,
    p: Readonly<{ variable: string; value: string }>,
  ): Promise<string[]> => unitsWithValue(db, p.variable, p.value),
} satisfies CommandMap;
