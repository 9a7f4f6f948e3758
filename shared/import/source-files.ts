import type { Db } from '../db/db';

/** One imported file as the Import view lists it: where it came from, its checksum, how many values. */
export type SourceFileRow = Readonly<{
  fileId: string;
  fileName: string;
  publisher: string | null;
  area: string | null;
  year: number | null;
  sha256: string;
  importedAt: number;
  values: number;
}>;

/** Every imported source, newest first, with the number of values it brought. */
export async function listSourceFiles(db: Db): Promise<SourceFileRow[]> {
  const rows = await db.query<{
    file_id: string;
    file_name: string;
    publisher: string | null;
    area: string | null;
    year: number | null;
    sha256: string;
    imported_at: number;
    values: number;
  }>(
    `SELECT s.file_id, s.file_name, s.publisher, s.area, s.year, s.sha256, s.imported_at,
            (SELECT count(*) FROM observation o WHERE o.file_id = s.file_id) AS values
     FROM source_file s ORDER BY s.imported_at DESC, s.file_name`,
  );
  return rows.map((r) => ({
    fileId: r.file_id,
    fileName: r.file_name,
    publisher: r.publisher,
    area: r.area,
    year: r.year === null ? null : Number(r.year),
    sha256: r.sha256,
    importedAt: Number(r.imported_at),
    values: Number(r.values),
  }));
}

/** The source the same bytes (sha256) were already imported as, or null. */
export async function sourceFileBySha(
  db: Db,
  sha256: string,
): Promise<Readonly<{ fileId: string; fileName: string }> | null> {
  const [row] = await db.query<{ file_id: string; file_name: string }>(
    'SELECT file_id, file_name FROM source_file WHERE sha256 = ? LIMIT 1',
    [sha256],
  );
  return row ? { fileId: row.file_id, fileName: row.file_name } : null;
}

/** The name under which the same bytes (sha256) were already imported, or null. */
export async function sourceFileNameBySha(db: Db, sha256: string): Promise<string | null> {
  return (await sourceFileBySha(db, sha256))?.fileName ?? null;
}
