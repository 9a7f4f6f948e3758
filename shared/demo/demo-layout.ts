import { cellAddress } from '../util/cell-address';

/**
 * Where the demo workbook writer puts things, so provenance (sheet, cell) in
 * the demo dataset matches the xlsx files the fixture generator writes.
 */
export const DEMO_VALUES_SHEET = 'Kommuner och län';
export const DEMO_DESCRIPTIONS_SHEET = 'Indikatorbeskrivningar';

export const DEMO_ROWS = {
  title: 0,
  typeHeading: 1,
  indicatorTitle: 2,
  indicatorCode: 3,
  firstUnit: 4,
} as const;

export const DEMO_COLUMNS = { unitCode: 0, unitName: 1, lanCode: 2, firstIndicator: 3 } as const;

export function demoValueCell(unitRowIndex: number, indicatorIndex: number): string {
  return cellAddress(
    DEMO_ROWS.firstUnit + unitRowIndex,
    DEMO_COLUMNS.firstIndicator + indicatorIndex,
  );
}

/** How each missing-value status is written in the demo workbooks (as ÖJ files do). */
export const DEMO_MISSING_MARKERS = {
  sekretess: '..',
  bortfall: '-',
  ej_tillampligt: '.',
  ej_publicerat: '',
} as const;
