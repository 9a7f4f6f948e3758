/** Limits against hostile files; each refusal names the file. Generous for real ÖJ workbooks (≈ 1–5 MB). */
export const IMPORT_LIMITS = {
  maxFileBytes: 200 * 1024 ** 2,
  maxUncompressedBytes: 1024 ** 3,
  maxCompressionRatio: 200,
  maxZipEntries: 5_000,
  maxCellsPerSheet: 5_000_000,
  maxSheets: 200,
} as const;
