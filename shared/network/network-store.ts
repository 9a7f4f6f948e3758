import type { Db } from '../db/db';
import { inTransaction } from '../db/transaction';
import { parseStance } from '../model/stance';
import type { MergeWrites, Provenance } from './network-merge';
import type { NetworkItem, NetworkScope } from './network-item';

/**
 * Network items in the workspace (schema 9): notes and interpretations in
 * `annotation`, utvecklingsområden in `development_area` (+ its series). A
 * network's items carry `network_id` = the saved peer set; a kommun's own
 * have none. Read to export or to compare; written only by a settled merge.
 */

type AnnotationRow = {
  id: string;
  unit_code: string;
  series_id: string | null;
  year: number | null;
  text: string;
  stance: string | null;
  network_id: string | null;
  network_name: string | null;
  note_kind: string | null;
  author_unit: string | null;
  updated_at: number;
};

type AreaRow = {
  id: string;
  unit_code: string;
  title: string;
  decided_year: number | null;
  target: string | null;
  status: string | null;
  notes: string | null;
  network_id: string | null;
  network_name: string | null;
  author_unit: string | null;
  updated_at: number;
};

const iso = (ms: number) => new Date(ms).toISOString();

function scopeOf(
  unitCode: string,
  networkId: string | null,
  networkName: string | null,
): NetworkScope {
  return networkId
    ? { kind: 'network', peerSetId: networkId, name: networkName ?? networkId }
    : { kind: 'kommun', unitCode };
}

/** Where a scope's rows are: a network's by network_id, a kommun's own by unit without network. */
function scopeWhere(scope: NetworkScope | null, alias: string): [string, string[]] {
  if (!scope) return ['true', []];
  return scope.kind === 'network'
    ? [`${alias}.network_id = ?`, [scope.peerSetId]]
    : [`${alias}.network_id IS NULL AND ${alias}.unit_code = ?`, [scope.unitCode]];
}

/** The items of one scope (to export), or of the whole workspace (to compare an incoming file with). */
export async function readNetworkItems(db: Db, scope: NetworkScope | null): Promise<NetworkItem[]> {
  const [aWhere, aParams] = scopeWhere(scope, 'a');
  const notes = await db.query<AnnotationRow>(
    `SELECT a.annotation_id AS id, a.unit_code, a.series_id, a.year, a.text, a.stance, a.network_id,
            p.name AS network_name, a.note_kind, a.author_unit, a.updated_at
     FROM annotation a LEFT JOIN peer_set p ON p.peer_set_id = a.network_id
     WHERE ${aWhere} ORDER BY a.created_at, a.annotation_id`,
    aParams,
  );
  const [dWhere, dParams] = scopeWhere(scope, 'd');
  const areas = await db.query<AreaRow>(
    `SELECT d.development_area_id AS id, d.unit_code, d.title, d.decided_year, d.target, d.status, d.notes,
            d.network_id, p.name AS network_name, d.author_unit, d.updated_at
     FROM development_area d LEFT JOIN peer_set p ON p.peer_set_id = d.network_id
     WHERE ${dWhere} ORDER BY d.created_at, d.development_area_id`,
    dParams,
  );
  const series = await db.query<{ id: string; series_id: string }>(
    'SELECT development_area_id AS id, series_id FROM development_area_series ORDER BY position',
  );
  const seriesOf = (id: string) => series.filter((s) => s.id === id).map((s) => s.series_id);
  return [
    ...notes.map((n): NetworkItem => {
      const interpretation = n.note_kind === 'interpretation';
      return {
        id: n.id,
        kind: interpretation ? 'interpretation' : 'annotation',
        scope: scopeOf(n.unit_code, n.network_id, n.network_name),
        unitCode: interpretation ? null : n.unit_code,
        seriesId: n.series_id,
        seriesIds: [],
        year: n.year,
        title: null,
        text: n.text,
        stance: parseStance(n.stance),
        status: null,
        target: null,
        authorUnitCode: n.author_unit ?? n.unit_code,
        updatedAt: iso(n.updated_at),
      };
    }),
    ...areas.map((d): NetworkItem => ({
      id: d.id,
      kind: 'development_area',
      scope: scopeOf(d.unit_code, d.network_id, d.network_name),
      unitCode: d.unit_code,
      seriesId: null,
      seriesIds: seriesOf(d.id),
      year: d.decided_year,
      title: d.title,
      text: d.notes ?? '',
      stance: null,
      status: d.status,
      target: d.target,
      authorUnitCode: d.author_unit ?? d.unit_code,
      updatedAt: iso(d.updated_at),
    })),
  ];
}

