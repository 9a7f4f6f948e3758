import type { FillColor } from './fill-class';

export type RawValue = string | number | boolean | null;
/** `percent`: a number shown with a per cent format ("0.0%": the cell holds 0.702, Excel shows 70.2 %). */
export type GridCell = Readonly<{ v: RawValue; fill: FillColor | null; percent?: true }>;

/** One sheet as a plain grid, independent of the parser that produced it. 0-based rows and columns. */
export type SheetGrid = Readonly<{
  name: string;
  rowCount: number;
  colCount: number;
  cell(row: number, col: number): GridCell | undefined;
  /** Merged ranges, e.g. a group heading spanning several indicator columns. */
  merges: readonly Readonly<{ r0: number; c0: number; r1: number; c1: number }>[];
}>;

export type WorkbookGrid = Readonly<{
  sheets: readonly SheetGrid[];
  theme: readonly string[] | null;
}>;

export const value = (sheet: SheetGrid, row: number, col: number): RawValue =>
  sheet.cell(row, col)?.v ?? null;

/**
 * The value as Excel shows it, for reading measures: a number in a per cent
 * format times 100 (0.702 in "0.0%" is 70.2), without binary noise.
 */
export function shownValue(sheet: SheetGrid, row: number, col: number): RawValue {
  const cell = sheet.cell(row, col);
  if (!cell) return null;
  return cell.percent && typeof cell.v === 'number' ? Math.round(cell.v * 100 * 1e9) / 1e9 : cell.v;
}

export function textAt(sheet: SheetGrid, row: number, col: number): string | null {
  const v = value(sheet, row, col);
  if (v === null) return null;
  const text = String(v).trim();
  return text === '' ? null : text;
}

/** The top-left cell's value when (row, col) lies inside a merged range. */
export function mergedValue(sheet: SheetGrid, row: number, col: number): RawValue {
  for (const m of sheet.merges) {
    if (row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1) return value(sheet, m.r0, m.c0);
  }
  return value(sheet, row, col);
}

/** The first text going up from the row above `row` to `top` (inclusive) in one column. */
export function textAbove(sheet: SheetGrid, col: number, row: number, top: number): string | null {
  for (let r = row - 1; r >= Math.max(0, top); r--) {
    const t = textAt(sheet, r, col);
    if (t) return t;
  }
  return null;
}
