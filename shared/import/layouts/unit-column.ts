import { matchUnit, type UnitMatch } from '../../reference/unit-names';
import { isYearLike } from '../publication-info';
import { textAt, value, type SheetGrid } from '../sheet-grid';
import { cellAddress } from '../../util/cell-address';
import { looksLikeValue } from '../cell-value';
import type { ReasonWords } from '../../i18n/import-reason-text';

export type UnitColumn = Readonly<{
  col: number;
  preferLan: boolean;
  /** Row index → the unit on that row. */
  rows: ReadonlyMap<number, UnitMatch>;
  /**
   * Every column that names units (the chosen one, a name column beside a code
   * column, a län column): context, never an indicator or a dimension.
   */
  identityCols: readonly number[];
  /** Two columns naming different kommuner on the same rows: the reading is ambiguous. */
  conflict: UnitConflict | null;
  /** Why this column: "kolumn C: 290 kommuner (koder)". */
  evidence: string;
  /** `evidence` for any language (reasonText). */
  evidenceWords: ReasonWords;
  /** The first column of a table beside this one (its unit column), or the sheet's width. */
  tableEnd: number;
}>;

export type UnitConflict = Readonly<{
  col: number;
  otherCol: number;
  cells: readonly string[];
  rows: number;
}>;

const SCAN_COLUMNS = 8;
const BARE_CODE = /^\d{2}$|^\d{4}$/;
/** A decimal number written as text ("10,6", "-0.5"): never a code. */
const DECIMAL_TEXT = /^-?\d+[,.]\d+$/;
const MIN_MATCHES = 3;

/** Most specific level first: rows are keyed by kommun over län over riket. */
const LEVEL_RANK: Readonly<Record<string, number>> = {
  enhet: 4,
  kommun: 3,
  stadsdel: 3,
  lan: 2,
  region: 2,
  riket: 1,
  grupp: 1,
};

export type Candidate = {
  col: number;
  preferLan: boolean;
  rows: Map<number, UnitMatch>;
  /** Distinct units at the column's own level. */
  distinct: number;
  rank: number;
  byCode: number;
};

export type RowRange = Readonly<{ first: number; last: number }>;

function matchColumn(
  sheet: SheetGrid,
  col: number,
  preferLan: boolean,
  range: RowRange,
): Map<number, UnitMatch> {
  const rows = new Map<number, UnitMatch>();
  const numericRows = new Map<number, UnitMatch>();
  let numbers = 0;
  let years = 0;
  let filled = 0;
  let bareCodes = 0;
  let bareMisses = 0;
  for (let r = range.first; r <= range.last; r++) {
    const v = value(sheet, r, col);
    if (v === null || typeof v === 'boolean' || String(v).trim() === '') continue;
    filled += 1;
    if (isYearLike(v) !== null) years += 1;
    if (typeof v === 'number') numbers += 1;
    const bare = typeof v === 'string' && BARE_CODE.test(v.trim());
    const m = matchUnit(v, { preferLan });
    if (bare) {
      bareCodes += 1;
      if (!m) bareMisses += 1;
    } else if (typeof v === 'string' && DECIMAL_TEXT.test(v.trim())) {
      // "10,6" beside "20": a column of decimals written as text, whose whole numbers are values too.
      bareCodes += 1;
      bareMisses += 1;
    }
    if (!m) continue;
    if (typeof v === 'number') numericRows.set(r, m);
    else rows.set(r, m);
  }
  // Counts written as text ("47", "13", "20") are no codes, even where some of them are a län's code.
  if (bareMisses > 0 && bareMisses >= 0.1 * bareCodes)
    for (const [r, m] of rows)
      if (m.by === 'code' && BARE_CODE.test(String(value(sheet, r, col)).trim())) rows.delete(r);
  // A column of years (1980, 2021 …) is not a column of kommun codes (Västerås, Vansbro).
  if (years >= 0.5 * filled) {
    for (const [r, m] of rows)
      if (m.by === 'code' && isYearLike(value(sheet, r, col)) !== null) rows.delete(r);
    return rows;
  }
  // Codes stored as numbers lose their zero: beside kommun codes (188, 181), 1 and 3 are län 01 and 03.
  const lanNumbers = new Map<number, UnitMatch>();
  if (numericRows.size >= 3 && numericRows.size >= 0.5 * numbers)
    for (let r = range.first; r <= range.last; r++) {
      const v = value(sheet, r, col);
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 25) continue;
      const m = matchUnit(String(v).padStart(2, '0'));
      if (m && m.level === 'lan') lanNumbers.set(r, m);
    }
  // Numbers count as codes only in a column that is (almost) all codes, never in a data column.
  if (numbers > 0 && numericRows.size + lanNumbers.size >= 0.8 * numbers)
    for (const [r, m] of [...numericRows, ...lanNumbers]) rows.set(r, m);
  return rows;
}

