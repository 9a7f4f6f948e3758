import type { ColumnRole, SheetPreview } from '../import-report';
import { value, type SheetGrid } from '../sheet-grid';
import { sheetSignature } from '../sheet-mapping';
import type { ReasonWords } from '../../i18n/import-reason-text';

/** Enough rows to see the headers and the first units; enough columns to see a question group or two. */
export const PREVIEW_ROWS = 14;
export const PREVIEW_COLUMNS = 24;
const MAX_TEXT = 80;

export type PreviewInput = Readonly<{
  fromCol: number;
  toCol: number;
  firstDataRow: number;
  unitCol: number | null;
  unitEvidence: string | null;
  unitEvidenceWords?: ReasonWords | null;
  headerRows: readonly number[];
  roles: ReadonlyMap<number, ColumnRole>;
  auxOf: ReadonlyMap<number, number>;
  headerTexts: readonly string[];
}>;

function display(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const text = typeof v === 'number' ? String(v) : String(v).trim();
  if (text === '') return null;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * The first rows of a sheet as the import card shows them, with how each
 * column was read. Rows and columns are the sheet's own (0-based), so the
 * card can name cells; `rows[0]` is sheet row `firstRow` (rows well above the headers are left out).
 */
export function sheetPreview(sheet: SheetGrid, input: PreviewInput): SheetPreview {
  const top = Math.max(0, Math.min(input.firstDataRow - 8, ...input.headerRows));
  const bottom = Math.min(
    sheet.rowCount - 1,
    Math.max(input.firstDataRow + 5, top + PREVIEW_ROWS - 1),
  );
  const lastCol = Math.min(input.toCol, sheet.colCount - 1, input.fromCol + PREVIEW_COLUMNS - 1);
  const rows: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: (string | null)[] = [];
    for (let c = 0; c <= lastCol; c++)
      row.push(c < input.fromCol ? null : display(value(sheet, r, c)));
    rows.push(row);
  }
  return {
    sheet: sheet.name,
    firstRow: top,
    rows,
    headerRows: [...input.headerRows].sort((a, b) => a - b),
    columns: Object.fromEntries(input.roles),
    auxOf: Object.fromEntries(input.auxOf),
    unitCol: input.unitCol,
    unitEvidence: input.unitEvidence,
    ...(input.unitEvidenceWords ? { unitEvidenceWords: input.unitEvidenceWords } : {}),
    signature: sheetSignature(input.headerTexts),
    firstCol: input.fromCol,
  };
}
