import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../shared/db/db';
import { DATA_TABLES } from '../../shared/db/schema';
import { generateDemoDataset, type DemoPublication } from '../../shared/demo/demo-dataset';
import { commitImport, removeSource } from '../../shared/import/commit-import';
import { parseImportFile, type ParsedImport } from '../../shared/import/import-file';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { writeSharesWorkbook } from '../fixtures/variant-workbooks';

const EKB_DIR = path.resolve(__dirname, '../../../shared/data/real/socialstyrelsen_ekb');

async function snapshot(db: Db): Promise<string> {
  const parts: string[] = [];
  for (const table of DATA_TABLES)
    parts.push(
      JSON.stringify(
        await db.query(
          `SELECT * ${table === 'source_file' ? 'EXCLUDE (imported_at)' : ''} FROM ${table} ORDER BY ALL`,
        ),
      ),
    );
  return parts.join('\n');
}

const dataset = generateDemoDataset({ years: [2022, 2023] });
const units = workbookUnitOrder(dataset.units);
const publication = (area: string, year: number): DemoPublication =>
  dataset.publications.find((p) => p.file.area === area && p.file.year === year)!;

async function parsedFixture(
  p: DemoPublication,
  fileName = p.file.fileName,
): Promise<ParsedImport> {
  return parseImportFile(fileName, await writeOjWorkbook(p, units));
}

describe('committing an import to the workspace', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
  });
  afterEach(async () => db.close());

  it('loads everything with provenance: file, sheet and cell for every value', async () => {
    const parsed = await parsedFixture(publication('missbruk', 2023));
    const result = await commitImport(db, parsed);
    expect(result).toMatchObject({ outcome: 'imported', observations: parsed.observations.length });
    const [row] = await db.query<{ n: number; files: number; cells: number }>(
      'SELECT count(*) AS n, count(DISTINCT file_id) AS files, count(cell) AS cells FROM observation',
    );
    expect(row).toEqual({
      n: parsed.observations.length,
      files: 1,
      cells: parsed.observations.length,
    });
    const [source] = await db.query<{ sha256: string; area: string; year: number }>(
      'SELECT sha256, area, year FROM source_file',
    );
    expect(source).toEqual({ sha256: parsed.sha256, area: 'missbruk', year: 2023 });
  });

  it('changes nothing when the same bytes come again', async () => {
    // exceljs stamps the time into the file: write once, import the same bytes twice.
    const bytes = await writeOjWorkbook(publication('missbruk', 2023), units);
    const parsed = await parseImportFile('oj-missbruk-2023.xlsx', bytes);
    await commitImport(db, parsed);
    const before = await snapshot(db);
    const again = await commitImport(db, await parseImportFile('kopia med annat namn.xlsx', bytes));
    expect(again).toMatchObject({ outcome: 'duplicate', existingFileName: parsed.fileName });
    expect(await snapshot(db)).toBe(before);
  });

  it('rolls back a file that fails half-way: the workspace is unchanged', async () => {
    await commitImport(db, await parsedFixture(publication('missbruk', 2022)));
    const before = await snapshot(db);
    const parsed = await parsedFixture(publication('missbruk', 2023));
    // One broken observation at the very end: everything before it was already appended in the transaction.
    const broken: ParsedImport = {
      ...parsed,
      observations: [
        ...parsed.observations,
        { ...parsed.observations[0]!, status: 'noll' as never },
      ],
    };
    await expect(commitImport(db, broken)).rejects.toThrow(/CHECK|constraint/i);
    expect(await snapshot(db)).toBe(before);
  });

  it('keeps a revised version of the same publication as a new source and counts the changed values', async () => {
    const original = publication('barn_och_unga', 2023);
    await commitImport(db, await parsedFixture(original));
    // The revision: three values changed, one newly suppressed.
    const observations = original.observations.map((o) => ({ ...o }));
    const ok = observations.filter(
      (o) => o.status === 'ok' && o.valueText === null && o.unitCode.length === 4,
    );
    for (const o of ok.slice(0, 3)) Object.assign(o, { valueNum: o.valueNum! + 1 });
    Object.assign(ok[3]!, { status: 'sekretess', valueNum: null, officialClass: null });
    const revised = await parseImportFile(
      'oj-barn-och-unga-2023-rev.xlsx',
      await writeOjWorkbook({ ...original, observations }, units),
    );
    const result = await commitImport(db, revised);
    expect(result).toMatchObject({
      outcome: 'imported',
      revisionOf: [{ fileName: original.file.fileName, changedValues: 4 }],
    });
    const [sources] = await db.query<{ n: number }>('SELECT count(*) AS n FROM source_file');
    expect(sources!.n).toBe(2);
  });

  it('removing a source restores the exact previous state, including units it brought', async () => {
    const before = await snapshot(db);
    const parsed = await parseImportFile('missbruk-2023.xlsx', await writeSharesWorkbook());
    await commitImport(db, parsed);
    expect((await db.query("SELECT unit_code FROM unit WHERE level = 'stadsdel'")).length).toBe(1);
    await removeSource(db, parsed.fileId);
    expect(await snapshot(db)).toBe(before);
  });
});

describe('revisions across real download vintages', () => {
  it('sees the months published between downloads as changed values', async () => {
    const db = await openNodeDb();
    try {
      await initNewWorkspace(db);
      const file = (name: string) => readFileSync(path.join(EKB_DIR, name));
      await commitImport(
        db,
        await parseImportFile('v1.xlsx', file('ekb_manad_dalarnas_lan_hamtad_2023_08_24.xlsx')),
      );
      const second = await commitImport(
        db,
        await parseImportFile('v2.xlsx', file('ekb_manad_dalarnas_lan_hamtad_2024_06_17.xlsx')),
      );
      // SOURCES.md: 2023 juli–december went from "--" to numbers (6 months × 2 measures); nothing else was revised.
      expect(second).toMatchObject({
        outcome: 'imported',
        revisionOf: [{ fileName: 'v1.xlsx', changedValues: 12 }],
      });
    } finally {
      await db.close();
    }
  });
});
