import { AppError, type ErrorCode } from '../util/app-error';

/** A file the importer refuses. The message is Swedish and names file, sheet and cell where it can. */
export class ImportError extends AppError {
  override name = 'ImportError';
  constructor(
    code: ErrorCode,
    message: string,
    readonly fileName: string,
    readonly sheet: string | null = null,
    readonly cell: string | null = null,
  ) {
    super(code, message, {
      file: fileName,
      ...(sheet === null ? {} : { sheet }),
      ...(cell === null ? {} : { cell }),
    });
  }
}
