import { diagnosticText, type DiagnosticParams } from '../i18n/diagnostic-text';
import type { Diagnostic } from './import-batch';
import type { GateFinding } from './import-report';

/**
 * What the importer can say about a file (issue 18 item 2): each code has its
 * text `diagnostic.<code>` in the catalogue, or `diagnostic.<code>.one` and
 * `.many` when it counts something (`params.count`).
 */
export const DIAGNOSTIC_CODES = [
  // Sheets and rows not read
  'sheet_without_units',
  'sheet_without_values',
  'column_without_header',
  'row_not_unit',
  'unit_unknown',
  'unit_unknown_empty',
  'period_row_without_year',
  'month_unknown',
  'year_unknown',
  // Kolada
  'kolada_row_without_kpi',
  'kolada_year_without_values',
  'kolada_unit_repeated',
  'kolada_conflicting_values',
  'kolada_entry_incomplete',
  'kolada_unit_unknown',
  // Direction
  'direction_colours_disagree_high',
  'direction_colours_disagree_low',
  // Plausibility gate
  'unit_columns_disagree',
  'rows_read_as_indicators',
  'units_unmatched',
  'duplicate_unit_rows',
  'share_out_of_range',
  'share_out_of_range_check_column',
  'share_fraction_as_is',
  'kommuner_missing',
  'kommuner_missing_more',
  'same_title',
  // Against files imported earlier
  'value_conflict',
  'conflicts_more',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

type Coded<T> = Omit<T, 'message' | 'params'> & { params?: DiagnosticParams };

/** The Swedish message stored and printed with a code (the CLI, `import_batch.warnings`). */
const swedish = (code: DiagnosticCode, params: DiagnosticParams): string =>
  diagnosticText({ code, params, message: code }, 'sv');

/** A diagnostic with its code, parameters and Swedish message. */
export function diagnostic(d: Coded<Diagnostic>): Diagnostic {
  const params = d.params ?? {};
  return { ...d, params, message: swedish(d.code, params) };
}

/** A finding of the plausibility gate with its code, parameters and Swedish message. */
export function gateFinding(f: Coded<GateFinding>): GateFinding {
  const params = f.params ?? {};
  return { ...f, params, message: swedish(f.code, params) };
}