const networkIdOf = (item: NetworkItem) =>
  item.scope.kind === 'network' ? item.scope.peerSetId : null;

async function writeAnnotation(
  db: Db,
  item: NetworkItem,
  provenance: Provenance,
  replace: boolean,
): Promise<void> {
  // An interpretation is about the question, not a unit: it is filed under its author.
  const unitCode = item.unitCode ?? item.authorUnitCode;
  const values = [
    unitCode,
    item.seriesId,
    item.year,
    item.text,
    item.stance,
    networkIdOf(item),
    item.kind === 'interpretation' ? 'interpretation' : 'note',
    item.authorUnitCode,
    JSON.stringify(provenance),
    item.updatedAt,
  ];
  if (replace)
    await db.query(
      `UPDATE annotation SET unit_code = ?, series_id = ?, year = ?, text = ?, stance = ?, network_id = ?,
         note_kind = ?, author_unit = ?, provenance = ?, updated_at = ?::TIMESTAMP
       WHERE annotation_id = ?`,
      [...values, item.id],
    );
  else
    await db.query(
      `INSERT INTO annotation (annotation_id, unit_code, series_id, year, text, stance, network_id, note_kind,
         author_unit, provenance, updated_at, carry_forward, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::TIMESTAMP, true, now()::TIMESTAMP)`,
      [item.id, ...values],
    );
}

async function writeArea(
  db: Db,
  item: NetworkItem,
  provenance: Provenance,
  replace: boolean,
): Promise<void> {
  const values = [
    item.unitCode ?? item.authorUnitCode,
    item.seriesIds[0] ?? null,
    item.title ?? '',
    item.year,
    item.target,
    item.status,
    item.text || null,
    networkIdOf(item),
    item.authorUnitCode,
    JSON.stringify(provenance),
    item.updatedAt,
  ];
  if (replace) {
    await db.query(
      `UPDATE development_area SET unit_code = ?, series_id = ?, title = ?, decided_year = ?, target = ?,
         status = ?, notes = ?, network_id = ?, author_unit = ?, provenance = ?, updated_at = ?::TIMESTAMP
       WHERE development_area_id = ?`,
      [...values, item.id],
    );
    await db.query('DELETE FROM development_area_series WHERE development_area_id = ?', [item.id]);
  } else
    await db.query(
      `INSERT INTO development_area (development_area_id, unit_code, series_id, title, decided_year, target,
         status, notes, network_id, author_unit, provenance, updated_at, origin, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::TIMESTAMP, 'network_proposal', now()::TIMESTAMP)`,
      [item.id, ...values],
    );
  for (const [position, seriesId] of item.seriesIds.entries())
    await db.query('INSERT INTO development_area_series VALUES (?, ?, ?)', [
      item.id,
      seriesId,
      position,
    ]);
}

/** Write a settled merge, all or nothing: each row keeps where it came from. */
export async function applyNetworkWrites(db: Db, writes: MergeWrites): Promise<void> {
  await inTransaction(db, async () => {
    for (const [list, replace] of [
      [writes.insert, false],
      [writes.replace, true],
    ] as const)
      for (const { item, provenance } of list)
        if (item.kind === 'development_area') await writeArea(db, item, provenance, replace);
        else await writeAnnotation(db, item, provenance, replace);
  });
}
