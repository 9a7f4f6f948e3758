/**
 * Issue 16, item 6: series identity that cannot collide — within one file
 * (parseImportFile) and across files (current_observation: superseded
 * downloads, overlapping exports). Real files of ../shared/data/real, real
 * duckdb-wasm, expectations from the files themselves (cells cited).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePeerSet } from '../../shared/analysis/peer-sets';
import { computeStandings, type StandingRow } from '../../shared/analysis/standings-query';
import type { Db } from '../../shared/db/db';
import { commitImport, removeSource, type CommitResult } from '../../shared/import/commit-import';
import { ImportError } from '../../shared/import/import-error';
import { parseImportFile, type ParsedImport } from '../../shared/import/import-file';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

const REAL = path.resolve(__dirname, '../../../shared/data/real');
const realFiles = readdirSync(REAL, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(xlsx|csv)$/i.test(f))
  .sort();
const bytesOf = (relative: string) => new Uint8Array(readFileSync(path.join(REAL, relative)));
const EKB = (vintage: string) =>
  `socialstyrelsen_ekb/ekb_manad_dalarnas_lan_hamtad_${vintage}.xlsx`;
const KOLADA_5KPI = 'kolada/kolada_stockholms_lan_5kpi_2012-2019.xlsx';

/** Every real file the importer reads (it refuses the kommun list, which holds no values). */
async function parseAll(): Promise<Map<string, ParsedImport>> {
  const parsed = new Map<string, ParsedImport>();
  for (const f of realFiles) {
    try {
      parsed.set(f, await parseImportFile(path.basename(f), bytesOf(f)));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
    }
  }
  return parsed;
}

