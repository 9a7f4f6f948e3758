import type { Db } from '../db/db';
import { diagnostic } from './diagnostic';
import type { Diagnostic } from './import-batch';

/**
 * What a newly committed file means for the files already in the workspace
 * (DESIGN.md invariants; what counts is then decided by the
 * `current_observation` view, shared/db/current-observation.ts):
 *
 * - It may **supersede** an older download of the same publication, which
 *   is kept (provenance, "vad har ändrats") but stops counting.
 * - Where it overlaps files that stay (two Kolada exports sharing KPIs),
 *   each series-year-unit counts once, and values that disagree are
 *   **conflicts**, flagged on the card and in the file's warnings.
 */

/** One cell published differently by two files that both count (the newer one's value is used). */
export type OverlapConflict = Readonly<{
  seriesId: string;
  unitCode: string;
  year: number;
  period: string | null;
  newer: ConflictCell;
  older: ConflictCell;
}>;
export type ConflictCell = Readonly<{
  fileId: string;
  fileName: string;
  sheet: string | null;
  cell: string | null;
  status: string;
  value: number | null;
  text: string | null;
}>;

/** Conflicts listed one by one (returned and stored); beyond this only their number is. */
export const CONFLICTS_LISTED = 100;
/**
 * Two numbers that differ by no more than this share of the larger are the
 * same value: exports round differently in the last binary digits
 * (Kolada gives 6.629378, a copy re-saved from Excel 6.6293780000000003).
 */
const SAME_VALUE_TOLERANCE = 1e-9;

type FileRow = {
  file_id: string;
  file_name: string;
  publisher: string | null;
  area: string | null;
  year: number | null;
  imported_at: number;
};

/**
 * "The same publication", decided conservatively — a wrong "supersedes"
 * silently drops data, a missed one only leaves the older values counted
 * where the newer file has no value of its own. The newer file N supersedes
 * the older file P only when all of these hold:
 *
 * 1. same publisher, and a known one (an anonymous workbook is nobody's
 *    publication);
 * 2. same area and the same publication year (both without a year —
 *    a multi-year download such as the ekonomiskt bistånd månadsstatistik —
 *    counts as the same year);
 * 3. exactly the same set of series: a download with other KPIs or
 *    questions chosen is another export, handled as an overlap;
 * 4. N holds every (series, year, unit, period) that P holds, whatever its
 *    value: P has nothing that N does not replace (a Kolada export of
 *    another län, with the same KPIs, is not superseded).
 *
 * "Newer" is the later import: a file carries no reliable publication date,
 * and the card says "ersätter …", so an older download imported last is
 * seen, and removing it restores the other.
 */