/** Most labelled rows between the first and last match must be units: a few stray matches make no table. */
function isDense(sheet: SheetGrid, col: number, rows: ReadonlyMap<number, UnitMatch>): boolean {
  const keys = [...rows.keys()];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  let labelled = 0;
  for (let r = first; r <= last; r++) {
    const v = value(sheet, r, col);
    if (v !== null && String(v).trim() !== '') labelled += 1;
  }
  return rows.size >= 0.5 * labelled;
}

/** Candidates are asked for again by region, by table and by block: remember them per sheet. */
const candidateMemo = new WeakMap<SheetGrid, Map<string, Candidate | null>>();

export function candidate(sheet: SheetGrid, col: number, range: RowRange): Candidate | null {
  let memo = candidateMemo.get(sheet);
  if (!memo) candidateMemo.set(sheet, (memo = new Map()));
  const key = `${col}|${range.first}|${range.last}`;
  if (memo.has(key)) return memo.get(key)!;
  const found = computeCandidate(sheet, col, range);
  memo.set(key, found);
  return found;
}

/** Most columns are values: numbers that cannot be codes (decimals, out of range) name no unit. */
function cannotNameUnits(sheet: SheetGrid, col: number, range: RowRange): boolean {
  for (let r = range.first; r <= range.last; r++) {
    const v = value(sheet, r, col);
    if (v === null || typeof v === 'boolean') continue;
    if (typeof v === 'string') {
      if (v.trim() !== '' && !looksLikeValue(v)) return false;
      if (BARE_CODE.test(v.trim())) return false;
    } else if (Number.isInteger(v) && v >= 100 && v <= 2599) return false;
  }
  return true;
}

function computeCandidate(sheet: SheetGrid, col: number, range: RowRange): Candidate | null {
  if (cannotNameUnits(sheet, col, range)) return null;
  const asKommun = matchColumn(sheet, col, false, range);
  if (asKommun.size < MIN_MATCHES) return null;
  const asLan = matchColumn(sheet, col, true, range);
  const lan = new Set(
    [...asLan.values()]
      .filter((m) => m.level === 'lan' || m.level === 'region')
      .map((m) => m.unitCode),
  );
  // Kommuner whose name is no län name ("Ale", "Sollentuna"): with a few of them the column is about kommuner.
  const lanOnRow = new Map([...asLan].filter(([, m]) => m.level === 'lan' || m.level === 'region'));
  const onlyKommun = new Set(
    [...asKommun]
      .filter(([r, m]) => m.level === 'kommun' && !lanOnRow.has(r))
      .map(([, m]) => m.unitCode),
  );
  // Tables about län write "Uppsala" for Uppsala län: a column naming most of the 21 län and no kommun of its own is read as län.
  const preferLan = lan.size >= 15 && onlyKommun.size < MIN_MATCHES;
  const rows = preferLan ? asLan : asKommun;
  if (rows.size < MIN_MATCHES || !isDense(sheet, col, rows)) return null;
  const byLevel = new Map<number, Set<string>>();
  for (const m of rows.values()) {
    const rank = LEVEL_RANK[m.level] ?? 0;
    if (!byLevel.has(rank)) byLevel.set(rank, new Set());
    byLevel.get(rank)!.add(m.unitCode);
  }
  // The column's level: the most specific level it names at least three distinct units of.
  const rank = Math.max(
    0,
    ...[...byLevel].filter(([, s]) => s.size >= MIN_MATCHES).map(([r]) => r),
  );
  const distinct = byLevel.get(rank)?.size ?? 0;
  const byCode = [...rows.values()].filter((m) => m.by === 'code').length;
  return { col, preferLan, rows, distinct, rank, byCode };
}

