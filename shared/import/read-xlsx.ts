import { unzipSync } from 'fflate';
import { read, utils, type CellObject, type WorkBook, type WorkSheet } from 'xlsx';
import { ImportError } from './import-error';
import { IMPORT_LIMITS } from './import-limits';
import type { FillColor } from './fill-class';
import { isPercentFormat } from './number-format';
import type { GridCell, RawValue, SheetGrid, WorkbookGrid } from './sheet-grid';
import { readFastWorkbook } from './xlsx-fast/read-fast';
import type { Merge, ScannedSheet } from './xlsx-fast/sheet-xml';
import { Decline } from './xlsx-fast/xml-text';
import { restoredParts } from './zip-precheck';

type StyledCell = CellObject & { s?: { patternType?: string; fgColor?: FillColor } };

/** Which reader produced a workbook: our own streaming scanner, or SheetJS (everything the scanner declines). */
export type XlsxPath = 'fast' | 'sheetjs';
export type XlsxRead = WorkbookGrid &
  Readonly<{
    path: XlsxPath;
    /** Why the fast path declined (SheetJS path only). */ declined?: string;
  }>;

/** Workbooks read per path since the process started (the bench prints the share). */
export const xlsxPathCounts: Record<XlsxPath, number> = { fast: 0, sheetjs: 0 };

let fastPathOn = true;
/** Turn the fast path off (every workbook through SheetJS) — for the bench's before/after in one run. */
export function useFastXlsxPath(on: boolean): void {
  fastPathOn = on;
}

/** Sheet names in files are sometimes escaped (`_x0009_` for a tab): show them as Excel does. */
function unescapeSheetName(name: string): string {
  return name
    .replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .trim();
}

function rawValue(cell: CellObject | undefined): RawValue {
  if (!cell || cell.v === undefined || cell.t === 'z') return null;
  if (cell.t === 'e') return null;
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return cell.v as RawValue;
}

/** Every stored cell of a grid (also outside its used range), for the identity test of the two paths. */
const storedCells = new WeakMap<SheetGrid, () => Iterable<readonly [number, number]>>();
export function gridCellPositions(grid: SheetGrid): Iterable<readonly [number, number]> {
  return storedCells.get(grid)?.() ?? [];
}

function* positions(
  rows: readonly (readonly unknown[] | undefined)[],
): Generator<readonly [number, number]> {
  for (const r in rows) {
    const row = rows[Number(r)];
    if (row) for (const c in row) yield [Number(r), Number(c)];
  }
}

/** The size check and the grid both paths share: the same limit, the same message naming the sheet. */
function sheetGrid(
  name: string,
  rowCount: number,
  colCount: number,
  cell: (row: number, col: number) => GridCell | undefined,
  merges: readonly Merge[],
  rows: readonly (readonly unknown[] | undefined)[],
): SheetGrid {
  if (rowCount * colCount > IMPORT_LIMITS.maxCellsPerSheet) {
    throw new ImportError(
      'import.too_many_cells',
      `Bladet ${name} har fler än ${IMPORT_LIMITS.maxCellsPerSheet.toLocaleString('sv-SE')} celler och läses inte in.`,
      '',
      name,
    );
  }
  const grid: SheetGrid = { name: unescapeSheetName(name), rowCount, colCount, cell, merges };
  storedCells.set(grid, () => positions(rows));
  return grid;
}

