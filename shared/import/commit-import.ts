import type { Db } from '../db/db';
import { rowsToArrowIpc } from '../db/arrow-ipc';
import { indicatorRow, observationRow, unitRow } from '../db/model-rows';
import { COLUMNS } from '../db/table-columns';
import { inTransaction } from '../db/transaction';
import type { ParsedImport } from './import-file';
import {
  conflictDiagnostics,
  findConflicts,
  releaseSuperseded,
  supersedeOlder,
  type OverlapConflict,
} from './publication-overlap';
import { linkSeries } from './series-linking';
import { applySeriesSettings } from './series-settings';
import { sourceFileBySha } from './source-files';

export type { OverlapConflict } from './publication-overlap';

export type CommitResult = Readonly<
  | {
      outcome: 'duplicate';
      fileId: string;
      existingFileName: string;
      /**
       * Values this version of the importer reads differently from the stored
       * reading of the same bytes (value, status or year per cited cell, or a
       * cell only one reading has): an older version read the file. 0 when the same.
       */
      readDifferently: number;
    }
  | {
      outcome: 'imported';
      fileId: string;
      observations: number;
      /** Earlier sources of the same publication (area, year, publisher) and how many values differ. */
      revisionOf: readonly Readonly<{ fileId: string; fileName: string; changedValues: number }>[];
      /**
       * Older downloads of the same publication this file supersedes (see
       * publication-overlap.ts): kept, but their values no longer count.
       * The card: "ersätter <fileName> (<changedValues> värden ändrade)".
       */
      supersedes: readonly Readonly<{ fileId: string; fileName: string; changedValues: number }>[];
      /**
       * Cells another file that still counts publishes differently (overlapping
       * exports); the first CONFLICTS_LISTED, also stored as warnings of this file.
       */
      conflicts: readonly OverlapConflict[];
      conflictCount: number;
      /** Indicators linked to an earlier year's series by a similar title, with the reason. */
      linkNotes: readonly Readonly<{ indicatorId: string; seriesId: string; reason: string }>[];
    }
>;

/**
 * All or nothing per file, in one transaction: source, new units, series,
 * indicators, observations (bulk Arrow appends). The same bytes (sha256)
 * twice change nothing.
 */
export async function commitImport(db: Db, unlinked: ParsedImport): Promise<CommitResult> {
  const existing = await sourceFileBySha(db, unlinked.sha256);
  if (existing)
    return {
      outcome: 'duplicate',
      fileId: existing.fileId,
      existingFileName: existing.fileName,
      readDifferently: await readingDifferences(db, existing.fileId, unlinked),
    };

  const parsed = await linkSeries(db, unlinked);
  const knownUnits = new Set(
    (await db.query<{ unit_code: string }>('SELECT unit_code FROM unit')).map((u) => u.unit_code),
  );
  const knownSeries = new Set(
    (await db.query<{ series_id: string }>('SELECT series_id FROM series')).map((s) => s.series_id),
  );
  const newUnits = parsed.units.filter((u) => !knownUnits.has(u.unitCode));
  const newSeries = parsed.series.filter((s) => !knownSeries.has(s.seriesId));
  // "Newest import wins" (current_observation) needs a strictly later time, also within one millisecond.
  const [latest] = await db.query<{ t: number | null }>(
    'SELECT max(imported_at) AS t FROM source_file',
  );
  const importedAt = Math.max(Date.now(), (latest?.t ?? 0) + 1);

  const overlap = await inTransaction(db, async () => {
    await db.insertArrowIpc(
      'source_file',
      rowsToArrowIpc(COLUMNS.source_file, [
        {
          file_id: parsed.fileId,
          file_name: parsed.fileName,
          sha256: parsed.sha256,
          bytes: parsed.bytes,
          imported_at: importedAt,
          publisher: parsed.publisher,
          area: parsed.area,
          year: parsed.year,
          layout: parsed.layout,
          warnings: JSON.stringify(parsed.report.diagnostics),
          superseded_by: null,
        },
      ]),
    );
    if (newUnits.length > 0)
      await db.insertArrowIpc('unit', rowsToArrowIpc(COLUMNS.unit, newUnits.map(unitRow)));
    if (newSeries.length > 0)
      await db.insertArrowIpc(
        'series',
        rowsToArrowIpc(
          COLUMNS.series,
          newSeries.map((s) => ({
            series_id: s.seriesId,
            area: s.area,
            label: s.label,
            link_confidence: s.linkConfidence,
            link_reason: s.linkReason,
            overridden: false,
          })),
        ),
      );
    await db.insertArrowIpc(
      'indicator',
      rowsToArrowIpc(COLUMNS.indicator, parsed.indicators.map(indicatorRow)),
    );
    await applySeriesSettings(db, { fileId: parsed.fileId });
    for (const seriesId of parsed.definitionChanged ?? [])
      await db.query(
        "UPDATE series SET link_reason = link_reason || '; definitionen ändrad' WHERE series_id = ? AND link_reason NOT LIKE '%definitionen ändrad%'",
        [seriesId],
      );
    await db.insertArrowIpc(
      'observation',
      rowsToArrowIpc(COLUMNS.observation, parsed.observations.map(observationRow)),
    );
    const superseded = await supersedeOlder(db, parsed.fileId);
    const found = await findConflicts(db, parsed.fileId, parsed.fileName);
    if (found.total > 0)
      await db.query('UPDATE source_file SET warnings = ? WHERE file_id = ?', [
        JSON.stringify([
          ...parsed.report.diagnostics,
          ...conflictDiagnostics(found.conflicts, found.total),
        ]),
        parsed.fileId,
      ]);
    return { superseded, ...found };
  });
  const revisionOf = await revisions(db, parsed);
  return {
    outcome: 'imported',
    fileId: parsed.fileId,
    observations: parsed.observations.length,
    revisionOf,
    supersedes: overlap.superseded.map((f) => ({
      fileId: f.file_id,
      fileName: f.file_name,
      changedValues: revisionOf.find((r) => r.fileId === f.file_id)?.changedValues ?? 0,
    })),
    conflicts: overlap.conflicts,
    conflictCount: overlap.total,
    linkNotes: parsed.linkNotes ?? [],
  };
}