/**
 * Tables of enheter often name the kommun only on its first row: a row whose
 * identity cells are all empty but which has a label and values belongs to
 * the kommun above it.
 */
function fillDown(
  sheet: SheetGrid,
  rows: Map<number, UnitMatch>,
  identity: readonly Candidate[],
  rank: number,
  range: RowRange,
  labelEnd: number,
  tableEnd: number,
): void {
  const identityCols = new Set(identity.map((c) => c.col));
  const first = Math.min(...rows.keys());
  const last = Math.max(...rows.keys());
  let current: UnitMatch | null = null;
  for (let r = first; r <= Math.min(range.last, last + 200); r++) {
    const known = rows.get(r);
    if (known) {
      current = known.level === 'kommun' ? known : null;
      continue;
    }
    if (!current) continue;
    // The kommun's own columns are empty; a coarser column (its län, repeated on every row) may agree with it.
    const kommun: UnitMatch = current;
    const disagrees = identity.some((c) => {
      if (textAt(sheet, r, c.col) === null) return false;
      if (c.rank >= rank) return true;
      const m = c.rows.get(r);
      return (
        !m ||
        !((m.level === 'lan' || m.level === 'region') && kommun.unitCode.startsWith(m.unitCode))
      );
    });
    if (disagrees) {
      current = null;
      continue;
    }
    let label = false;
    let values = 0;
    for (let c = 0; c < tableEnd; c++) {
      const v = value(sheet, r, c);
      if (v === null || String(v).trim() === '') continue;
      if (c < labelEnd && !identityCols.has(c) && !looksLikeValue(v)) label = true;
      else if (c >= labelEnd && looksLikeValue(v)) values += 1;
    }
    if (label && values > 0) rows.set(r, current);
    else if (!label && values === 0) current = null; // a blank row ends the kommun's rows
  }
}

/**
 * Where the first table's values start (the first column, right of its
 * leftmost unit column, with values on half its rows) and where a table beside
 * it starts (the next unit column after that). Columns beyond the scanned ones
 * are asked on demand.
 */
function firstTableExtent(
  sheet: SheetGrid,
  candidates: readonly Candidate[],
  range: RowRange,
  skipCol?: number,
): { firstValueCol: number; tableEnd: number } {
  let firstValueCol = Number.POSITIVE_INFINITY;
  let tableEnd = sheet.colCount;
  const leftmost =
    candidates.length > 0 ? candidates.reduce((a, b) => (a.col <= b.col ? a : b)) : null;
  if (!leftmost) return { firstValueCol, tableEnd };
  // The rows of the first table: those of its fullest unit column (a län column may name only its heading rows).
  let groupEnd = leftmost.col;
  while (candidates.some((c) => c.col === groupEnd + 1)) groupEnd += 1;
  const anchor = candidates
    .filter((c) => c.col <= groupEnd)
    .reduce((a, b) => (b.rows.size > a.rows.size ? b : a));
  const rows = [...anchor.rows.keys()];
  for (let col = leftmost.col + 1; col < sheet.colCount; col++) {
    if (col === skipCol) continue;
    const known = candidates.some((c) => c.col === col);
    if (firstValueCol === Number.POSITIVE_INFINITY) {
      if (
        !known &&
        rows.filter((r) => looksLikeValue(value(sheet, r, col))).length >= 0.5 * rows.length
      )
        firstValueCol = col;
    } else if (known || candidate(sheet, col, range) !== null) {
      tableEnd = col;
      break;
    }
  }
  return { firstValueCol, tableEnd };
}

/** Better evidence first: the more specific level, then more distinct units, then codes over names, then the leftmost. */
function compare(a: Candidate, b: Candidate): number {
  return b.rank - a.rank || b.distinct - a.distinct || b.byCode - a.byCode || a.col - b.col;
}

const LEVEL_WORDS: Readonly<Record<number, string>> = {
  3: 'kommuner',
  2: 'län',
  1: 'riket/grupper',
};
const LEVEL_CODES: Readonly<Record<number, string>> = { 3: 'kommun', 2: 'lan', 1: 'riket' };

/**
 * The column that says who each row is about, chosen by evidence rather than
 * position: every column among the first ones is scored by how many distinct
 * units it names and at which level, and rows are keyed by the most specific
 * level (a kommun column beats a län column beside it, codes beat names).
 * The other unit columns are context. A forced column (the user's mapping)
 * is taken as it is.
 */