function toGrid(name: string, ws: WorkSheet): SheetGrid {
  const data = (ws['!data'] ?? []) as (StyledCell[] | undefined)[];
  // Size from the used range, never by walking the rows: a damaged cell
  // reference can make the (sparse) row array hundreds of millions long.
  const range = ws['!ref'] ? utils.decode_range(ws['!ref']) : null;
  const rowCount = range ? range.e.r + 1 : 0;
  const colCount = range ? range.e.c + 1 : 0;
  const cache = new Map<number, GridCell>();
  const cell = (row: number, col: number): GridCell | undefined => {
    const key = row * 16384 + col;
    const hit = cache.get(key);
    if (hit) return hit;
    const source = data[row]?.[col];
    if (!source) return undefined;
    const style = source.s;
    const fill =
      style && style.patternType && style.patternType !== 'none' && style.fgColor
        ? style.fgColor
        : null;
    const v = rawValue(source);
    // cellStyles turns on SheetJS's cellNF: z is the cell's number format.
    const made: GridCell =
      typeof v === 'number' && typeof source.z === 'string' && isPercentFormat(source.z)
        ? { v, fill, percent: true }
        : { v, fill };
    cache.set(key, made);
    return made;
  };
  const merges = (ws['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c }));
  return sheetGrid(name, rowCount, colCount, cell, merges, data);
}

function fastGrid(name: string, sheet: ScannedSheet): SheetGrid {
  const rows = sheet.rows;
  return sheetGrid(
    name,
    sheet.rowCount,
    sheet.colCount,
    (row, col) => rows[row]?.[col],
    sheet.merges,
    rows,
  );
}

/** The theme's colours in the order fills index them, from SheetJS's colour scheme (either path). */
function themeColours(scheme: readonly { rgb?: string }[] | undefined | null): string[] | null {
  if (!Array.isArray(scheme) || scheme.length < 10) return null;
  // clrScheme is dk1, lt1, dk2, lt2, accents…; fills index lt1, dk1, lt2, dk2, accents…
  const rgb = scheme.map((c) => (c.rgb ?? '').toUpperCase());
  return [rgb[1]!, rgb[0]!, rgb[3]!, rgb[2]!, ...rgb.slice(4)];
}

function checkSheetCount(fileName: string, count: number): void {
  if (count > IMPORT_LIMITS.maxSheets)
    throw new ImportError(
      'import.too_many_sheets',
      `Filen ${fileName} har ${count} blad; högst ${IMPORT_LIMITS.maxSheets} läses.`,
      fileName,
    );
}

function grids(
  fileName: string,
  names: readonly string[],
  grid: (name: string, index: number) => SheetGrid | null,
): SheetGrid[] {
  const sheets: SheetGrid[] = [];
  names.forEach((name, index) => {
    try {
      const made = grid(name, index);
      if (made) sheets.push(made);
    } catch (error) {
      if (error instanceof ImportError)
        throw new ImportError(
          'import.too_many_cells',
          error.message.replace('Bladet', `Filen ${fileName}: bladet`),
          fileName,
          name,
        );
      throw error;
    }
  });
  return sheets;
}

/** xlsx bytes → grids, through SheetJS (reads all the real Socialstyrelsen files; exceljs does not). */
export function readXlsxWithSheetjs(
  fileName: string,
  bytes: Uint8Array,
  declined?: string,
): XlsxRead {
  let wb: WorkBook;
  try {
    wb = read(bytes, {
      type: 'array',
      dense: true,
      cellStyles: true,
      cellFormula: false,
      cellHTML: false,
      cellDates: false,
    });
  } catch (error) {
    throw new ImportError(
      'import.not_a_workbook',
      `Filen ${fileName} kunde inte läsas som Excel-arbetsbok (${error instanceof Error ? error.message : String(error)}).`,
      fileName,
    );
  }
  checkSheetCount(fileName, wb.SheetNames.length);
  const sheets = grids(fileName, wb.SheetNames, (name) => {
    const ws = wb.Sheets[name];
    return ws ? toGrid(name, ws) : null;
  });
  const scheme = (
    wb as unknown as { Themes?: { themeElements?: { clrScheme?: { rgb?: string }[] } } }
  ).Themes?.themeElements?.clrScheme;
  return {
    sheets,
    theme: themeColours(scheme),
    path: 'sheetjs',
    ...(declined === undefined ? {} : { declined }),
  };
}

/**
 * xlsx bytes → grids through the fast path only, or why it declined. Same
 * grids as SheetJS (the identity test holds it to that), same limits.
 */
export function readXlsxFast(
  fileName: string,
  bytes: Uint8Array,
): XlsxRead | Readonly<{ declined: string }> {
  let workbook;
  try {
    workbook = readFastWorkbook(restoredParts(bytes) ?? unzipSync(bytes));
  } catch (error) {
    // A reader bug must never cost the user the file: SheetJS reads it instead.
    return {
      declined:
        error instanceof Decline
          ? error.reason
          : `fel: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  checkSheetCount(fileName, workbook.sheetNames.length);
  const sheets = grids(fileName, workbook.sheetNames, (name, index) =>
    fastGrid(name, workbook.sheets[index]!),
  );
  return { sheets, theme: themeColours(workbook.scheme), path: 'fast' };
}

/** xlsx bytes → grids: the fast path, and SheetJS for whatever it declines. */
export function readXlsx(fileName: string, bytes: Uint8Array): XlsxRead {
  const fast = fastPathOn ? readXlsxFast(fileName, bytes) : { declined: 'avslagen' };
  const result = 'path' in fast ? fast : readXlsxWithSheetjs(fileName, bytes, fast.declined);
  xlsxPathCounts[result.path] += 1;
  return result;
}
