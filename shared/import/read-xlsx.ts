import { read, utils, type CellObject, type WorkBook, type WorkSheet } from 'xlsx';
import { ImportError } from './import-error';
import { IMPORT_LIMITS } from './import-limits';
import type { FillColor } from './fill-class';
import type { GridCell, RawValue, SheetGrid, WorkbookGrid } from './sheet-grid';

type StyledCell = CellObject & { s?: { patternType?: string; fgColor?: FillColor } };

/** Sheet names in files are sometimes escaped (`_x0009_` for a tab): show them as Excel does. */
function unescapeSheetName(name: string): string {
  return name.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).trim();
}

function rawValue(cell: CellObject | undefined): RawValue {
  if (!cell || cell.v === undefined || cell.t === 'z') return null;
  if (cell.t === 'e') return null;
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  return cell.v as RawValue;
}

function toGrid(name: string, ws: WorkSheet): SheetGrid {
  const data = (ws['!data'] ?? []) as (StyledCell[] | undefined)[];
  // Size from the used range, never by walking the rows: a damaged cell
  // reference can make the (sparse) row array hundreds of millions long.
  const range = ws['!ref'] ? utils.decode_range(ws['!ref']) : null;
  const rowCount = range ? range.e.r + 1 : 0;
  const colCount = range ? range.e.c + 1 : 0;
  if (rowCount * colCount > IMPORT_LIMITS.maxCellsPerSheet) {
    throw new ImportError(`Bladet ${name} har fler än ${IMPORT_LIMITS.maxCellsPerSheet.toLocaleString('sv-SE')} celler och läses inte in.`, '', name);
  }
  const cache = new Map<number, GridCell>();
  return {
    name: unescapeSheetName(name),
    rowCount,
    colCount,
    cell(row, col) {
      const key = row * 16384 + col;
      const hit = cache.get(key);
      if (hit) return hit;
      const source = data[row]?.[col];
      if (!source) return undefined;
      const style = source.s;
      const fill = style && style.patternType && style.patternType !== 'none' && style.fgColor ? style.fgColor : null;
      const cell: GridCell = { v: rawValue(source), fill };
      cache.set(key, cell);
      return cell;
    },
    merges: (ws['!merges'] ?? []).map((m) => ({ r0: m.s.r, c0: m.s.c, r1: m.e.r, c1: m.e.c })),
  };
}

function themeColours(wb: WorkBook): string[] | null {
  const scheme = (wb as unknown as { Themes?: { themeElements?: { clrScheme?: { rgb?: string }[] } } }).Themes
    ?.themeElements?.clrScheme;
  if (!Array.isArray(scheme) || scheme.length < 10) return null;
  // clrScheme is dk1, lt1, dk2, lt2, accents…; fills index lt1, dk1, lt2, dk2, accents…
  const rgb = scheme.map((c) => (c.rgb ?? '').toUpperCase());
  return [rgb[1]!, rgb[0]!, rgb[3]!, rgb[2]!, ...rgb.slice(4)];
}

/** xlsx bytes → grids, through SheetJS (reads all the real Socialstyrelsen files; exceljs does not). */
export function readXlsx(fileName: string, bytes: Uint8Array): WorkbookGrid {
  let wb: WorkBook;
  try {
    wb = read(bytes, { type: 'array', dense: true, cellStyles: true, cellFormula: false, cellHTML: false, cellDates: false });
  } catch (error) {
    throw new ImportError(
      `Filen ${fileName} kunde inte läsas som Excel-arbetsbok (${error instanceof Error ? error.message : String(error)}).`,
      fileName,
    );
  }
  if (wb.SheetNames.length > IMPORT_LIMITS.maxSheets)
    throw new ImportError(`Filen ${fileName} har ${wb.SheetNames.length} blad; högst ${IMPORT_LIMITS.maxSheets} läses.`, fileName);
  const sheets: SheetGrid[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    try {
      sheets.push(toGrid(name, ws));
    } catch (error) {
      if (error instanceof ImportError) throw new ImportError(error.message.replace('Bladet', `Filen ${fileName}: bladet`), fileName, name);
      throw error;
    }
  }
  return { sheets, theme: themeColours(wb) };
}