export function findUnitColumn(
  sheet: SheetGrid,
  options: Readonly<{ forcedCol?: number; fromCol?: number; rows?: RowRange }> = {},
): UnitColumn | null {
  const { forcedCol, fromCol = 0 } = options;
  const range = options.rows ?? { first: 0, last: sheet.rowCount - 1 };
  const candidates: Candidate[] = [];
  const scan = Math.min(fromCol + SCAN_COLUMNS, sheet.colCount);
  for (
    let col = fromCol;
    col < Math.max(scan, forcedCol === undefined ? 0 : forcedCol + 1);
    col++
  ) {
    const c = candidate(sheet, col, range);
    if (c) candidates.push(c);
  }
  // Tables side by side: only the unit columns before the first value column belong to the first table.
  const { firstValueCol, tableEnd: nextTable } = firstTableExtent(
    sheet,
    candidates,
    range,
    forcedCol,
  );
  const own = candidates.filter((c) => c.col < firstValueCol || c.col === forcedCol);
  const sorted = [...own].sort(compare);
  const best = forcedCol === undefined ? sorted[0] : candidates.find((c) => c.col === forcedCol);
  if (!best) return null;

  // This table's columns: labels before its first value column, values up to the next table's unit column.
  const labelEnd = Number.isFinite(firstValueCol) ? firstValueCol : sheet.colCount;

  // A code column and a name column side by side: rows the chosen column leaves
  // empty are named in the other one — kommuner first, then enheter below their
  // kommun, then aggregates (Riket, län heading rows, group rows).
  const merged = new Map(best.rows);
  const near = own.filter((c) => c.col !== best.col && Math.abs(c.col - best.col) <= 3);
  const emptyAt = (row: number, col: number) => textAt(sheet, row, col) === null;
  for (const other of near)
    for (const [row, match] of other.rows)
      if (
        !merged.has(row) &&
        emptyAt(row, best.col) &&
        (match.level === 'kommun' || match.level === 'stadsdel')
      )
        merged.set(row, match);
  fillDown(sheet, merged, own, best.rank, range, labelEnd, nextTable);
  for (const other of own) {
    if (other.col === best.col) continue;
    const isNear = Math.abs(other.col - best.col) <= 3;
    for (const [row, match] of other.rows)
      if (
        !merged.has(row) &&
        match.level !== 'kommun' &&
        match.level !== 'stadsdel' &&
        (emptyAt(row, best.col) || isNear)
      )
        merged.set(row, match);
  }

  // Another column naming *different* kommuner on the same rows: which one do the values belong to?
  let conflict: UnitConflict | null = null;
  // The user chose the column: the question is answered.
  if (best.rank === 3 && forcedCol === undefined) {
    for (const other of near) {
      if (other.rank !== 3) continue;
      // Values between the two columns: a second table beside the first, not a second opinion on the same rows.
      const [lo, hi] = [Math.min(best.col, other.col), Math.max(best.col, other.col)];
      let valuesBetween = false;
      for (let c = lo + 1; c < hi && !valuesBetween; c++) {
        let values = 0;
        for (const row of best.rows.keys()) if (looksLikeValue(value(sheet, row, c))) values += 1;
        valuesBetween = values >= 0.5 * best.rows.size;
      }
      if (valuesBetween) continue;
      const cells: string[] = [];
      let rows = 0;
      for (const [row, m] of other.rows) {
        const mine = best.rows.get(row);
        if (
          mine &&
          mine.level === 'kommun' &&
          m.level === 'kommun' &&
          mine.unitCode !== m.unitCode
        ) {
          rows += 1;
          if (cells.length < 3) cells.push(cellAddress(row, best.col), cellAddress(row, other.col));
        }
      }
      if (rows >= MIN_MATCHES) {
        conflict = { col: best.col, otherCol: other.col, cells, rows };
        break;
      }
    }
  }

  const letter = cellAddress(0, best.col).replace(/\d+/, '');
  const how = best.byCode >= best.rows.size / 2 ? 'koder' : 'namn';
  return {
    col: best.col,
    preferLan: best.preferLan,
    rows: merged,
    identityCols: own.map((c) => c.col),
    conflict,
    tableEnd: nextTable,
    evidence: `kolumn ${letter}: ${best.distinct} ${LEVEL_WORDS[best.rank] ?? 'enheter'} (${how})${forcedCol === undefined ? '' : ', vald av användaren'}`,
    evidenceWords: {
      code: 'unitColumn',
      params: {
        col: letter,
        count: best.distinct,
        level: LEVEL_CODES[best.rank] ?? 'other',
        how: how === 'koder' ? 'codes' : 'names',
        byUser: forcedCol === undefined ? 0 : 1,
      },
    },
  };
}

