/** A file the importer refuses. The message is Swedish and names file, sheet and cell where it can. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    message: string,
    readonly fileName: string,
    readonly sheet: string | null = null,
    readonly cell: string | null = null,
  ) {
    super(message);
  }
}
