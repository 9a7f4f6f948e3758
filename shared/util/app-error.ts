/**
 * Errors a user can act on (issue 18 item 6): each carries a machine-readable
 * code, the parameters its text needs (file, sheet, cell …) and a Swedish
 * message written where the error arises. The user's language renders the
 * code and parameters (shared/i18n/error-text.ts); the Swedish message is the
 * detail. They cross the worker and IPC boundaries as `ErrorData`, never as a
 * bare string, and the CLI turns a code into a named exit code.
 */
export const ERROR_CODES = [
  // Import: a file refused before anything is written.
  'import.not_found',
  'import.empty_file',
  'import.too_large',
  'import.old_excel_or_password',
  'import.damaged_zip',
  'import.zip_bomb',
  'import.not_text',
  'import.unclosed_quote',
  'import.too_many_cells',
  'import.too_many_sheets',
  'import.not_a_workbook',
  'import.no_values',
  'import.not_json',
  'import.not_kolada',
  'import.timeout',
  'import.cancelled',
  // Egna variabler (CSV or xlsx per kommun).
  'unit_variables.format',
  'unit_variables.empty',
  'unit_variables.no_unit_column',
  'unit_variables.duplicate_column',
  'unit_variables.no_columns',
  'unit_variables.too_many',
  'unit_variables.duplicate_unit',
  'unit_variables.no_known_units',
  // The workspace file.
  'workspace.unreadable',
  'workspace.not_empty',
  'workspace.table_missing',
  'workspace.row_count',
  'workspace.too_large',
  'workspace.damaged',
  'workspace.foreign_objects',
  'workspace.table_shape',
  'workspace.no_manifest',
  'workspace.manifest_not_json',
  'workspace.manifest_format',
  'workspace.newer_version',
  'workspace.pack_failed',
  // Nätverksfil (*.ojnatverk).
  'network_file.too_large',
  'network_file.not_json',
  'network_file.wrong_format',
  'network_file.newer_version',
  'network_file.bad_field',
  'network_file.unknown_field',
  'network_file.too_many_items',
  'network_file.duplicate_item',
  'network_file.bad_checksum',
  // Everything else the user can act on.
  'development_area.invalid',
  'save.failed',
  'report.no_chromium',
  'ipc.invalid_payload',
  'ipc.forbidden_sender',
  'ipc.unknown_command',
  'worker.crashed',
  'cli.usage',
  // Not one of ours: a bug or the engine; its message is all there is.
  'unexpected',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a text needs besides the code: names of files, sheets, cells, counts. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params: ErrorParams = {},
  ) {
    super(message);
  }
}

/** An error as plain data: what crosses a worker's postMessage or Electron's IPC. */
export type ErrorData = Readonly<{
  code: ErrorCode;
  /** The Swedish message written where the error arose. */
  message: string;
  params: ErrorParams;
  /** The class it was thrown as (ImportError, WorkspaceError …), for the receiving side's checks. */
  name: string;
}>;

export const isErrorCode = (v: unknown): v is ErrorCode =>
  typeof v === 'string' && (ERROR_CODES as readonly string[]).includes(v);

export const isErrorData = (v: unknown): v is ErrorData => {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return (
    isErrorCode(d['code']) &&
    typeof d['message'] === 'string' &&
    typeof d['name'] === 'string' &&
    !!d['params'] &&
    typeof d['params'] === 'object' &&
    Object.values(d['params']).every((p) => typeof p === 'string' || typeof p === 'number')
  );
};

/** The code of anything thrown: ours keep theirs, the rest are 'unexpected'. */
export const errorCode = (error: unknown): ErrorCode =>
  error instanceof AppError ? error.code : 'unexpected';

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof AppError)
    return {
      code: error.code,
      message: error.message,
      params: { ...error.params },
      name: error.name,
    };
  return {
    code: 'unexpected',
    message: error instanceof Error ? error.message : String(error),
    params: {},
    name: error instanceof Error ? error.name : 'Error',
  };
}

/** The error again on the receiving side, with its code, parameters and class name. */
export function fromErrorData(data: ErrorData): AppError {
  const error = new AppError(data.code, data.message, data.params);
  error.name = data.name;
  return error;
}

/** Exit codes of `oj-analys`, named (shown in --help). */
export const EXIT_CODES = {
  ok: 0,
  /** Something unexpected failed; the message says what. */
  failed: 1,
  /** Wrong use, or input refused (file, workspace, options). */
  refused: 2,
  /** The plausibility check stopped a file (STOPP); nothing was imported. */
  stopped: 3,
  /** A PDF was asked for and there is no Chromium to print with. */
  no_chromium: 4,
  /** The output could not be saved; the previous file is untouched. */
  not_saved: 5,
} as const;

export type ExitCodeName = keyof typeof EXIT_CODES;

/** The exit code for an error the CLI ends with. */
export function exitCodeFor(error: unknown): number {
  const code = errorCode(error);
  if (code === 'unexpected') return EXIT_CODES.failed;
  if (code === 'report.no_chromium') return EXIT_CODES.no_chromium;
  if (code === 'save.failed') return EXIT_CODES.not_saved;
  return EXIT_CODES.refused;
}