/** Values that differ from earlier sources of the same publication (area, year, publisher), matched by series, unit, year and period. */
async function revisions(
  db: Db,
  parsed: ParsedImport,
): Promise<{ fileId: string; fileName: string; changedValues: number }[]> {
  return db.query(
    `SELECT prev.file_id AS "fileId", prev.file_name AS "fileName",
            count(o_old.indicator_id) FILTER (
              WHERE o_old.value_num IS DISTINCT FROM o_new.value_num
                 OR o_old.value_text IS DISTINCT FROM o_new.value_text
                 OR o_old.status <> o_new.status) AS "changedValues"
     FROM source_file prev
     JOIN indicator i_old ON i_old.file_id = prev.file_id
     JOIN indicator i_new ON i_new.file_id = ? AND i_new.series_id = i_old.series_id AND i_new.year = i_old.year
     JOIN observation o_old ON o_old.indicator_id = i_old.indicator_id
     JOIN observation o_new ON o_new.indicator_id = i_new.indicator_id AND o_new.unit_code = o_old.unit_code
                            AND coalesce(o_new.period, '') = coalesce(o_old.period, '')
     WHERE prev.file_id <> ? AND prev.area = ? AND prev.publisher IS NOT DISTINCT FROM ? AND prev.year IS NOT DISTINCT FROM ?
     GROUP BY prev.file_id, prev.file_name
     ORDER BY prev.file_name`,
    [parsed.fileId, parsed.fileId, parsed.area, parsed.publisher, parsed.year],
  );
}

/**
 * Remove a source and everything that came from it; units and series others
 * use stay. The files it superseded count again (unless another file
 * supersedes them too).
 */
export async function removeSource(db: Db, fileId: string): Promise<void> {
  await inTransaction(db, async () => {
    await releaseSuperseded(db, fileId);
    await db.query('DELETE FROM observation WHERE file_id = ?', [fileId]);
    await db.query('DELETE FROM indicator WHERE file_id = ?', [fileId]);
    await db.query('DELETE FROM source_file WHERE file_id = ?', [fileId]);
    await db.exec(
      'DELETE FROM series WHERE NOT overridden AND series_id NOT IN (SELECT series_id FROM indicator WHERE series_id IS NOT NULL)',
    );
    // Units an import brought (group rows, stadsdelar) leave with their last observation; reference units stay.
    await db.exec(
      "DELETE FROM unit WHERE level IN ('grupp', 'stadsdel', 'enhet') AND unit_code NOT IN (SELECT DISTINCT unit_code FROM observation)",
    );
  });
}

/**
 * The stored source with the same bytes as a fresh reading, and how many of
 * its values this version reads differently; null when the file is not in
 * the workspace.
 */
export async function storedReadingDifferences(
  db: Db,
  fresh: ParsedImport,
): Promise<Readonly<{ fileId: string; fileName: string; count: number }> | null> {
  const stored = await sourceFileBySha(db, fresh.sha256);
  if (!stored) return null;
  return { ...stored, count: await readingDifferences(db, stored.fileId, fresh) };
}

/** How many cited cells a fresh reading of a stored file gives another value, status or year (or only one reading has). */
async function readingDifferences(db: Db, fileId: string, fresh: ParsedImport): Promise<number> {
  const stored = await db.query<{
    sheet: string | null;
    cell: string | null;
    unit_code: string;
    year: number;
    value_num: number | null;
    status: string;
  }>('SELECT sheet, cell, unit_code, year, value_num, status FROM observation WHERE file_id = ?', [
    fileId,
  ]);
  const key = (sheet: string | null, cell: string | null, unit: string) =>
    `${sheet ?? ''}!${cell ?? ''}|${unit}`;
  const byCell = new Map(stored.map((o) => [key(o.sheet, o.cell, o.unit_code), o]));
  let different = 0;
  for (const o of fresh.observations) {
    const k = key(o.sheet, o.cell, o.unitCode);
    const old = byCell.get(k);
    byCell.delete(k);
    if (!old || old.year !== o.year || old.status !== o.status || old.value_num !== o.valueNum)
      different += 1;
  }
  return different + byCell.size;
}