/**
 * The texts (labels, headings) in columns [from, to) of a row that holds no
 * value; -1 when the row holds a value. A header row has one or more, a
 * block title ("Män" between per-kön tables) exactly one.
 */
export function labelsWithoutValues(
  sheet: SheetGrid,
  row: number,
  from: number,
  to: number,
): number {
  let texts = 0;
  for (let c = from; c < to; c++) {
    const v = value(sheet, row, c);
    if (v === null || String(v).trim() === '') continue;
    if (looksLikeValue(v)) return -1;
    texts += 1;
  }
  return texts;
}

/** A row with text right of `col` and no value: a header row (or a table title) between two tables. */
export function isHeaderRow(
  sheet: SheetGrid,
  row: number,
  col: number,
  endCol = sheet.colCount,
): boolean {
  return labelsWithoutValues(sheet, row, col + 1, endCol) >= 1;
}

/**
 * Tables stacked on one sheet may name their units in different columns
 * (a table of kommuner by code, then one of län by name): the sheet is cut
 * into row regions, one per table, each searched for its own unit column.
 */
export function tableRegions(sheet: SheetGrid, fromCol = 0): RowRange[] {
  const whole = { first: 0, last: sheet.rowCount - 1 };
  const candidates: Candidate[] = [];
  for (let col = fromCol; col < Math.min(fromCol + SCAN_COLUMNS, sheet.colCount); col++) {
    const c = candidate(sheet, col, whole);
    if (c) candidates.push(c);
  }
  if (candidates.length === 0) return [whole];
  const leftmost = Math.min(...candidates.map((c) => c.col));
  // Only the first table's columns decide: a table beside it has its own headings and län rows.
  const { tableEnd } = firstTableExtent(sheet, candidates, whole);
  const mine = candidates.filter((c) => c.col < tableEnd);
  const unitRows = [...new Set(mine.flatMap((c) => [...c.rows.keys()]))].sort((a, b) => a - b);
  const regions: RowRange[] = [];
  let start = 0;
  for (let i = 1; i < unitRows.length; i++) {
    const previous = unitRows[i - 1]!;
    const row = unitRows[i]!;
    // Only a header row starts another table: gaps are blank separators or enheter without a kommun of their own.
    let header = -1;
    for (let r = previous + 1; header < 0 && r < row; r++)
      if (isHeaderRow(sheet, r, leftmost, tableEnd)) header = r;
    if (header >= 0) {
      // Notes right below stay with this table; after a blank row only a row of values that
      // names a unit does (a Riket row set apart below the kommuner) — not the next table's title.
      let end = previous;
      let blank = false;
      for (let r = previous + 1; r < header; r++) {
        if (rowIsEmpty(sheet, r)) blank = true;
        else if (!blank || namesUnitWithValues(sheet, r)) end = r;
        else break;
      }
      regions.push({ first: start, last: end });
      start = end + 1;
    }
  }
  regions.push({ first: start, last: sheet.rowCount - 1 });
  return regions;
}

/** A row holding values and a text that names a unit (in any column: the name column may lie beyond the code columns). */
function namesUnitWithValues(sheet: SheetGrid, row: number): boolean {
  if (labelsWithoutValues(sheet, row, 0, sheet.colCount) !== -1) return false;
  for (let c = 0; c < sheet.colCount; c++) {
    const t = textAt(sheet, row, c);
    if (t && !looksLikeValue(t) && matchUnit(t)) return true;
  }
  return false;
}

function rowIsEmpty(sheet: SheetGrid, row: number): boolean {
  for (let c = 0; c < sheet.colCount; c++) if (textAt(sheet, row, c) !== null) return false;
  return true;
}
