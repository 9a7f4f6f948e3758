import { translate, type Lang } from '../i18n/i18n';
import type { Db } from '../db/db';
import { sqlString } from '../db/db';
import { inTransaction } from '../db/transaction';
import { partComparators, type PartComparison } from './unit-parts';

/** Whom a kommun is compared with. Built-ins are derived from the reference units; named sets are saved. */
export type PeerSetSpec =
  | Readonly<{ kind: 'all' }>
  | Readonly<{ kind: 'lan' }>
  | Readonly<{ kind: 'kommungrupp'; classification: 2023 | 2017 }>
  | Readonly<{
      kind: 'named';
      peerSetId: string;
      /**
       * A saved version of the set (its members then); left out: the current
       * version. A saved report pins it, so opening it later gives the same numbers.
       */
      version?: number;
    }>
  /**
   * A hemenhet (an enhet or a stadsdel) against the other parts of its level:
   * in its own kommun, or in the whole country (issue 19 item 7). Only for a
   * part as home; a kommun has no such set.
   */
  | Readonly<{ kind: 'parts'; comparison: PartComparison }>;

/** A peer set as an explicit, versioned list at analysis time, so a report states exactly whom we compared with. */
export type ResolvedPeerSet = Readonly<{
  id: string;
  label: string;
  version: number;
  members: readonly string[];
}>;

const UNIT_CODE = /^[0-9A-Za-z-]{2,60}$/;

/**
 * The set's name inside a sentence ("jämfört med samma kommungrupp (SKR 2023)"):
 * built-in labels get a small first letter, a named set ("FoU Nordväst") keeps its own spelling.
 */
