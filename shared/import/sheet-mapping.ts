import type { Direction } from '../model/indicators';
import type { ColumnRole } from './import-report';

/**
 * The user's correction of how one sheet is read — from the import card's
 * mapping preview, or a saved layout template applied to next year's file.
 * Columns and rows are 0-based. Anything left out is detected as usual.
 */
export type SheetMapping = Readonly<{
  sheet: string;
  /** The column naming who each row is about. */
  unitCol?: number;
  /** The header rows above the data (titles, group headings, codes, years). */
  headerRows?: readonly number[];
  /** Column → role: ignore it, read it as n / KI / svarsfrekvens / context, or as a value column. */
  columns?: Readonly<Record<number, ColumnRole>>;
  /** Value column → direction set by the user. */
  directions?: Readonly<Record<number, Direction>>;
}>;
