import type { Direction } from '../model/indicators';
import type { ColumnRole } from './import-report';
import { fnvHash } from '../util/fnv-hash';

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

/**
 * A sheet layout's identity across years: its header texts with digits
 * removed (years and dates change every year, the layout does not).
 */
export function sheetSignature(headerTexts: readonly string[]): string {
  const normalised = headerTexts
    .map((t) => t.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return `s-${fnvHash(normalised.join('|'))}-${normalised.length}`;
}
