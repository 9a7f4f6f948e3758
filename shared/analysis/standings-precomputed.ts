import { tableFromIPC, type Table } from 'apache-arrow';
import type { Db } from '../db/db';
import { sqlString } from '../db/db';
import type {
  Direction,
  IndicatorKind,
  IndicatorType,
  QualityDimension,
} from '../model/indicators';
import { OFFICIAL_CLASSES, STATUSES, type OfficialClass, type Status } from '../model/observations';
import {
  finishStandings,
  standingsComparators,
  type RawStanding,
  type StandingRow,
  type StandingsQuery,
} from './standings-query';

/**
 * Standings precomputed per data revision (issue 21 item 1).
 *
 * `computeStandings` (standings-query.ts) answers one hemkommun at a time
 * with a pass over the observations; it stays the reference. Here the same
 * observations are read once per data revision into memory, per
 * indicator-year a block of rows with the comparators first, sorted by value.
 * For every built-in comparison set (alla kommuner, län, kommungrupp 2023 and
 * 2017) and every saved set, each block keeps the positions of the set's
 * members in that order, so a standing for any hemkommun is a lookup:
 * comparators worse / equal by binary search, the quartiles of the set minus
 * the home by index (DuckDB's quantile_cont: position (n−1)·p, linear
 * between its neighbours). A comparison set that is none of these (a part's
 * comparators, a set edited since) is filtered from the same sorted rows on
 * the spot. Relative, official and absolute colours all come from the same
 * counts (`finishStandings`, shared with the reference); own trend is computed
 * after the standings (withOwnTrend), so it needs nothing here.
 *
 * The lookup declines (null → the caller uses the reference) whenever its
 * answer could differ: a code unknown to the index, a home with two rows for
 * one indicator-year (the reference takes any one of them), a NaN, a value
 * whose year differs from its indicator's when years are asked for.
 *
 * Invalidation: a fingerprint of the tables a standing depends on (counts,
 * source files, indicators, units, saved sets). When it changes only the
 * blocks whose inputs changed are read again — an indicator's block depends
 * on the indicators that contend for its series-year and on their files'
 * import times (observations only change with an import or a removal) — and
 * the sets' positions are rebuilt when units or saved sets changed.
 */

/** Rows read per SQL pass while building (the passes run one after another, so other queries are not held up long). */
const ROWS_PER_PASS = 150_000;
/** Indicators per pass at most (their ids are listed in the SQL text). */
const MAX_PER_PASS = 2000;
const UNIT_TABLE = '__oj_standings_unit';

type Utf8Column =
  | Readonly<{ kind: 'const'; value: string | null }>
  | Readonly<{
      kind: 'packed';
      bytes: Uint8Array;
      offsets: Int32Array;
      /** Rows flagged in `flags` hold `value` (not sent per row). */
      usual: Readonly<{ flags: Uint8Array; bit: number; value: string | null }> | null;
    }>;

/** Null flags per row. */
const NULL_VALUE = 1;
const NULL_N = 2;
const NULL_CI_LOW = 4;
const NULL_CI_HIGH = 8;
const NULL_TEXT = 16;
const NULL_FILE = 32;
const NULL_SHEET = 64;
const NULL_CELL = 128;

/** The positions (rows, in value order) of each group's members among a block's comparators. */
type GroupPositions = Readonly<{ starts: Int32Array; pos: Uint16Array | Uint32Array }>;

/** One indicator-year's rows (period IS NULL) from current_observation. */
type Block = Readonly<{
  sig: string;
  rows: number;
  /** Rows 0..m-1 are the comparators (status ok, a number), sorted by value. */
  m: number;
  unit: Int32Array;
  value: Float64Array;
  /** Status, official class and flags (SO_*). */
  so: Uint8Array;
  nulls: Uint8Array;
  n: Int32Array | null;
  ciLow: Float64Array | null;
  ciHigh: Float64Array | null;
  text: Utf8Column;
  file: Utf8Column;
  sheet: Utf8Column;
  cell: Utf8Column;
  /** Row numbers sorted by unit. */
  byUnit: Uint16Array | Uint32Array;
  /** A value's year differs from the indicator's. */
  mixedYear: boolean;
  /** Some row's unit is not in the index's unit dictionary. */
  unknownUnits: boolean;
  hasNaN: boolean;
  groups: ReadonlyMap<string, GroupPositions>;
}>;

/** An indicator as the index keeps it: the fields a standing row repeats, and what its block depends on. */
type IndicatorMeta = Pick<
  StandingRow,
  | 'indicatorId'
  | 'seriesId'
  | 'area'
  | 'year'
  | 'title'
  | 'kind'
  | 'direction'
  | 'indicatorType'
  | 'qualityDimension'
  | 'fileId'
> &
  Readonly<{ background: boolean; sig: string }>;

/** A partition of units into comparison groups (or one saved set). */
type Grouping = Readonly<{
  id: string;
  /** Per unit number: its group, or -1. */
  groupOf: Int32Array;
  groupCount: number;
}>;

type Fingerprint = Readonly<{
  data: string;
  units: string;
  peers: string;
  /** Rows in `indicator`: how large a change is, roughly. */
  indicators: number;
}>;

export type StandingsIndex = Readonly<{
  fingerprint: Fingerprint;
  unitIx: ReadonlyMap<string, number>;
  /** Current indicators in the reference's output order (area, series, year, id). */
  indicators: readonly IndicatorMeta[];
  blocks: ReadonlyMap<string, Block>;
  groupings: ReadonlyMap<string, Grouping>;
  /** Sorted member codes joined by ',' → the group with exactly those members. */
  groupKeys: ReadonlyMap<string, Readonly<{ grouping: string; group: number }>>;
  anyUnknownUnits: boolean;
  /** Rows held, for the bench. */
  rows: number;
}>;

