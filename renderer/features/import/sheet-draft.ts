import type { ColumnRole, SheetPreview } from '../../../shared/import/import-report';
import type { SheetMapping } from '../../../shared/import/sheet-mapping';
import type { Direction } from '../../../shared/model/indicators';
import { reasonText, type ReasonWords } from '../../../shared/i18n/import-reason-text';
import type { Lang } from '../../../shared/i18n/i18n';

/** The mapping preview's working copy of one sheet's reading. */
export type SheetDraft = Readonly<{
  sheet: string;
  unitCol: number | null;
  headerRows: readonly number[];
  columns: Readonly<Record<number, ColumnRole>>;
  directions: Readonly<Record<number, Direction>>;
}>;

/**
 * What the parser may tell of a preview beyond the first declared fields: the
 * sheet row of `rows[0]`, the first column of its table, the unit column and
 * why, and the layout's signature (the key of a saved template).
 */
type PreviewExtras = Partial<
  Readonly<{
    firstRow: number;
    firstCol: number;
    unitCol: number | null;
    unitEvidence: string | null;
    unitEvidenceWords: ReasonWords | null;
    signature: string;
  }>
>;
const extras = (preview: SheetPreview): PreviewExtras => preview as SheetPreview & PreviewExtras;

/** Sheet row (0-based) of the preview's first row: rows and columns are the sheet's own, so cells can be named. */
export const previewFirstRow = (preview: SheetPreview): number => extras(preview).firstRow ?? 0;
export const previewFirstCol = (preview: SheetPreview): number => extras(preview).firstCol ?? 0;
export const previewSignature = (preview: SheetPreview): string | null =>
  extras(preview).signature ?? null;
/** Why the unit column is the one it is, in `lang`; the stored Swedish text for previews made before codes. */
export function previewUnitEvidence(preview: SheetPreview, lang: Lang): string | null {
  const { unitEvidence, unitEvidenceWords } = extras(preview);
  return unitEvidence ? reasonText(unitEvidence, unitEvidenceWords, lang) : null;
}

function unitColOf(preview: SheetPreview): number | null {
  const stated = extras(preview).unitCol;
  if (stated !== undefined) return stated;
  const found = Object.entries(preview.columns).find(([, role]) => role === 'unit');
  return found ? Number(found[0]) : null;
}

/** How the parser read the sheet (the preview already shows an applied correction), with the user's directions. */
export function draftFromPreview(
  preview: SheetPreview,
  mapping: SheetMapping | undefined,
): SheetDraft {
  const unitCol = unitColOf(preview);
  return {
    sheet: preview.sheet,
    unitCol,
    headerRows: [...preview.headerRows],
    columns: unitCol === null ? { ...preview.columns } : { ...preview.columns, [unitCol]: 'unit' },
    directions: { ...(mapping?.directions ?? {}) },
  };
}

/** Column count of a preview (its widest row). */
export const previewWidth = (preview: SheetPreview): number =>
  preview.rows.reduce((w, r) => Math.max(w, r.length), 0);

/** Make `col` the unit column: the old one becomes context. */
export function withUnitCol(draft: SheetDraft, col: number | null): SheetDraft {
  const columns: Record<number, ColumnRole> = { ...draft.columns };
  if (draft.unitCol !== null && draft.unitCol !== col) columns[draft.unitCol] = 'context';
  if (col !== null) columns[col] = 'unit';
  const directions: Record<number, Direction> = { ...draft.directions };
  if (col !== null) delete directions[col];
  return { ...draft, unitCol: col, columns, directions };
}

/** Give a column a role; choosing "unit" moves the unit column there. */
export function withRole(draft: SheetDraft, col: number, role: ColumnRole): SheetDraft {
  if (role === 'unit') return withUnitCol(draft, col);
  const columns: Record<number, ColumnRole> = { ...draft.columns, [col]: role };
  const directions: Record<number, Direction> = { ...draft.directions };
  if (role !== 'value') delete directions[col];
  return { ...draft, columns, directions, unitCol: draft.unitCol === col ? null : draft.unitCol };
}

export function withHeaderRow(draft: SheetDraft, row: number, on: boolean): SheetDraft {
  const rows = new Set(draft.headerRows);
  if (on) rows.add(row);
  else rows.delete(row);
  return { ...draft, headerRows: [...rows].sort((a, b) => a - b) };
}

export function withDirection(
  draft: SheetDraft,
  col: number,
  direction: Direction | null,
): SheetDraft {
  const directions: Record<number, Direction> = { ...draft.directions };
  if (direction === null) delete directions[col];
  else directions[col] = direction;
  return { ...draft, directions };
}

const sameRecord = (
  a: Readonly<Record<number, string>>,
  b: Readonly<Record<number, string>>,
): boolean => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[Number(k)] === b[Number(k)]);
};

export function draftsEqual(a: SheetDraft, b: SheetDraft): boolean {
  return (
    a.unitCol === b.unitCol &&
    a.headerRows.join(',') === b.headerRows.join(',') &&
    sameRecord(a.columns, b.columns) &&
    sameRecord(a.directions, b.directions)
  );
}

/**
 * The correction the parser is given: only what the user changed against how
 * the sheet was read, on top of the corrections it was read with. Anything left
 * out is detected as usual — also in next year's file read with the template.
 */
export function draftToMapping(
  draft: SheetDraft,
  detected: SheetDraft,
  previous?: SheetMapping,
): SheetMapping {
  const columns: Record<number, ColumnRole> = { ...(previous?.columns ?? {}) };
  for (const [key, role] of Object.entries(draft.columns)) {
    const col = Number(key);
    if (role !== 'unit' && role !== detected.columns[col]) columns[col] = role;
  }
  if (draft.unitCol !== null) delete columns[draft.unitCol];
  const directions: Record<number, Direction> = {
    ...(previous?.directions ?? {}),
    ...draft.directions,
  };
  for (const key of Object.keys(directions))
    if (draft.directions[Number(key)] === undefined) delete directions[Number(key)];
  const unitCol = draft.unitCol !== detected.unitCol ? draft.unitCol : previous?.unitCol;
  const headerRows =
    draft.headerRows.join(',') !== detected.headerRows.join(',')
      ? draft.headerRows
      : previous?.headerRows;
  return {
    sheet: draft.sheet,
    ...(unitCol !== undefined && unitCol !== null ? { unitCol } : {}),
    ...(headerRows !== undefined ? { headerRows: [...headerRows] } : {}),
    ...(Object.keys(columns).length > 0 ? { columns } : {}),
    ...(Object.keys(directions).length > 0 ? { directions } : {}),
  };
}