/** A (series, unit, year, period) with current values from more than one file: must never happen. */
async function doubleCounted(db: Db): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM (
       SELECT coalesce(i.series_id, o.indicator_id) AS series, o.unit_code, o.year, o.period
       FROM current_observation o LEFT JOIN indicator i USING (indicator_id)
       GROUP BY ALL HAVING count(DISTINCT o.file_id) > 1)`,
  );
  return Number(row!.n);
}

/**
 * Keys one file itself gives two values (a reader's mistake, item 4's
 * duplicate_cells gate), as the view shows them and as the file brought
 * them: the view must neither add nor hide any.
 */
async function withinFileDuplicates(db: Db): Promise<{ current: number; imported: number }> {
  const [row] = await db.query<{ current: number; imported: number }>(
    `SELECT (SELECT count(*) FROM (SELECT 1 FROM current_observation GROUP BY file_id, indicator_id, unit_code, year, period HAVING count(*) > 1)) AS current,
            (SELECT count(*) FROM (SELECT 1 FROM observation o JOIN source_file f USING (file_id) WHERE f.superseded_by IS NULL
                                   GROUP BY o.file_id, indicator_id, unit_code, o.year, period HAVING count(*) > 1)) AS imported`,
  );
  return { current: Number(row!.current), imported: Number(row!.imported) };
}

function standingsPerSeriesYear(rows: readonly StandingRow[]): number {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.seriesId ?? r.indicatorId}|${r.year}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

async function standingsEverywhere(db: Db): Promise<number> {
  let most = 0;
  // Stockholm (Kolada files), Dalarnas län (ekonomiskt bistånd), Stockholms län (the statistics workbooks).
  for (const home of ['0180', '20', '01']) {
    const peers = await resolvePeerSet(db, home, { kind: 'all' });
    most = Math.max(most, standingsPerSeriesYear(await computeStandings(db, { home, peers })));
  }
  return most;
}

const imported = (r: CommitResult) => {
  if (r.outcome !== 'imported') throw new Error(`expected an import, got ${r.outcome}`);
  return r;
};

/** The same export with some values changed, as a re-published file would be: rewritten with exceljs. */
async function withChangedValues(
  bytes: Uint8Array,
  changes: Readonly<Record<string, number>>,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  for (const [cell, value] of Object.entries(changes)) ws.getCell(cell).value = value;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the views of what counts', () => {
  it('have exactly the columns of observation and indicator (a migration adding one must recreate them)', async () => {
    const db = await openNodeDb();
    try {
      await initNewWorkspace(db);
      for (const [view, table] of [
        ['current_observation', 'observation'],
        ['current_indicator', 'indicator'],
      ] as const) {
        const columns = async (name: string) =>
          (
            await db.query<{ column_name: string }>(
              'SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position',
              [name],
            )
          ).map((c) => c.column_name);
        await db.query(`SELECT * FROM ${view} LIMIT 0`);
        expect(await columns(view)).toEqual(await columns(table));
      }
    } finally {
      await db.close();
    }
  });
});

describe('property: within one real file a series holds at most one indicator per year', () => {
  it('holds for every xlsx and csv in shared/data/real', async () => {
    const parsed = await parseAll();
    expect(parsed.size).toBeGreaterThanOrEqual(14);
    const collisions: string[] = [];
    for (const [file, p] of parsed) {
      const seen = new Map<string, string>();
      for (const i of p.indicators) {
        const key = `${i.seriesId}|${i.year}`;
        const other = seen.get(key);
        if (other) collisions.push(`${file}: ${key} (${other} och ${i.indicatorId})`);
        seen.set(key, i.indicatorId);
      }
    }
    expect(collisions).toEqual([]);
  }, 300_000);
});

describe('across files: every real file, twice, and newer downloads in one workspace', () => {
  let db: Db;
  const results = new Map<string, CommitResult>();
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    const parsed = await parseAll();
    // Vintages in the order they were downloaded; the rest by name.
    const order = [...parsed.keys()].sort(
      (a, b) => Number(a.includes('ekb')) - Number(b.includes('ekb')) || a.localeCompare(b),
    );
    for (const f of order) results.set(f, await commitImport(db, parsed.get(f)!));
  }, 600_000);
  afterAll(async () => db.close());

  it('never counts a series-year-unit twice, and the standings give one row per series-year', async () => {
    // Not vacuous: the tables do hold the same series-year from several files (the three vintages, two Kolada exports).
    const [shared] = await db.query<{ n: number }>(
      'SELECT count(*) AS n FROM (SELECT series_id, year FROM indicator GROUP BY ALL HAVING count(DISTINCT file_id) > 1)',
    );
    expect(Number(shared!.n)).toBeGreaterThan(0);
    expect(await doubleCounted(db)).toBe(0);
    const within = await withinFileDuplicates(db);
    expect(within.current).toBe(within.imported);
    expect(await standingsEverywhere(db)).toBe(1);
  }, 300_000);

  it('the newer ekonomiskt bistånd download supersedes the older: 2023 jul–dec and 2024 maj–dec were "--" before', async () => {
    // SheetJS on the three files, column C/D of sheet Tabell: "--" in 2023 Juli–December (2023-08-24 vintage),
    // in 2024 Maj–December (2024-06-17), only in 2016 December (2025-01-31); two measures per month.
    expect(imported(results.get(EKB('2024_06_17'))!).supersedes).toEqual([
      {
        fileId: results.get(EKB('2023_08_24'))!.fileId,
        fileName: path.basename(EKB('2023_08_24')),
        changedValues: 12,
      },
    ]);
    expect(imported(results.get(EKB('2025_01_31'))!).supersedes).toEqual([
      {
        fileId: results.get(EKB('2024_06_17'))!.fileId,
        fileName: path.basename(EKB('2024_06_17')),
        changedValues: 16,
      },
    ]);
    const files = await db.query<{ file_name: string; superseded_by: string | null }>(
      "SELECT file_name, superseded_by FROM source_file WHERE file_name LIKE 'ekb%' ORDER BY file_name",
    );
    expect(files).toEqual([
      {
        file_name: path.basename(EKB('2023_08_24')),
        superseded_by: results.get(EKB('2024_06_17'))!.fileId,
      },
      {
        file_name: path.basename(EKB('2024_06_17')),
        superseded_by: results.get(EKB('2025_01_31'))!.fileId,
      },
      { file_name: path.basename(EKB('2025_01_31')), superseded_by: null },
    ]);
    // 2014 januari – 2024 december = 132 months × 2 measures, all from the newest file; only 2016 december is missing.
    const [current] = await db.query<{ n: number; files: number; missing: number }>(
      `SELECT count(*) AS n, count(DISTINCT o.file_id) AS files, count(*) FILTER (WHERE o.status <> 'ok') AS missing
       FROM current_observation o JOIN source_file f USING (file_id) WHERE f.file_name LIKE 'ekb%'`,
    );
    expect(current).toEqual({ n: 264, files: 1, missing: 2 });
  });

  it('two Kolada exports that share a KPI count it once, their values agreeing', async () => {
    // kolada_stockholms_lan_3kpi_2019 and _4kpi_2005-2019 both have "Invånare totalt, antal" for 2019.
    const later = imported(results.get('kolada/kolada_stockholms_lan_4kpi_2005-2019.xlsx')!);
    expect(later.supersedes).toEqual([]);
    expect(later.conflictCount).toBe(0);
    const rows = await db.query<{ unit_code: string; n: number }>(
      `SELECT o.unit_code, count(*) AS n FROM current_observation o JOIN indicator i USING (indicator_id)
       WHERE i.series_id = 'ovrigt:invanare-totalt-antal' AND o.year = 2019 GROUP BY ALL`,
    );
    // 26 kommuner in Stockholms län, plus the "ovägt medel" group row only the 3-KPI export has.
    expect(rows.length).toBe(27);
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
  });

  it('the same bytes again change nothing; a re-published copy with three values changed supersedes its original', async () => {
    const before = await db.query('SELECT count(*) AS n FROM observation');
    expect(
      await commitImport(db, await parseImportFile('kopia.xlsx', bytesOf(KOLADA_5KPI))),
    ).toMatchObject({ outcome: 'duplicate' });
    expect(await db.query('SELECT count(*) AS n FROM observation')).toEqual(before);

    // Sheet "Kolada nyckeltal", first KPI (bilväg): C4 (2012) and J4 (2019) of Sollentuna's neighbour in row 4, J5 (2019)
    // of row 5 — all numbers in the original. (Row 3 is Sollentuna, listed first and again in its place.)
    const original = results.get(KOLADA_5KPI)!;
    const numbers = await db.query<{ cell: string; value_num: number }>(
      "SELECT cell, value_num FROM observation WHERE file_id = ? AND cell IN ('C4', 'J4', 'J5') AND status = 'ok' ORDER BY cell",
      [original.fileId],
    );
    expect(numbers.map((n) => n.cell)).toEqual(['C4', 'J4', 'J5']);
    const wasJ4 = numbers[1]!;
    const revisedBytes = await withChangedValues(bytesOf(KOLADA_5KPI), {
      C4: 1,
      J4: wasJ4.value_num + 10,
      J5: 2,
    });
    const revised = imported(
      await commitImport(db, await parseImportFile('kolada_5kpi_omtryck.xlsx', revisedBytes)),
    );
    expect(revised.supersedes).toEqual([
      { fileId: original.fileId, fileName: path.basename(KOLADA_5KPI), changedValues: 3 },
    ]);
    expect(revised.conflicts).toEqual([]);
    const [j4] = await db.query<{ value_num: number; file_id: string }>(
      "SELECT o.value_num, o.file_id FROM current_observation o JOIN indicator i USING (indicator_id) WHERE o.cell = 'J4' AND i.file_id IN (?, ?)",
      [original.fileId, revised.fileId],
    );
    expect(j4).toEqual({ value_num: wasJ4.value_num + 10, file_id: revised.fileId });
    expect(await doubleCounted(db)).toBe(0);
    expect(await standingsEverywhere(db)).toBe(1);

    // Removing the copy makes the original count again.
    await removeSource(db, revised.fileId);
    const [restored] = await db.query<{ superseded_by: string | null }>(
      'SELECT superseded_by FROM source_file WHERE file_id = ?',
      [original.fileId],
    );
    expect(restored!.superseded_by).toBeNull();
    const [back] = await db.query<{ value_num: number }>(
      "SELECT o.value_num FROM current_observation o JOIN indicator i USING (indicator_id) WHERE o.cell = 'J4' AND i.file_id = ?",
      [original.fileId],
    );
    expect(back!.value_num).toBe(wasJ4.value_num);
  }, 120_000);

  it('removing the newest vintage restores the one it superseded; removing that one hands the oldest to the newest', async () => {
    const v1 = results.get(EKB('2023_08_24'))!.fileId;
    const v2 = results.get(EKB('2024_06_17'))!.fileId;
    const v3 = results.get(EKB('2025_01_31'))!.fileId;
    await removeSource(db, v3);
    const superseded = async () =>
      Object.fromEntries(
        (
          await db.query<{ file_id: string; superseded_by: string | null }>(
            "SELECT file_id, superseded_by FROM source_file WHERE file_name LIKE 'ekb%'",
          )
        ).map((r) => [r.file_id, r.superseded_by]),
      );
    expect(await superseded()).toEqual({ [v1]: v2, [v2]: null });
    // 2024 maj–december are "--" again in what counts.
    const [missing] = await db.query<{ n: number }>(
      "SELECT count(*) FILTER (WHERE o.status <> 'ok') AS n FROM current_observation o JOIN source_file f USING (file_id) WHERE f.file_name LIKE 'ekb%'",
    );
    expect(Number(missing!.n)).toBe(18);
    // Import the newest again, then remove the middle one: the oldest is covered by the newest.
    const again = imported(
      await commitImport(
        db,
        await parseImportFile(path.basename(EKB('2025_01_31')), bytesOf(EKB('2025_01_31'))),
      ),
    );
    await removeSource(db, v2);
    expect(await superseded()).toEqual({ [v1]: again.fileId, [again.fileId]: null });
    expect(await doubleCounted(db)).toBe(0);
  }, 120_000);
});

/** A Kolada "Jämföraren" export as the real ones are laid out (SOURCES.md): title, years as text, KPI | kommun | values. */
async function koladaExport(
  rows: readonly (readonly [string, string, number])[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kolada nyckeltal');
  ws.getCell('A1').value = 'Kolada nyckeltal';
  ws.getCell('C2').value = '2019';
  rows.forEach(([kpi, kommun, value], i) => (ws.getRow(3 + i).values = [kpi, kommun, value]));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('overlapping exports with a value that disagrees', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
  });
  afterAll(async () => db.close());

  it('counts every kommun once, uses the newer value and flags the conflict with both files and cells', async () => {
    const COST = 'Kostnad äldreomsorg, kr/inv';
    const older = imported(
      await commitImport(
        db,
        await parseImportFile(
          'kolada_a.xlsx',
          await koladaExport([
            [COST, 'Stockholm', 100], // C3
            [COST, 'Solna', 200], // C4
            [COST, 'Sundbyberg', 300],
            [COST, 'Nacka', 400],
            [COST, 'Huddinge', 500],
            [COST, 'Botkyrka', 600],
            [COST, 'Täby', 700],
          ]),
        ),
      ),
    );
    const newerParsed = await parseImportFile(
      'kolada_b.xlsx',
      await koladaExport([
        [COST, 'Stockholm', 100], // C3: the same value, no conflict
        [COST, 'Danderyd', 800], // C4: only here
        [COST, 'Solna', 250], // C5: 200 in kolada_a.xlsx C4
        ['Invånare totalt, antal', 'Stockholm', 984748],
      ]),
    );
    const newer = imported(await commitImport(db, newerParsed));
    // Another choice of KPIs and kommuner: an overlap, not a newer download of the same export.
    expect(newer.supersedes).toEqual([]);
    expect(newer.conflictCount).toBe(1);
    expect(newer.conflicts).toEqual([
      {
        seriesId: expect.any(String),
        unitCode: '0184',
        year: 2019,
        period: null,
        newer: {
          fileId: newer.fileId,
          fileName: 'kolada_b.xlsx',
          sheet: 'Kolada nyckeltal',
          cell: 'C5',
          status: 'ok',
          value: 250,
          text: null,
        },
        older: {
          fileId: older.fileId,
          fileName: 'kolada_a.xlsx',
          sheet: 'Kolada nyckeltal',
          cell: 'C4',
          status: 'ok',
          value: 200,
          text: null,
        },
      },
    ]);
    const [source] = await db.query<{ warnings: string }>(
      'SELECT warnings FROM source_file WHERE file_id = ?',
      [newer.fileId],
    );
    const flagged = (
      JSON.parse(source!.warnings) as {
        sheet: string | null;
        cell: string | null;
        message: string;
      }[]
    ).filter((d) => d.message.startsWith('Motstridigt värde'));
    expect(flagged).toEqual([
      {
        severity: 'warning',
        sheet: 'Kolada nyckeltal',
        cell: 'C5',
        code: 'value_conflict',
        params: expect.objectContaining({ source: 'kolada_a.xlsx (Kolada nyckeltal!C4)' }),
        message: expect.stringContaining('kolada_a.xlsx (Kolada nyckeltal!C4)'),
      },
    ]);

    const values = await db.query<{ unit_code: string; value_num: number }>(
      `SELECT o.unit_code, o.value_num FROM current_observation o JOIN indicator i USING (indicator_id)
       WHERE i.series_id = ? ORDER BY o.unit_code`,
      [newer.conflicts[0]!.seriesId],
    );
    expect(values).toEqual([
      { unit_code: '0126', value_num: 500 }, // Huddinge, only in a
      { unit_code: '0127', value_num: 600 }, // Botkyrka
      { unit_code: '0160', value_num: 700 }, // Täby
      { unit_code: '0162', value_num: 800 }, // Danderyd, only in b
      { unit_code: '0180', value_num: 100 }, // Stockholm, in both, agreeing
      { unit_code: '0182', value_num: 400 }, // Nacka
      { unit_code: '0183', value_num: 300 }, // Sundbyberg
      { unit_code: '0184', value_num: 250 }, // Solna: the newer file's value
    ]);
    // Stockholm against all kommuner: one standing, from 7 comparators 250, 300, 400, 500, 600, 700, 800 (median 500).
    const peers = await resolvePeerSet(db, '0180', { kind: 'all' });
    const standings = (await computeStandings(db, { home: '0180', peers })).filter(
      (r) => r.seriesId === newer.conflicts[0]!.seriesId,
    );
    expect(standings).toHaveLength(1);
    expect(standings[0]).toMatchObject({
      year: 2019,
      homeValue: 100,
      n: 7,
      peerMedian: 500,
      fileId: newer.fileId,
      cell: 'C3',
    });

    // Without the newer file, the older one is all there is again.
    await removeSource(db, newer.fileId);
    const [solna] = await db.query<{ value_num: number }>(
      "SELECT value_num FROM current_observation WHERE unit_code = '0184'",
    );
    expect(solna!.value_num).toBe(200);
  }, 120_000);
});