async function covers(db: Db, newer: FileRow, older: FileRow): Promise<boolean> {
  if (
    newer.file_id === older.file_id ||
    newer.publisher === null ||
    newer.publisher !== older.publisher
  )
    return false;
  if (newer.area !== older.area || newer.year !== older.year) return false;
  const [sameSeries] = await db.query<{ same: boolean }>(
    `SELECT (SELECT list(DISTINCT coalesce(series_id, indicator_id) ORDER BY coalesce(series_id, indicator_id)) FROM indicator WHERE file_id = ?)
          = (SELECT list(DISTINCT coalesce(series_id, indicator_id) ORDER BY coalesce(series_id, indicator_id)) FROM indicator WHERE file_id = ?) AS same`,
    [newer.file_id, older.file_id],
  );
  if (!sameSeries?.same) return false;
  const [uncovered] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM (
       SELECT i.series_id, o.year, o.unit_code, coalesce(o.period, '') AS period
       FROM observation o JOIN indicator i USING (indicator_id) WHERE i.file_id = ?
       EXCEPT
       SELECT i.series_id, o.year, o.unit_code, coalesce(o.period, '') AS period
       FROM observation o JOIN indicator i USING (indicator_id) WHERE i.file_id = ?)`,
    [older.file_id, newer.file_id],
  );
  return Number(uncovered?.n ?? 1) === 0;
}

const FILE_COLUMNS = 'file_id, file_name, publisher, area, year, imported_at';

/** Mark the files the newly committed one supersedes; returns them. Call inside the commit's transaction. */
export async function supersedeOlder(db: Db, fileId: string): Promise<FileRow[]> {
  const [newer] = await db.query<FileRow>(
    `SELECT ${FILE_COLUMNS} FROM source_file WHERE file_id = ?`,
    [fileId],
  );
  if (!newer || newer.publisher === null) return [];
  const candidates = await db.query<FileRow>(
    `SELECT ${FILE_COLUMNS} FROM source_file
     WHERE file_id <> ? AND superseded_by IS NULL AND publisher = ? AND area IS NOT DISTINCT FROM ? AND year IS NOT DISTINCT FROM ?
     ORDER BY imported_at, file_id`,
    [fileId, newer.publisher, newer.area, newer.year],
  );
  const superseded: FileRow[] = [];
  for (const older of candidates) if (await covers(db, newer, older)) superseded.push(older);
  for (const older of superseded)
    await db.query('UPDATE source_file SET superseded_by = ? WHERE file_id = ?', [
      fileId,
      older.file_id,
    ]);
  return superseded;
}

/**
 * Before a file is removed: the files it superseded count again, unless
 * another file that stays (imported after them) supersedes them too — then
 * that one is named. Call inside the removal's transaction, before deleting.
 */
export async function releaseSuperseded(db: Db, removedFileId: string): Promise<void> {
  const released = await db.query<FileRow>(
    `SELECT ${FILE_COLUMNS} FROM source_file WHERE superseded_by = ? ORDER BY imported_at, file_id`,
    [removedFileId],
  );
  for (const older of released) {
    const newer = await db.query<FileRow>(
      `SELECT ${FILE_COLUMNS} FROM source_file
       WHERE file_id NOT IN (?, ?) AND superseded_by IS NULL AND publisher = ?
         AND imported_at > (SELECT imported_at FROM source_file WHERE file_id = ?)
       ORDER BY imported_at DESC, file_id DESC`,
      [removedFileId, older.file_id, older.publisher, older.file_id],
    );
    let by: string | null = null;
    for (const candidate of newer)
      if (await covers(db, candidate, older)) {
        by = candidate.file_id;
        break;
      }
    await db.query('UPDATE source_file SET superseded_by = ? WHERE file_id = ?', [
      by,
      older.file_id,
    ]);
  }
}

type ConflictRow = {
  series_id: string;
  unit_code: string;
  year: number;
  period: string | null;
  new_sheet: string | null;
  new_cell: string | null;
  new_status: string;
  new_value: number | null;
  new_text: string | null;
  old_file_id: string;
  old_file_name: string;
  old_sheet: string | null;
  old_cell: string | null;
  old_status: string;
  old_value: number | null;
  old_text: string | null;
  total: number;
};

/**
 * Cells of the new file that another file still counting publishes
 * differently (same series, unit, year and period). A cell that only says
 * "uppgift saknas" disagrees with nothing (the other file's cell counts, see
 * current-observation.ts); a value against a suppression, or two values
 * apart, are conflicts.
 */
export async function findConflicts(
  db: Db,
  fileId: string,
  fileName: string,
): Promise<{ conflicts: OverlapConflict[]; total: number }> {
  // Almost every import shares no series-year with a file that counts: decided on the indicators alone, no scan of the values.
  const [shared] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM indicator i_new
     JOIN indicator i_old ON i_old.series_id = i_new.series_id AND i_old.year = i_new.year AND i_old.file_id <> i_new.file_id
     JOIN source_file f ON f.file_id = i_old.file_id AND f.superseded_by IS NULL
     WHERE i_new.file_id = ?`,
    [fileId],
  );
  if (Number(shared?.n ?? 0) === 0) return { conflicts: [], total: 0 };
  const rows = await db.query<ConflictRow>(
    `WITH pairs AS (
       SELECT i_new.series_id, o_new.unit_code, o_new.year, o_new.period,
              o_new.sheet AS new_sheet, o_new.cell AS new_cell, o_new.status AS new_status, o_new.value_num AS new_value, o_new.value_text AS new_text,
              f.file_id AS old_file_id, f.file_name AS old_file_name,
              o_old.sheet AS old_sheet, o_old.cell AS old_cell, o_old.status AS old_status, o_old.value_num AS old_value, o_old.value_text AS old_text
       FROM indicator i_new
       JOIN observation o_new ON o_new.indicator_id = i_new.indicator_id
       JOIN indicator i_old ON i_old.series_id = i_new.series_id AND i_old.year = i_new.year AND i_old.file_id <> i_new.file_id
       JOIN source_file f ON f.file_id = i_old.file_id AND f.superseded_by IS NULL
       JOIN observation o_old ON o_old.indicator_id = i_old.indicator_id AND o_old.unit_code = o_new.unit_code
                              AND o_old.period IS NOT DISTINCT FROM o_new.period
       WHERE i_new.file_id = ?
     )
     SELECT *, count(*) OVER () AS total FROM pairs
     WHERE old_status <> 'saknas' AND new_status <> 'saknas'
       AND (new_status <> old_status
            OR new_text IS DISTINCT FROM old_text
            OR (new_value IS NULL) <> (old_value IS NULL)
            OR abs(new_value - old_value) > ${SAME_VALUE_TOLERANCE} * greatest(1, abs(new_value), abs(old_value)))
     ORDER BY series_id, year, unit_code, period NULLS FIRST, old_file_name
     LIMIT ${CONFLICTS_LISTED}`,
    [fileId],
  );
  const conflicts = rows.map((r) => ({
    seriesId: r.series_id,
    unitCode: r.unit_code,
    year: r.year,
    period: r.period,
    newer: {
      fileId,
      fileName,
      sheet: r.new_sheet,
      cell: r.new_cell,
      status: r.new_status,
      value: r.new_value,
      text: r.new_text,
    },
    older: {
      fileId: r.old_file_id,
      fileName: r.old_file_name,
      sheet: r.old_sheet,
      cell: r.old_cell,
      status: r.old_status,
      value: r.old_value,
      text: r.old_text,
    },
  }));
  return { conflicts, total: Number(rows[0]?.total ?? 0) };
}

