import { matchUnit, type UnitMatch } from '../../reference/unit-names';
import { isYearLike } from '../publication-info';
import { value, type SheetGrid } from '../sheet-grid';

export type UnitColumn = Readonly<{
  col: number;
  preferLan: boolean;
  /** Row index → the unit on that row. */
  rows: ReadonlyMap<number, UnitMatch>;
}>;

const SCAN_COLUMNS = 8;
const MIN_MATCHES = 3;

function matchColumn(sheet: SheetGrid, col: number, preferLan: boolean): Map<number, UnitMatch> {
  const rows = new Map<number, UnitMatch>();
  const numericRows = new Map<number, UnitMatch>();
  let numbers = 0;
  let years = 0;
  let filled = 0;
  for (let r = 0; r < sheet.rowCount; r++) {
    const v = value(sheet, r, col);
    if (v === null || typeof v === 'boolean' || String(v).trim() === '') continue;
    filled += 1;
    if (isYearLike(v) !== null) years += 1;
    if (typeof v === 'number') numbers += 1;
    const m = matchUnit(v, { preferLan });
    if (!m) continue;
    if (typeof v === 'number') numericRows.set(r, m);
    else rows.set(r, m);
  }
  // A column of years (1980, 2021 …) is not a column of kommun codes (Västerås, Vansbro).
  if (years >= 0.5 * filled) {
    for (const [r, m] of rows) if (m.by === 'code' && isYearLike(value(sheet, r, col)) !== null) rows.delete(r);
    return rows;
  }
  // Numbers count as kommun codes only in a column that is (almost) all codes, never in a data column.
  if (numbers > 0 && numericRows.size >= 0.8 * numbers) for (const [r, m] of numericRows) rows.set(r, m);
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

/**
 * The column that says who each row is about: the one, among the first
 * columns, whose cells match the most units (codes first, then names).
 * Tables about län write "Uppsala" for Uppsala län: when a column matches
 * most of the 21 län and few kommuner, names are read as län.
 */
export function findUnitColumn(sheet: SheetGrid): UnitColumn | null {
  let best: UnitColumn | null = null;
  const candidates: UnitColumn[] = [];
  for (let col = 0; col < Math.min(SCAN_COLUMNS, sheet.colCount); col++) {
    const asKommun = matchColumn(sheet, col, false);
    if (asKommun.size < MIN_MATCHES) continue;
    const kommuner = new Set([...asKommun.values()].filter((m) => m.level === 'kommun').map((m) => m.unitCode));
    const asLan = matchColumn(sheet, col, true);
    const lan = new Set([...asLan.values()].filter((m) => m.level === 'lan' || m.level === 'region').map((m) => m.unitCode));
    const preferLan = lan.size >= 15 && kommuner.size < 40;
    const rows = preferLan ? asLan : asKommun;
    if (rows.size < MIN_MATCHES || !isDense(sheet, col, rows)) continue;
    candidates.push({ col, preferLan, rows });
    // Codes are a stronger signal than names: a code column wins ties against the name column beside it.
    const score = rows.size + [...rows.values()].filter((m) => m.by === 'code').length * 0.01;
    const bestScore = best ? best.rows.size + [...best.rows.values()].filter((m) => m.by === 'code').length * 0.01 : -1;
    if (score > bestScore) best = { col, preferLan, rows };
  }
  if (!best) return null;
  // A code column and a name column side by side: rows the code column leaves
  // empty (Riket, group rows) are named in the other one.
  const merged = new Map(best.rows);
  for (const other of candidates) {
    if (other.col === best.col || Math.abs(other.col - best.col) > 2) continue;
    for (const [row, match] of other.rows) if (!merged.has(row) && match.level !== 'kommun') merged.set(row, match);
  }
  return { ...best, rows: merged };
}
