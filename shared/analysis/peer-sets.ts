import type { Db } from '../db/db';
import { sqlString } from '../db/db';
import { inTransaction } from '../db/transaction';

/** Whom a kommun is compared with. Built-ins are derived from the reference units; named sets are saved. */
export type PeerSetSpec =
  | Readonly<{ kind: 'all' }>
  | Readonly<{ kind: 'lan' }>
  | Readonly<{ kind: 'kommungrupp'; classification: 2023 | 2017 }>
  | Readonly<{ kind: 'named'; peerSetId: string }>;

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
export function peerSetPhrase(set: Pick<ResolvedPeerSet, 'id' | 'label'>): string {
  return set.id.startsWith('builtin:')
    ? set.label.charAt(0).toLowerCase() + set.label.slice(1)
    : set.label;
}

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
  }
}

/** The comparators of `home` under `spec`; the home kommun is never one of its own comparators. */
export async function resolvePeerSet(
  db: Db,
  home: string,
  spec: PeerSetSpec,
): Promise<ResolvedPeerSet> {
  const list = async (sql: string, params: (string | number)[]) =>
    (await db.query<{ unit_code: string }>(sql, params)).map((r) => r.unit_code);
  switch (spec.kind) {
    case 'all':
      return {
        id: peerSetId(spec),
        label: 'Alla kommuner',
        version: 1,
        members: await list(
          "SELECT unit_code FROM unit WHERE level = 'kommun' AND unit_code <> ? ORDER BY unit_code",
          [home],
        ),
      };
    case 'lan':
      return {
        id: peerSetId(spec),
        label: 'Kommunerna i samma län',
        version: 1,
        members: await list(
          "SELECT unit_code FROM unit WHERE level = 'kommun' AND unit_code <> ? AND lan_code = (SELECT lan_code FROM unit WHERE unit_code = ?) ORDER BY unit_code",
          [home, home],
        ),
      };
    case 'kommungrupp': {
      const column = spec.classification === 2023 ? 'kommungrupp_2023' : 'kommungrupp_2017';
      return {
        id: peerSetId(spec),
        label: `Samma kommungrupp (SKR ${spec.classification})`,
        version: 1,
        members: await list(
          `SELECT unit_code FROM unit WHERE level = 'kommun' AND unit_code <> ? AND ${column} = (SELECT ${column} FROM unit WHERE unit_code = ?) ORDER BY unit_code`,
          [home, home],
        ),
      };
    }
    case 'named': {
      const [set] = await db.query<{ name: string; version: number }>(
        'SELECT name, version FROM peer_set WHERE peer_set_id = ?',
        [spec.peerSetId],
      );
      if (!set) throw new Error(`Jämförelsegruppen ${spec.peerSetId} finns inte.`);
      return {
        id: spec.peerSetId,
        label: set.name,
        version: set.version,
        members: await list(
          'SELECT unit_code FROM peer_set_member WHERE peer_set_id = ? AND unit_code <> ? ORDER BY unit_code',
          [spec.peerSetId, home],
        ),
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

/** Save a named set; saving again with other members bumps its version. */
export async function saveNamedPeerSet(db: Db, set: NamedPeerSet): Promise<number> {
  for (const m of set.members) if (!UNIT_CODE.test(m)) throw new Error(`Ogiltig enhetskod: ${m}`);
  return inTransaction(db, async () => {
    const [existing] = await db.query<{ version: number }>(
      'SELECT version FROM peer_set WHERE peer_set_id = ?',
      [set.peerSetId],
    );
    const version = existing ? existing.version + 1 : 1;
    const now = new Date().toISOString();
    if (existing) {
      await db.query(
        'UPDATE peer_set SET name = ?, definition = ?, version = ?, updated_at = ?::TIMESTAMP WHERE peer_set_id = ?',
        [set.name, JSON.stringify(set.definition), version, now, set.peerSetId],
      );
      await db.query('DELETE FROM peer_set_member WHERE peer_set_id = ?', [set.peerSetId]);
    } else {
      await db.query(
        "INSERT INTO peer_set VALUES (?, ?, 'named', ?, 1, ?::TIMESTAMP, ?::TIMESTAMP)",
        [set.peerSetId, set.name, JSON.stringify(set.definition), now, now],
      );
    }
    if (set.members.length > 0)
      await db.exec(
        `INSERT INTO peer_set_member VALUES ${set.members.map((m) => `(${sqlString(set.peerSetId)}, ${sqlString(m)})`).join(', ')}`,
      );
    return version;
  });
}