export type BuildStats = {
  /** Blocks (indicator-years) read from the database in this refresh. */
  blocksRead: number;
  rowsRead: number;
  passes: number;
  regrouped: boolean;
};

const FINGERPRINT_SQL = `SELECT
  (SELECT count(*) FROM observation)::VARCHAR || '/' ||
  (SELECT count(*)::VARCHAR || ':' || coalesce(bit_xor(hash(file_id, imported_at, superseded_by)), 0)::VARCHAR FROM source_file) || '/' ||
  (SELECT coalesce(bit_xor(hash(indicator_id, area, year, code, title, kind, direction, indicator_type,
          quality_dimension, series_id, file_id, is_background)), 0)::VARCHAR FROM indicator) AS data,
  (SELECT count(*) FROM indicator)::INTEGER AS indicators,
  (SELECT count(*)::VARCHAR || ':' || coalesce(bit_xor(hash(unit_code, level, lan_code, kommungrupp_2023, kommungrupp_2017)), 0)::VARCHAR
     FROM unit) AS units,
  (SELECT count(*)::VARCHAR || ':' || coalesce(bit_xor(hash(peer_set_id, unit_code)), 0)::VARCHAR FROM peer_set_member) AS peers`;

/** What a standing depends on, in a few hashes: counts and every row of the small tables. */
export async function standingsFingerprint(db: Db): Promise<Fingerprint> {
  const [row] = await db.query<Fingerprint>(FINGERPRINT_SQL);
  return { ...row!, data: `${row!.data}/${row!.indicators}` };
}

const sameFingerprint = (a: Fingerprint, b: Fingerprint) =>
  a.data === b.data && a.units === b.units && a.peers === b.peers;

/**
 * The index for the database as it is now: `previous` again when nothing a
 * standing depends on changed, else a new index that reuses every block whose
 * inputs are unchanged. `yieldBetween` runs between the SQL passes (the
 * browser gives the UI a turn there).
 */