const shown = (c: ConflictCell) =>
  c.status !== 'ok'
    ? c.status
    : (c.text ??
      (c.value === null ? '–' : c.value.toLocaleString('sv-SE', { maximumFractionDigits: 6 })));

/** The conflicts as warnings of the new file, in its own cells, naming the other file and cell. */
export function conflictDiagnostics(
  conflicts: readonly OverlapConflict[],
  total: number,
): Diagnostic[] {
  const out: Diagnostic[] = conflicts.map((c) =>
    diagnostic({
      severity: 'warning',
      sheet: c.newer.sheet,
      cell: c.newer.cell,
      code: 'value_conflict',
      params: {
        newer: shown(c.newer),
        older: shown(c.older),
        // The other file with its cell, "a.xlsx (Blad!C4)"; the year with its period, "2023 (2023-05)".
        source: `${c.older.fileName}${c.older.cell ? ` (${c.older.sheet ? `${c.older.sheet}!` : ''}${c.older.cell})` : ''}`,
        unit: c.unitCode,
        year: `${c.year}${c.period ? ` (${c.period})` : ''}`,
      },
    }),
  );
  if (total > conflicts.length)
    out.push(
      diagnostic({
        severity: 'warning',
        sheet: null,
        cell: null,
        code: 'conflicts_more',
        params: { count: total - conflicts.length },
      }),
    );
  return out;
}
