import type { ImportOptions, ImportProgress, ParsedImport } from '../import/import-file';
import type { ErrorData } from '../util/app-error';

/** Messages between the renderer and the import worker (one worker per file, so a hostile file can be killed). */
export type ImportWorkerRequest = Readonly<{
  fileName: string;
  bytes: Uint8Array;
  options: ImportOptions;
}>;

export type ImportWorkerMessage =
  | Readonly<{ type: 'progress'; progress: Parameters<ImportProgress>[0] }>
  | Readonly<{ type: 'done'; parsed: ParsedImport }>
  /** The refusal as data (code, parameters, the Swedish message), rebuilt as an error on the page. */
  | Readonly<{ type: 'error'; error: ErrorData }>;