export function peerSetPhrase(
  set: Pick<ResolvedPeerSet, 'id' | 'label'>,
  lang: Lang = 'sv',
): string {
  const label = peerSetLabel(set, lang);
  return isDerivedSet(set.id) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * The set's label in a language: a built-in set's from the catalogue ("Alla
 * kommuner" / "All municipalities"), a saved set's name as its user wrote it.
 */
export function peerSetLabel(set: Pick<ResolvedPeerSet, 'id' | 'label'>, lang: Lang): string {
  if (lang === 'sv') return set.label;
  if (set.id === 'builtin:all') return translate(lang, 'reportBody.peers.all');
  if (set.id === 'builtin:lan') return translate(lang, 'reportBody.peers.lan');
  const group = /^builtin:kommungrupp-(\d+)$/.exec(set.id);
  if (group) return translate(lang, 'reportBody.peers.group', { year: group[1]! });
  if (set.id.startsWith('parts:')) {
    const districts = /stadsdel/i.test(set.label);
    const within = set.id === 'parts:within_kommun';
    return translate(
      lang,
      within
        ? districts
          ? 'reportBody.peers.districtsWithin'
          : 'reportBody.peers.unitsWithin'
        : districts
          ? 'reportBody.peers.districtsAll'
          : 'reportBody.peers.unitsAll',
    );
  }
  return set.label;
}

/**
 * The set as a report or a standing names it: a saved set with its version
 * ("FoU Nordväst, version 3"), a built-in set as in a sentence.
 */
export function peerSetTitle(set: Pick<ResolvedPeerSet, 'id' | 'label' | 'version'>): string {
  return isDerivedSet(set.id) ? peerSetPhrase(set) : `${set.label}, version ${set.version}`;
}

/** A set derived from the reference units (built-in, or a part's fellow parts), not saved by a user. */
const isDerivedSet = (id: string) => id.startsWith('builtin:') || id.startsWith('parts:');

export function peerSetId(spec: PeerSetSpec): string {
  switch (spec.kind) {
    case 'all':
      return 'builtin:all';
    case 'lan':
      return 'builtin:lan';
    case 'kommungrupp':
      return `builtin:kommungrupp-${spec.classification}`;
    case 'named':
      return spec.peerSetId;
    case 'parts':
      return `parts:${spec.comparison}`;
  }
}

/** A reference unit as the built-in sets draw on it. */
export type PeerUnitRow = Readonly<{
  unit_code: string;
  level: string;
  lan_code: string | null;
  kommungrupp_2023: string | null;
  kommungrupp_2017: string | null;
}>;

/** Every kommun (in code order) and the home, whatever its level: what a built-in set is drawn from. */
export const PEER_UNITS_SQL =
  "SELECT unit_code, level, lan_code, kommungrupp_2023, kommungrupp_2017 FROM unit WHERE level = 'kommun' OR unit_code = ? ORDER BY unit_code";

type BuiltInSpec = Extract<PeerSetSpec, { kind: 'all' | 'lan' | 'kommungrupp' }>;

const isBuiltIn = (spec: PeerSetSpec): spec is BuiltInSpec =>
  spec.kind === 'all' || spec.kind === 'lan' || spec.kind === 'kommungrupp';

/**
 * A built-in set drawn from the reference units (`units` as PEER_UNITS_SQL gives them, in code
 * order): the other kommuner, those of the home's län, or of its kommungrupp. A home without a län
 * or kommungrupp (or not among `units`) has no fellows in it, as with SQL's `=` on NULL.
 */
export function builtInPeerSet(
  units: readonly PeerUnitRow[],
  home: string,
  spec: BuiltInSpec,
): ResolvedPeerSet {
  const column =
    spec.kind === 'lan'
      ? 'lan_code'
      : spec.kind === 'kommungrupp'
        ? spec.classification === 2023
          ? 'kommungrupp_2023'
          : 'kommungrupp_2017'
        : null;
  const wanted = column ? (units.find((u) => u.unit_code === home)?.[column] ?? null) : null;
  const members = units
    .filter(
      (u) =>
        u.level === 'kommun' &&
        u.unit_code !== home &&
        (column === null || (wanted !== null && u[column] === wanted)),
    )
    .map((u) => u.unit_code);
  return {
    id: peerSetId(spec),
    label:
      spec.kind === 'all'
        ? 'Alla kommuner'
        : spec.kind === 'lan'
          ? 'Kommunerna i samma län'
          : `Samma kommungrupp (SKR ${spec.classification})`,
    version: 1,
    members,
  };
}

/**
 * resolvePeerSet with the reference units already read (`units` from PEER_UNITS_SQL): a built-in set
 * for a home among them without a query; anything else is resolvePeerSet's.
 */
export function resolvePeerSetFrom(
  db: Db,
  units: readonly PeerUnitRow[],
  home: string,
  spec: PeerSetSpec,
): Promise<ResolvedPeerSet> {
  return isBuiltIn(spec) && units.some((u) => u.unit_code === home)
    ? Promise.resolve(builtInPeerSet(units, home, spec))
    : resolvePeerSet(db, home, spec);
}

/** The comparators of `home` under `spec`; the home kommun is never one of its own comparators. */
export async function resolvePeerSet(
  db: Db,
  home: string,
  spec: PeerSetSpec,
): Promise<ResolvedPeerSet> {
  const list = async (sql: string, params: (string | number)[]) =>
    (await db.query<{ unit_code: string }>(sql, params)).map((r) => r.unit_code);
  if (isBuiltIn(spec))
    return builtInPeerSet(await db.query<PeerUnitRow>(PEER_UNITS_SQL, [home]), home, spec);
  switch (spec.kind) {
    case 'named': {
      const [set] = await db.query<{ name: string; version: number }>(
        'SELECT name, version FROM peer_set WHERE peer_set_id = ?',
        [spec.peerSetId],
      );
      if (!set) throw new Error(`Jämförelsegruppen ${spec.peerSetId} finns inte.`);
      const current = Number(set.version);
      if (spec.version === undefined || spec.version === current)
        return {
          id: spec.peerSetId,
          label: set.name,
          version: current,
          members: await list(
            'SELECT unit_code FROM peer_set_member WHERE peer_set_id = ? AND unit_code <> ? ORDER BY unit_code',
            [spec.peerSetId, home],
          ),
        };
      const [old] = await db.query<{ name: string }>(
        'SELECT name FROM peer_set_version WHERE peer_set_id = ? AND version = ?',
        [spec.peerSetId, spec.version],
      );
      if (!old)
        throw new Error(`Jämförelsegruppen ${set.name} har ingen sparad version ${spec.version}.`);
      return {
        id: spec.peerSetId,
        label: old.name,
        version: spec.version,
        members: await list(
          'SELECT unit_code FROM peer_set_version_member WHERE peer_set_id = ? AND version = ? AND unit_code <> ? ORDER BY unit_code',
          [spec.peerSetId, spec.version, home],
        ),
      };
    }
    case 'parts': {
      const [unit] = await db.query<{ level: string; name: string }>(
        'SELECT level, name FROM unit WHERE unit_code = ?',
        [home],
      );
      if (!unit || (unit.level !== 'enhet' && unit.level !== 'stadsdel'))
        throw new Error(
          `${unit?.name ?? home} är ingen enhet eller stadsdel: jämförelsen med andra enheter gäller bara en hemenhet.`,
        );
      return {
        id: peerSetId(spec),
        label:
          spec.comparison === 'within_kommun'
            ? `${unit.level === 'stadsdel' ? 'Stadsdelar' : 'Enheter'} i samma kommun`
            : `Alla ${unit.level === 'stadsdel' ? 'stadsdelar' : 'enheter'} i riket`,
        version: 1,
        members: [...(await partComparators(db, home, spec.comparison))],
      };
    }
  }
}

/**
 * A saved set named by its id or by its name (the name as the user typed it,
 * case and surrounding spaces aside). Null when neither matches; an error
 * when the name is shared by more than one set.
 */
export async function findNamedPeerSetId(db: Db, idOrName: string): Promise<string | null> {
  const [byId] = await db.query<{ peer_set_id: string }>(
    'SELECT peer_set_id FROM peer_set WHERE peer_set_id = ?',
    [idOrName],
  );
  if (byId) return byId.peer_set_id;
  const byName = await db.query<{ peer_set_id: string }>(
    'SELECT peer_set_id FROM peer_set WHERE lower(trim(name)) = lower(trim(?)) ORDER BY peer_set_id',
    [idOrName],
  );
  if (byName.length > 1)
    throw new Error(
      `Flera jämförelsegrupper heter ${idOrName}: ange id (${byName.map((r) => r.peer_set_id).join(', ')}).`,
    );
  return byName[0]?.peer_set_id ?? null;
}

export type NamedPeerSet = Readonly<{
  peerSetId: string;
  name: string;
  members: readonly string[];
  /** Who chose it and why, e.g. "FoU Nordväst-nätverket". */
  definition: Readonly<Record<string, unknown>>;
}>;

/** The current version of a saved set, or null when there is no such set. */
export async function currentPeerSetVersion(db: Db, peerSetId: string): Promise<number | null> {
  const [row] = await db.query<{ version: number }>(
    'SELECT version FROM peer_set WHERE peer_set_id = ?',
    [peerSetId],
  );
  return row ? Number(row.version) : null;
}

/**
 * The spec with the version it means now: a saved set without a version gets
 * its current one (a report saved today keeps today's members); built-ins and
 * unknown sets are returned as they are.
 */
export async function pinPeerSetVersion(db: Db, spec: PeerSetSpec): Promise<PeerSetSpec> {
  if (spec.kind !== 'named' || spec.version !== undefined) return spec;
  const version = await currentPeerSetVersion(db, spec.peerSetId);
  return version === null ? spec : { ...spec, version };
}

/** One saved version of a set: when, under which name, its members and what changed since the version before. */
export type PeerSetVersion = Readonly<{
  version: number;
  name: string;
  createdAt: string;
  members: readonly string[];
  /** Against the previous saved version; everything for the first one kept. */
  added: readonly string[];
  removed: readonly string[];
  /** The first version kept is not version 1: the workspace is older than the history (schema 7). */
  first: boolean;
}>;

/** A saved set's versions, newest first, each with its members and what was added and removed. */
export async function peerSetHistory(db: Db, peerSetId: string): Promise<PeerSetVersion[]> {
  const versions = await db.query<{ version: number; name: string; created_at: string }>(
    "SELECT version, name, strftime(created_at, '%Y-%m-%d %H:%M') AS created_at FROM peer_set_version WHERE peer_set_id = ? ORDER BY version",
    [peerSetId],
  );
  const members = await db.query<{ version: number; unit_code: string }>(
    'SELECT version, unit_code FROM peer_set_version_member WHERE peer_set_id = ? ORDER BY unit_code',
    [peerSetId],
  );
  const out: PeerSetVersion[] = [];
  let previous: readonly string[] | null = null;
  for (const v of versions) {
    const version = Number(v.version);
    const these = members.filter((m) => Number(m.version) === version).map((m) => m.unit_code);
    out.push({
      version,
      name: v.name,
      createdAt: v.created_at,
      members: these,
      added: previous ? these.filter((m) => !previous!.includes(m)) : these,
      removed: previous ? previous.filter((m) => !these.includes(m)) : [],
      first: previous === null,
    });
    previous = these;
  }
  return out.reverse();
}

/**
 * Save a named set as a new version: the current members in peer_set_member,
 * and every version with its members in peer_set_version(_member), so a report
 * that names an older version can be reproduced. Saving it unchanged (same
 * name, members and definition) keeps the version it has.
 */
export async function saveNamedPeerSet(db: Db, set: NamedPeerSet): Promise<number> {
  for (const m of set.members) if (!UNIT_CODE.test(m)) throw new Error(`Ogiltig enhetskod: ${m}`);
  const members = [...new Set(set.members)].sort();
  const definition = JSON.stringify(set.definition);
  return inTransaction(db, async () => {
    const [existing] = await db.query<{ version: number; name: string; definition: string | null }>(
      'SELECT version, name, definition FROM peer_set WHERE peer_set_id = ?',
      [set.peerSetId],
    );
    if (existing) {
      const current = (
        await db.query<{ unit_code: string }>(
          'SELECT unit_code FROM peer_set_member WHERE peer_set_id = ? ORDER BY unit_code',
          [set.peerSetId],
        )
      ).map((r) => r.unit_code);
      const unchanged =
        existing.name === set.name &&
        existing.definition === definition &&
        JSON.stringify(current) === JSON.stringify(members);
      if (unchanged) return Number(existing.version);
    }
    const version = existing ? Number(existing.version) + 1 : 1;
    const now = new Date().toISOString();
    if (existing) {
      await db.query(
        'UPDATE peer_set SET name = ?, definition = ?, version = ?, updated_at = ?::TIMESTAMP WHERE peer_set_id = ?',
        [set.name, definition, version, now, set.peerSetId],
      );
      await db.query('DELETE FROM peer_set_member WHERE peer_set_id = ?', [set.peerSetId]);
    } else {
      await db.query(
        "INSERT INTO peer_set VALUES (?, ?, 'named', ?, 1, ?::TIMESTAMP, ?::TIMESTAMP)",
        [set.peerSetId, set.name, definition, now, now],
      );
    }
    // A version left behind by an undone save of the same number is replaced, never duplicated.
    await db.query('DELETE FROM peer_set_version WHERE peer_set_id = ? AND version = ?', [
      set.peerSetId,
      version,
    ]);
    await db.query('DELETE FROM peer_set_version_member WHERE peer_set_id = ? AND version = ?', [
      set.peerSetId,
      version,
    ]);
    await db.query('INSERT INTO peer_set_version VALUES (?, ?, ?, ?, ?::TIMESTAMP)', [
      set.peerSetId,
      version,
      set.name,
      definition,
      now,
    ]);
    if (members.length > 0) {
      const id = sqlString(set.peerSetId);
      await db.exec(
        `INSERT INTO peer_set_member VALUES ${members.map((m) => `(${id}, ${sqlString(m)})`).join(', ')}`,
      );
      await db.exec(
        `INSERT INTO peer_set_version_member VALUES ${members.map((m) => `(${id}, ${version}, ${sqlString(m)})`).join(', ')}`,
      );
    }
    return version;
  });
}