export async function refreshStandingsIndex(
  db: Db,
  previous: StandingsIndex | null,
  options: { yieldBetween?: () => Promise<void>; stats?: BuildStats } = {},
): Promise<StandingsIndex> {
  const stats = options.stats ?? { blocksRead: 0, rowsRead: 0, passes: 0, regrouped: false };
  const fingerprint = await standingsFingerprint(db);
  if (previous && sameFingerprint(previous.fingerprint, fingerprint)) return previous;

  const unitsChanged =
    !previous ||
    previous.fingerprint.units !== fingerprint.units ||
    previous.fingerprint.peers !== fingerprint.peers;
  const units = await syncUnits(db);
  const grew = !previous || units.ix.size !== previous.unitIx.size;

  const indicators =
    previous && previous.fingerprint.data === fingerprint.data
      ? previous.indicators
      : await readIndicators(db);
  const blocks = new Map<string, Block>();
  const toRead: IndicatorMeta[] = [];
  for (const meta of indicators) {
    const old = previous?.blocks.get(meta.indicatorId);
    if (old && old.sig === meta.sig && !(grew && old.unknownUnits))
      blocks.set(meta.indicatorId, old);
    else toRead.push(meta);
  }

  const groupings = unitsChanged || !previous ? makeGroupings(units) : previous.groupings;
  const regroup = groupings !== previous?.groupings;
  stats.regrouped = regroup;
  if (regroup)
    for (const [id, block] of blocks)
      blocks.set(id, { ...block, groups: groupsOf(block, groupings) });

  // Read the changed blocks, a file's indicators together (their observations lie together).
  toRead.sort((a, b) => cmp(a.fileId ?? '', b.fileId ?? '') || cmp(a.indicatorId, b.indicatorId));
  let perPass = 256;
  for (let at = 0; at < toRead.length;) {
    const batch = toRead.slice(at, at + perPass);
    at += batch.length;
    const rows = await readBlocks(db, batch, groupings, blocks);
    stats.passes += 1;
    stats.blocksRead += batch.length;
    stats.rowsRead += rows;
    // Aim for ROWS_PER_PASS rows a pass from what the last pass held per indicator.
    perPass = Math.min(
      MAX_PER_PASS,
      Math.max(16, Math.round(ROWS_PER_PASS / Math.max(1, rows / batch.length))),
    );
    if (options.yieldBetween && at < toRead.length) await options.yieldBetween();
  }

  let anyUnknownUnits = false;
  let rows = 0;
  const groupKeys =
    previous && groupings === previous.groupings
      ? previous.groupKeys
      : groupKeysOf(groupings, units.codes);
  for (const block of blocks.values()) {
    anyUnknownUnits ||= block.unknownUnits;
    rows += block.rows;
  }
  return {
    fingerprint,
    unitIx: units.ix,
    indicators,
    blocks,
    groupings,
    groupKeys,
    anyUnknownUnits,
    rows,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------
// Units and comparison groups

type Units = Readonly<{
  ix: Map<string, number>;
  /** By unit number. */
  codes: string[];
  level: (string | null)[];
  lan: (string | null)[];
  kg2023: (string | null)[];
  kg2017: (string | null)[];
  /** Saved sets: id → member unit numbers. */
  sets: Map<string, number[]>;
}>;

/**
 * Every unit (and every code in a saved set) gets a stable number in a
 * temporary table, so a block read before an import keeps its meaning after.
 */
async function syncUnits(db: Db): Promise<Units> {
  await db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS ${UNIT_TABLE} (unit_code VARCHAR PRIMARY KEY, u INTEGER NOT NULL)`,
  );
  await db.exec(
    `INSERT INTO ${UNIT_TABLE}
     SELECT unit_code, ((SELECT coalesce(max(u), -1) FROM ${UNIT_TABLE}) + row_number() OVER (ORDER BY unit_code))::INTEGER
     FROM (SELECT unit_code FROM unit UNION SELECT unit_code FROM peer_set_member)
     WHERE unit_code NOT IN (SELECT unit_code FROM ${UNIT_TABLE})`,
  );
  const rows = await db.query<{
    unit_code: string;
    u: number;
    level: string | null;
    lan_code: string | null;
    kg2023: string | null;
    kg2017: string | null;
  }>(
    `SELECT x.unit_code, x.u, un.level, un.lan_code, un.kommungrupp_2023 AS kg2023, un.kommungrupp_2017 AS kg2017
     FROM ${UNIT_TABLE} x LEFT JOIN unit un USING (unit_code) ORDER BY x.u`,
  );
  const size = rows.reduce((max, r) => Math.max(max, r.u + 1), 0);
  const units: Units = {
    ix: new Map(),
    codes: new Array<string>(size).fill(''),
    level: new Array<string | null>(size).fill(null),
    lan: new Array<string | null>(size).fill(null),
    kg2023: new Array<string | null>(size).fill(null),
    kg2017: new Array<string | null>(size).fill(null),
    sets: new Map(),
  };
  for (const r of rows) {
    units.ix.set(r.unit_code, r.u);
    units.codes[r.u] = r.unit_code;
    units.level[r.u] = r.level;
    units.lan[r.u] = r.lan_code;
    units.kg2023[r.u] = r.kg2023;
    units.kg2017[r.u] = r.kg2017;
  }
  for (const m of await db.query<{ peer_set_id: string; unit_code: string }>(
    'SELECT peer_set_id, unit_code FROM peer_set_member ORDER BY peer_set_id, unit_code',
  )) {
    const list = units.sets.get(m.peer_set_id) ?? [];
    list.push(units.ix.get(m.unit_code)!);
    units.sets.set(m.peer_set_id, list);
  }
  return units;
}

/** The built-in sets as resolvePeerSet defines them (kommuner only), and each saved set. */
function makeGroupings(units: Units): Map<string, Grouping> {
  const size = units.codes.length;
  const isKommun = (u: number) => units.level[u] === 'kommun';
  const byKey = (id: string, key: (u: number) => string | null): Grouping => {
    const groupOf = new Int32Array(size).fill(-1);
    const numbers = new Map<string, number>();
    for (let u = 0; u < size; u++) {
      const k = isKommun(u) ? key(u) : null;
      if (k === null) continue;
      let g = numbers.get(k);
      if (g === undefined) numbers.set(k, (g = numbers.size));
      groupOf[u] = g;
    }
    return { id, groupOf, groupCount: numbers.size };
  };
  const out = new Map<string, Grouping>();
  for (const g of [
    byKey('all', () => ''),
    byKey('lan', (u) => units.lan[u] ?? null),
    byKey('kommungrupp-2023', (u) => units.kg2023[u] ?? null),
    byKey('kommungrupp-2017', (u) => units.kg2017[u] ?? null),
  ])
    out.set(g.id, g);
  for (const [setId, members] of units.sets) {
    const groupOf = new Int32Array(size).fill(-1);
    for (const u of members) groupOf[u] = 0;
    out.set(`set:${setId}`, { id: `set:${setId}`, groupOf, groupCount: 1 });
  }
  return out;
}

function groupKeysOf(groupings: ReadonlyMap<string, Grouping>, codes: readonly string[]) {
  const keys = new Map<string, { grouping: string; group: number }>();
  for (const g of groupings.values()) {
    const members: string[][] = Array.from({ length: g.groupCount }, () => []);
    g.groupOf.forEach((group, u) => group >= 0 && members[group]!.push(codes[u]!));
    members.forEach((list, group) => {
      const key = memberKey(list);
      if (!keys.has(key)) keys.set(key, { grouping: g.id, group });
    });
  }
  return keys;
}

const memberKey = (codes: readonly string[]) => [...codes].sort().join(',');

/** Each grouping's members among the block's comparators, in value order (a counting sort by group). */
function groupsOf(
  block: Pick<Block, 'm' | 'rows' | 'unit'>,
  groupings: ReadonlyMap<string, Grouping>,
): Map<string, GroupPositions> {
  const out = new Map<string, GroupPositions>();
  for (const g of groupings.values()) {
    const starts = new Int32Array(g.groupCount + 1);
    for (let r = 0; r < block.m; r++) {
      const u = block.unit[r]!;
      const group = u >= 0 ? g.groupOf[u]! : -1;
      if (group >= 0) starts[group + 1]! += 1;
    }
    for (let i = 0; i < g.groupCount; i++) starts[i + 1]! += starts[i]!;
    const pos =
      block.rows <= 0xffff
        ? new Uint16Array(starts[g.groupCount]!)
        : new Uint32Array(starts[g.groupCount]!);
    const next = starts.slice(0, g.groupCount);
    for (let r = 0; r < block.m; r++) {
      const u = block.unit[r]!;
      const group = u >= 0 ? g.groupOf[u]! : -1;
      if (group >= 0) pos[next[group]!++] = r;
    }
    out.set(g.id, { starts, pos });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Reading indicators and blocks

async function readIndicators(db: Db): Promise<IndicatorMeta[]> {
  // The signature covers everything a block's rows depend on: which indicators contend for the
  // series-year (and in which order), their files and those files' import times.
  const table = await arrowQuery(
    db,
    `WITH sig AS (
       SELECT p.current_id AS indicator_id,
              hash(list(struct_pack(i := p.indicator_id, f := i.file_id, t := f.imported_at, y := i.year) ORDER BY p.precedence))::VARCHAR AS sig
       FROM indicator_precedence p
       JOIN indicator i ON i.indicator_id = p.indicator_id
       LEFT JOIN source_file f ON f.file_id = i.file_id
       GROUP BY p.current_id
     )
     SELECT c.indicator_id, c.series_id, c.area, c.year, c.title, c.kind, c.direction, c.indicator_type,
            c.quality_dimension, coalesce(c.is_background, false) AS background, c.file_id, sig.sig
     FROM current_indicator c JOIN sig USING (indicator_id)
     ORDER BY c.area, c.series_id, c.year, c.indicator_id`,
  );
  const col = (name: string) => table.getChild(name)!;
  const [id, series, area, year, title, kind, direction, type, dimension, background, file, sig] = [
    'indicator_id',
    'series_id',
    'area',
    'year',
    'title',
    'kind',
    'direction',
    'indicator_type',
    'quality_dimension',
    'background',
    'file_id',
    'sig',
  ].map(col);
  const out: IndicatorMeta[] = [];
  for (let i = 0; i < table.numRows; i++)
    out.push({
      indicatorId: id!.get(i) as string,
      seriesId: (series!.get(i) as string | null) ?? null,
      area: area!.get(i) as string,
      year: Number(year!.get(i)),
      title: title!.get(i) as string,
      kind: kind!.get(i) as IndicatorKind,
      direction: direction!.get(i) as Direction,
      indicatorType: (type!.get(i) as IndicatorType | null) ?? null,
      qualityDimension: (dimension!.get(i) as QualityDimension | null) ?? null,
      background: Boolean(background!.get(i)),
      fileId: (file!.get(i) as string | null) ?? null,
      sig: sig!.get(i) as string,
    });
  return out;
}

async function arrowQuery(db: Db, sql: string): Promise<Table> {
  return tableFromIPC(await db.queryArrowIpc(sql));
}

const STATUS_LIST = `[${STATUSES.map(sqlString).join(', ')}]`;
const OFFICIAL_LIST = `[${OFFICIAL_CLASSES.map(sqlString).join(', ')}]`;
const OK_CODE = STATUSES.indexOf('ok') + 1;
/** `so` per row: status (bits 0–2, 1-based, 0 = unknown), official class (bits 3–4), flags. */
const SO_STATUS = 7;
const SO_MIXED_YEAR = 32;
/** The row's file is its indicator's file; its sheet the block's usual sheet (neither sent again). */
const SO_SAME_FILE = 64;
const SO_SAME_SHEET = 128;
const HEADER = -2;

/** The SQL of one pass over the blocks of `metas` (exported for the bench's experiments). */
export function blocksSql(
  metas: readonly Pick<IndicatorMeta, 'indicatorId' | 'year' | 'fileId'>[],
): string {
  const ids = metas.map((m) => sqlString(m.indicatorId));
  const values = metas
    .map(
      (m, k) =>
        `(${ids[k]}, ${k}, ${Math.trunc(m.year)}, ${m.fileId === null ? 'NULL::VARCHAR' : sqlString(m.fileId)})`,
    )
    .join(', ');
  return `WITH c(indicator_id, k, y, f) AS (VALUES ${values}),
     r AS MATERIALIZED (
       SELECT c.k, coalesce(x.u, -1) AS u, o.year <> c.y AS mixed, c.f AS f0, o.status, o.official_class,
              o.value_num, o.n, o.ci_low, o.ci_high, o.value_text, o.file_id, o.sheet, o.cell
       FROM current_observation o
       JOIN c ON c.indicator_id = o.indicator_id
       LEFT JOIN ${UNIT_TABLE} x ON x.unit_code = o.unit_code
       WHERE o.period IS NULL AND o.indicator_id IN (${ids.join(', ')})
     ),
     h AS (SELECT k, min(sheet) AS sheet0 FROM r GROUP BY k)
     SELECT k, u, so, nl, v, n, lo, hi, t, f, sh, ce FROM (
       SELECT k, ${HEADER} AS u, 0 AS so, CASE WHEN sheet0 IS NULL THEN ${NULL_SHEET} ELSE 0 END AS nl, 0::DOUBLE AS v, 0 AS n, 0::DOUBLE AS lo, 0::DOUBLE AS hi,
              '' AS t, '' AS f, coalesce(sheet0, '') AS sh, '' AS ce, 0 AS grp
       FROM h
       UNION ALL
       SELECT r.k, r.u,
              coalesce(list_position(${STATUS_LIST}, r.status), 0)
              + 8 * coalesce(list_position(${OFFICIAL_LIST}, r.official_class), 0)
              + CASE WHEN r.mixed THEN ${SO_MIXED_YEAR} ELSE 0 END
              + CASE WHEN r.file_id IS NOT DISTINCT FROM r.f0 THEN ${SO_SAME_FILE} ELSE 0 END
              + CASE WHEN r.sheet IS NOT DISTINCT FROM h.sheet0 THEN ${SO_SAME_SHEET} ELSE 0 END,
              CASE WHEN r.value_num IS NULL THEN ${NULL_VALUE} ELSE 0 END
              + CASE WHEN r.n IS NULL THEN ${NULL_N} ELSE 0 END
              + CASE WHEN r.ci_low IS NULL THEN ${NULL_CI_LOW} ELSE 0 END
              + CASE WHEN r.ci_high IS NULL THEN ${NULL_CI_HIGH} ELSE 0 END
              + CASE WHEN r.value_text IS NULL THEN ${NULL_TEXT} ELSE 0 END
              + CASE WHEN r.file_id IS NULL THEN ${NULL_FILE} ELSE 0 END
              + CASE WHEN r.sheet IS NULL THEN ${NULL_SHEET} ELSE 0 END
              + CASE WHEN r.cell IS NULL THEN ${NULL_CELL} ELSE 0 END,
              coalesce(r.value_num, 0), coalesce(r.n, 0), coalesce(r.ci_low, 0), coalesce(r.ci_high, 0),
              coalesce(r.value_text, ''),
              CASE WHEN r.file_id IS NOT DISTINCT FROM r.f0 THEN '' ELSE coalesce(r.file_id, '') END,
              CASE WHEN r.sheet IS NOT DISTINCT FROM h.sheet0 THEN '' ELSE coalesce(r.sheet, '') END,
              coalesce(r.cell, ''),
              CASE WHEN r.status = 'ok' AND r.value_num IS NOT NULL THEN 1 ELSE 2 END
       FROM r JOIN h USING (k)
     )
     ORDER BY k, grp, v, u`.replace(
    'SELECT k, u, so, nl, v, n, lo, hi, t, f, sh, ce FROM',
    `SELECT k::USMALLINT AS k, u::INTEGER AS u, so::UTINYINT AS so, nl::UTINYINT AS nl, v::DOUBLE AS v,
              n::INTEGER AS n, lo::DOUBLE AS lo, hi::DOUBLE AS hi, t, f, sh, ce FROM`,
  );
}

/**
 * One SQL pass: the blocks of these indicators, comparators first in value
 * order. Per row only what differs from its indicator: the file when it is
 * not the indicator's own (contested series-years), the sheet when it is not
 * the block's usual one (sent once, in a header row). Returns the rows read.
 */
async function readBlocks(
  db: Db,
  metas: readonly IndicatorMeta[],
  groupings: ReadonlyMap<string, Grouping>,
  into: Map<string, Block>,
): Promise<number> {
  const table = await arrowQuery(db, blocksSql(metas));
  const total = table.numRows;
  const num = <T>(name: string) => table.getChild(name)!.toArray() as T;
  const k = num<Uint16Array>('k');
  const unit = num<Int32Array>('u');
  const so = num<Uint8Array>('so');
  const nulls = num<Uint8Array>('nl');
  const value = num<Float64Array>('v');
  const n = num<Int32Array>('n');
  const lo = num<Float64Array>('lo');
  const hi = num<Float64Array>('hi');
  const strings = Object.fromEntries(
    (['t', 'f', 'sh', 'ce'] as const).map((name) => [name, flatUtf8(table, name)]),
  ) as Record<'t' | 'f' | 'sh' | 'ce', FlatUtf8>;

  let at = 0;
  let rowsRead = 0;
  for (let b = 0; b < metas.length; b++) {
    const meta = metas[b]!;
    let usualSheet: string | null = null;
    if (at < total && k[at] === b && unit[at] === HEADER) {
      const { bytes, offsets } = strings.sh;
      if (!(nulls[at]! & NULL_SHEET))
        usualSheet = decoder.decode(bytes.subarray(offsets[at]!, offsets[at + 1]!));
      at += 1;
    }
    const start = at;
    while (at < total && k[at] === b) at++;
    const end = at;
    rowsRead += end - start;
    let m = 0;
    while (
      start + m < end &&
      (so[start + m]! & SO_STATUS) === OK_CODE &&
      !(nulls[start + m]! & NULL_VALUE)
    )
      m++;
    const slice = <A extends { slice(a: number, b: number): A }>(a: A) => a.slice(start, end);
    const blockNulls = slice(nulls);
    const blockSo = slice(so);
    const blockUnit = slice(unit);
    const allNull = (flag: number) => blockNulls.every((x) => (x & flag) !== 0);
    let mixedYear = false;
    let unknownUnits = false;
    let hasNaN = false;
    for (let r = start; r < end; r++) {
      if (so[r]! & SO_MIXED_YEAR) mixedYear = true;
      if (unit[r]! < 0) unknownUnits = true;
      if (Number.isNaN(value[r]) || Number.isNaN(lo[r]) || Number.isNaN(hi[r])) hasNaN = true;
    }
    const block: Omit<Block, 'groups'> = {
      sig: meta.sig,
      rows: end - start,
      m,
      unit: blockUnit,
      value: slice(value),
      so: blockSo,
      nulls: blockNulls,
      n: allNull(NULL_N) ? null : slice(n),
      ciLow: allNull(NULL_CI_LOW) ? null : slice(lo),
      ciHigh: allNull(NULL_CI_HIGH) ? null : slice(hi),
      text: utf8Column(strings.t, start, end, blockNulls, NULL_TEXT, null),
      file: utf8Column(strings.f, start, end, blockNulls, NULL_FILE, {
        flags: blockSo,
        bit: SO_SAME_FILE,
        value: meta.fileId,
      }),
      sheet: utf8Column(strings.sh, start, end, blockNulls, NULL_SHEET, {
        flags: blockSo,
        bit: SO_SAME_SHEET,
        value: usualSheet,
      }),
      cell: utf8Column(strings.ce, start, end, blockNulls, NULL_CELL, null),
      byUnit: sortedByUnit(blockUnit),
      mixedYear,
      unknownUnits,
      hasNaN,
    };
    into.set(meta.indicatorId, { ...block, groups: groupsOf(block, groupings) });
  }
  if (at !== total) throw new Error('standings index: rows outside the indicators asked for');
  return rowsRead;
}

/** Row numbers ordered by unit (then row): a numeric sort of packed keys. */
function sortedByUnit(unit: Int32Array): Uint16Array | Uint32Array {
  const rows = unit.length;
  const SHIFT = 2 ** 22;
  if (rows >= SHIFT) throw new Error('standings index: too many rows in one indicator-year');
  const keys = new Float64Array(rows);
  for (let r = 0; r < rows; r++) keys[r] = (unit[r]! + 1) * SHIFT + r;
  keys.sort();
  const out = rows <= 0xffff ? new Uint16Array(rows) : new Uint32Array(rows);
  for (let i = 0; i < rows; i++) out[i] = keys[i]! % SHIFT;
  return out;
}

type FlatUtf8 = Readonly<{ bytes: Uint8Array; offsets: Int32Array }>;

/** A string column's UTF-8 bytes and offsets over all record batches, without decoding. */
function flatUtf8(table: Table, name: string): FlatUtf8 {
  const vector = table.getChild(name)!;
  let size = 0;
  for (const d of vector.data)
    size += d.valueOffsets[d.offset + d.length]! - d.valueOffsets[d.offset]!;
  const bytes = new Uint8Array(size);
  const offsets = new Int32Array(vector.length + 1);
  let row = 0;
  let at = 0;
  for (const d of vector.data) {
    const first = d.valueOffsets[d.offset]!;
    const last = d.valueOffsets[d.offset + d.length]!;
    bytes.set((d.values as Uint8Array).subarray(first, last), at);
    for (let i = 0; i < d.length; i++)
      offsets[row + i] = at + d.valueOffsets[d.offset + i]! - first;
    row += d.length;
    at += last - first;
  }
  offsets[row] = at;
  return { bytes, offsets };
}

/** One value for the whole block (a file, a sheet), or the block's own bytes. */
function utf8Column(
  flat: FlatUtf8,
  start: number,
  end: number,
  nulls: Uint8Array,
  flag: number,
  usual: Readonly<{ flags: Uint8Array; bit: number; value: string | null }> | null,
): Utf8Column {
  const { bytes, offsets } = flat;
  if (end === start) return { kind: 'const', value: null };
  if (usual && usual.flags.every((x) => (x & usual.bit) !== 0))
    return { kind: 'const', value: usual.value };
  if (!usual) {
    const nullAt = (r: number) => (nulls[r - start]! & flag) !== 0;
    let constant = true;
    const a0 = offsets[start]!;
    const len0 = offsets[start + 1]! - a0;
    const null0 = nullAt(start);
    for (let r = start + 1; r < end && constant; r++) {
      const a = offsets[r]!;
      if (nullAt(r) !== null0 || offsets[r + 1]! - a !== len0) constant = false;
      else
        for (let i = 0; i < len0; i++)
          if (bytes[a + i] !== bytes[a0 + i]) {
            constant = false;
            break;
          }
    }
    if (constant)
      return {
        kind: 'const',
        value: null0 ? null : decoder.decode(bytes.subarray(a0, a0 + len0)),
      };
  }
  const base = offsets[start]!;
  const own = new Int32Array(end - start + 1);
  for (let r = start; r <= end; r++) own[r - start] = offsets[r]! - base;
  return { kind: 'packed', bytes: bytes.slice(base, offsets[end]!), offsets: own, usual };
}

const decoder = new TextDecoder();

function utf8At(column: Utf8Column, row: number, isNull: boolean): string | null {
  if (column.kind === 'const') return column.value;
  if (column.usual && column.usual.flags[row]! & column.usual.bit) return column.usual.value;
  if (isNull) return null;
  const a = column.offsets[row]!;
  const b = column.offsets[row + 1]!;
  // Short ASCII (cells such as "D17") without the decoder's call overhead.
  if (b - a <= 12) {
    let s = '';
    for (let i = a; i < b; i++) {
      const c = column.bytes[i]!;
      if (c >= 0x80) return decoder.decode(column.bytes.subarray(a, b));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return decoder.decode(column.bytes.subarray(a, b));
}

// ---------------------------------------------------------------------------
// The lookup

/**
 * A comparison group within one block: the sorted values are
 * `value[pos[s..e)]`; `own` is the home's own value when the home is one of
 * them (it is left out of every count and quartile). Module-level and reused:
 * the lookup allocates nothing per indicator-year but its answer row.
 */
const range = {
  value: new Float64Array(0) as Float64Array,
  pos: new Uint32Array(0) as Uint16Array | Uint32Array,
  s: 0,
  e: 0,
  own: null as number | null,
  direction: 'none' as Direction,
  /** Out: comparators worse than / equal to the value last counted. */
  worse: 0,
  equal: 0,
};

/** First position in the range whose value is ≥ x. */
function lowerBound(x: number): number {
  const { value, pos } = range;
  let a = range.s;
  let b = range.e;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (value[pos[mid]!]! < x) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** First position in the range whose value is > x. */
function upperBound(x: number): number {
  const { value, pos } = range;
  let a = range.s;
  let b = range.e;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (value[pos[mid]!]! <= x) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** Comparators worse than and equal to x (into range.worse / range.equal), the home's own value left out. */
function count(x: number): void {
  const lb = lowerBound(x);
  const ub = upperBound(x);
  const own = range.own;
  range.worse =
    range.direction === 'higher_better'
      ? lb - range.s - (own !== null && own < x ? 1 : 0)
      : range.direction === 'lower_better'
        ? range.e - ub - (own !== null && own > x ? 1 : 0)
        : 0;
  range.equal = ub - lb - (own !== null && own === x ? 1 : 0);
}

/** The k-th smallest comparator value, one occurrence of the home's own value (at `skip`) taken out. */
function valueAt(k: number, skip: number): number {
  return range.value[range.pos[range.s + (skip >= 0 && k >= skip ? k + 1 : k)]!]!;
}

/** DuckDB's quantile_cont: position (n−1)·p, linear between its neighbours as lo·(1−d) + hi·d. */
function quantile(n: number, p: number, skip: number): number {
  const rn = (n - 1) * p;
  const f = Math.floor(rn);
  const c = Math.ceil(rn);
  if (f === c) return valueAt(f, skip);
  const d = rn - f;
  return valueAt(f, skip) * (1 - d) + valueAt(c, skip) * d;
}

/**
 * The standings of `q` from the index, exactly as `computeStandings` gives
 * them; null when the index cannot promise that (then ask the reference).
 */
export function lookupStandings(index: StandingsIndex, q: StandingsQuery): StandingRow[] | null {
  let members: string[];
  try {
    members = standingsComparators(q);
  } catch {
    return null; // the reference says what is wrong
  }
  if (new Set(members).size !== members.length) return null;
  const home = index.unitIx.get(q.home);
  if (home === undefined) return null;

  // The set's group: its members plus the home (a built-in set, a saved set the home is in),
  // or its members alone (a saved set the home is not in).
  let grouping: string | null = null;
  let group = -1;
  let homeInGroup = false;
  const withHome = index.groupKeys.get(memberKey([...members, q.home]));
  const without = withHome ? undefined : index.groupKeys.get(memberKey(members));
  let adhoc: Uint8Array | null = null;
  if (withHome) {
    ({ grouping, group } = withHome);
    homeInGroup = true;
  } else if (without) {
    ({ grouping, group } = without);
  } else {
    // Any other set: its members picked from the same sorted rows.
    if (index.anyUnknownUnits) return null;
    adhoc = new Uint8Array(index.unitIx.size + 1);
    for (const code of members) {
      const u = index.unitIx.get(code);
      if (u !== undefined) adhoc[u] = 1; // a code the index does not know has no rows
    }
  }

  const years = q.years ? [Math.trunc(q.years[0]), Math.trunc(q.years[1])] : null;
  const areas = q.areas && q.areas.length > 0 ? new Set(q.areas) : null;
  const series = q.seriesIds ? new Set(q.seriesIds) : null;
  const riket = index.unitIx.get('00') ?? -1;
  const raw: RawStanding[] = [];
  let scratch = new Uint32Array(64);

  for (const meta of index.indicators) {
    if (meta.background) continue;
    if (years && (meta.year < years[0]! || meta.year > years[1]!)) continue;
    if (areas && !areas.has(meta.area)) continue;
    if (series && (meta.seriesId === null || !series.has(meta.seriesId))) continue;
    const block = index.blocks.get(meta.indicatorId);
    if (!block) return null;
    const h0 = firstRowOf(block, home);
    const h1 = endRowOf(block, home, h0);
    if (h0 === h1) continue; // the home has no row here: no standing (as the reference's HAVING)
    if (h1 - h0 > 1 || block.hasNaN || (years && block.mixedYear)) return null;
    const hr = block.byUnit[h0]!;

    range.value = block.value;
    if (adhoc) {
      if (scratch.length < block.m) scratch = new Uint32Array(block.m * 2);
      let found = 0;
      for (let r = 0; r < block.m; r++) {
        const u = block.unit[r]!;
        if (u >= 0 && adhoc[u]) scratch[found++] = r;
      }
      range.pos = scratch;
      range.s = 0;
      range.e = found;
    } else {
      const g = block.groups.get(grouping!)!;
      range.pos = g.pos;
      range.s = g.starts[group]!;
      range.e = g.starts[group + 1]!;
    }
    range.direction = meta.direction;
    const hn = block.nulls[hr]!;
    const hv = hn & NULL_VALUE ? null : block.value[hr]!;
    // The home's own value is among the group's when the home is a member with an ok number.
    range.own = homeInGroup && hr < block.m ? hv : null;

    const n = range.e - range.s - (range.own !== null ? 1 : 0);
    let worse = 0;
    let equal = 0;
    if (hv !== null) {
      count(hv);
      worse = range.worse;
      equal = range.equal;
    }
    const homeLow = hn & NULL_CI_LOW ? null : block.ciLow![hr]!;
    const homeHigh = hn & NULL_CI_HIGH ? null : block.ciHigh![hr]!;
    let worseLo: number | null = null;
    let equalLo: number | null = null;
    let worseHi: number | null = null;
    let equalHi: number | null = null;
    if (homeLow !== null) {
      count(homeLow);
      worseLo = range.worse;
      equalLo = range.equal;
    }
    if (homeHigh !== null) {
      count(homeHigh);
      worseHi = range.worse;
      equalHi = range.equal;
    }
    count(0);
    let answered = range.equal;
    count(1);
    answered += range.equal;

    let quartiles: number[] | null = null;
    if (n > 0) {
      const skip = range.own !== null ? lowerBound(range.own) - range.s : -1;
      quartiles = [quantile(n, 0.25, skip), quantile(n, 0.5, skip), quantile(n, 0.75, skip)];
    }

    let riketValue: number | null = null;
    if (riket >= 0) {
      const r0 = firstRowOf(block, riket);
      const r1 = endRowOf(block, riket, r0);
      let found = 0;
      for (let i = r0; i < r1; i++) {
        const r = block.byUnit[i]!;
        if ((block.so[r]! & SO_STATUS) !== OK_CODE) continue;
        found += 1;
        riketValue = block.nulls[r]! & NULL_VALUE ? null : block.value[r]!;
      }
      if (found > 1) return null;
    }

    const so = block.so[hr]!;
    raw.push({
      indicatorId: meta.indicatorId,
      seriesId: meta.seriesId,
      area: meta.area,
      year: meta.year,
      title: meta.title,
      kind: meta.kind,
      direction: meta.direction,
      indicatorType: meta.indicatorType,
      qualityDimension: meta.qualityDimension,
      homeStatus: (STATUSES[(so & SO_STATUS) - 1] ?? null) as Status,
      homeValue: hv,
      homeText: utf8At(block.text, hr, (hn & NULL_TEXT) !== 0),
      homeN: hn & NULL_N ? null : block.n![hr]!,
      homeCiLow: homeLow,
      homeCiHigh: homeHigh,
      worse_lo: worseLo,
      equal_lo: equalLo,
      worse_hi: worseHi,
      equal_hi: equalHi,
      officialClass: (OFFICIAL_CLASSES[((so >> 3) & 3) - 1] ?? null) as OfficialClass | null,
      fileId: utf8At(block.file, hr, (hn & NULL_FILE) !== 0),
      sheet: utf8At(block.sheet, hr, (hn & NULL_SHEET) !== 0),
      cell: utf8At(block.cell, hr, (hn & NULL_CELL) !== 0),
      n,
      worse,
      equal,
      answered,
      q: quartiles,
      riketValue,
    });
  }
  return finishStandings(raw, q);
}

/** The first position in `byUnit` of a unit's rows. */
function firstRowOf(block: Block, u: number): number {
  const { byUnit, unit } = block;
  let a = 0;
  let b = byUnit.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (unit[byUnit[mid]!]! < u) a = mid + 1;
    else b = mid;
  }
  return a;
}

function endRowOf(block: Block, u: number, first: number): number {
  let end = first;
  while (end < block.byUnit.length && block.unit[block.byUnit[end]!] === u) end++;
  return end;
}

// ---------------------------------------------------------------------------
// Per database: the index kept current with the data

/**
 * The index of one database, brought up to date when the app's revision
 * moves: a fingerprint query says whether anything a standing depends on
 * changed; if so the changed blocks are read again — awaited when the change
 * is small (an import of a file or two), else in the background while the
 * reference answers.
 */
export type StandingsIndexer = Readonly<{
  /** The index, current for `revision`; null while it is being built (ask the reference meanwhile). */
  forRevision(revision: number): Promise<StandingsIndex | null>;
  /** The index current for `revision`, waiting for any build. */
  whenReady(revision: number): Promise<StandingsIndex>;
  /** What the last refresh that changed the index did (the bench). */
  lastBuild(): Readonly<BuildStats & { ms: number }> | null;
}>;

/** A change of at most this share of the indicators is awaited; a larger one runs while the reference answers. */
const AWAIT_SHARE = 0.2;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createStandingsIndexer(
  db: Db,
  options: { yieldBetween?: () => Promise<void> } = {},
): StandingsIndexer {
  let index: StandingsIndex | null = null;
  let currentFor: number | null = null;
  let building: Promise<StandingsIndex> | null = null;
  let buildingFor: number | null = null;
  let last: (BuildStats & { ms: number }) | null = null;
  const checks = new Map<number, Promise<StandingsIndex | null>>();

  const build = (revision: number): Promise<StandingsIndex> => {
    if (building && buildingFor === revision) return building;
    const before = building ?? Promise.resolve(index);
    buildingFor = revision;
    const run: Promise<StandingsIndex> = before
      .catch(() => index)
      .then(async () => {
        const stats: BuildStats = { blocksRead: 0, rowsRead: 0, passes: 0, regrouped: false };
        const t = now();
        mark('oj-standings:build-start');
        const next = await refreshStandingsIndex(db, index, {
          stats,
          yieldBetween: options.yieldBetween ?? pause,
        });
        if (next !== index) last = { ...stats, ms: now() - t };
        index = next;
        currentFor = revision;
        mark('oj-standings:index-ready');
        return next;
      })
      .finally(() => {
        if (building === run) {
          building = null;
          buildingFor = null;
        }
      });
    building = run;
    return run;
  };

  const check = async (revision: number): Promise<StandingsIndex | null> => {
    if (currentFor === revision && index && !building) return index;
    if (!index) {
      void build(revision).catch(() => undefined);
      return null;
    }
    const fingerprint = await standingsFingerprint(db);
    if (sameFingerprint(fingerprint, index.fingerprint) && !building) {
      currentFor = revision;
      return index;
    }
    const pending = build(revision);
    const before = Math.max(1, index.fingerprint.indicators);
    if (Math.abs(fingerprint.indicators - before) / before <= AWAIT_SHARE)
      return pending.catch(() => null);
    void pending.catch(() => undefined);
    return null;
  };

  return {
    forRevision(revision) {
      if (currentFor === revision && index && !building) return Promise.resolve(index);
      let pending = checks.get(revision);
      if (!pending) {
        pending = check(revision).finally(() => checks.delete(revision));
        checks.set(revision, pending);
      }
      return pending;
    },
    async whenReady(revision) {
      if (currentFor === revision && index && !building) return index;
      return build(revision);
    },
    lastBuild: () => last,
  };
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(name);
}
