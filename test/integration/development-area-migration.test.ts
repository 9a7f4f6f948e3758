import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../shared/db/db';
import { DATA_TABLES, migrate, SCHEMA_VERSION } from '../../shared/db/schema';
import { COLUMNS } from '../../shared/db/table-columns';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { readWorkspace, writeWorkspace } from '../../shared/workspace/workspace-file';

/**
 * Schema 8 (issue 20 item 4): a workspace saved before utvecklingsområden had
 * several series, a decision and a status code opens with its rows intact —
 * the one series_id becomes the first of its series, the free-text status a code.
 */
describe('schema 8: utvecklingsområden in old and new workspace files', () => {
  let old: Db;
  beforeAll(async () => {
    old = await openNodeDb();
    // The schema as it was before migration 8 (the file's manifest then says 5).
    expect(await migrate(old, 5)).toBe(5);
    await old.exec(`INSERT INTO development_area VALUES
      ('u1', '0114', 's1', 'Kortare väntetid', 2023, 2024, 'Under riket', 'pågår', NULL, TIMESTAMP '2023-05-01 10:00:00', TIMESTAMP '2023-05-01 10:00:00'),
      ('u2', '0114', NULL, 'Basutbildning', 2022, 2023, NULL, 'Avslutat', 'klart', TIMESTAMP '2022-03-01 10:00:00', TIMESTAMP '2023-03-01 10:00:00'),
      ('u3', '0114', 's2', 'ASI-användning', NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2024-01-01 10:00:00', TIMESTAMP '2024-01-01 10:00:00')`);
  });
  afterAll(async () => old.close());

  /** A file as a version-5 app wrote it: no schema-8 tables, development_area with its eleven columns. */
  async function oldFile(): Promise<Uint8Array> {
    const empty = await openNodeDb();
    try {
      await migrate(empty);
      const files = unzipSync(await writeWorkspace(empty, 'test', { formatVersion: 1 }));
      const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
        schemaVersion: number;
        tables: Record<string, { rows: number; path: string }>;
      };
      for (const table of ['development_area_series', 'development_evaluation']) {
        delete files[manifest.tables[table]!.path];
        delete manifest.tables[table];
      }
      files['tables/development_area.arrow'] = new Uint8Array(
        await old.queryArrowIpc('SELECT * FROM development_area'),
      );
      manifest.tables['development_area']!.rows = 3;
      manifest.schemaVersion = 5;
      files['manifest.json'] = strToU8(JSON.stringify(manifest));
      return zipSync(files);
    } finally {
      await empty.close();
    }
  }

  it('opens an old file: series backfilled, statuses as codes, origin manual, nothing lost', async () => {
    const bytes = await oldFile();
    const db = await openNodeDb();
    try {
      const manifest = await readWorkspace(db, bytes);
      expect(manifest.schemaVersion).toBe(5);
      expect(
        await db.query(
          'SELECT development_area_id AS id, series_id, title, status, origin, owner, decided_by, decided_date, closed_at FROM development_area ORDER BY id',
        ),
      ).toEqual([
        {
          id: 'u1',
          series_id: 's1',
          title: 'Kortare väntetid',
          status: 'in_progress',
          origin: 'manual',
          owner: null,
          decided_by: null,
          decided_date: null,
          closed_at: null,
        },
        {
          id: 'u2',
          series_id: null,
          title: 'Basutbildning',
          status: 'closed',
          origin: 'manual',
          owner: null,
          decided_by: null,
          decided_date: null,
          closed_at: null,
        },
        {
          id: 'u3',
          series_id: 's2',
          title: 'ASI-användning',
          status: 'in_progress',
          origin: 'manual',
          owner: null,
          decided_by: null,
          decided_date: null,
          closed_at: null,
        },
      ]);
      expect(
        await db.query(
          'SELECT development_area_id AS id, series_id, position FROM development_area_series ORDER BY id',
        ),
      ).toEqual([
        { id: 'u1', series_id: 's1', position: 0 },
        { id: 'u3', series_id: 's2', position: 0 },
      ]);
    } finally {
      await db.close();
    }
  });

  it('carries the new tables and columns through save and open', async () => {
    const db = await openNodeDb();
    const again = await openNodeDb();
    try {
      await migrate(db);
      await db.exec(`INSERT INTO development_area (development_area_id, unit_code, series_id, title, status, owner, decided_by, decided_date, closed_at, closing_note, origin, origin_ref, created_at, updated_at)
        VALUES ('u9', '0114', 's1', 'Uppföljning av placerade', 'closed', 'IFO-chefen', 'Socialnämnden', DATE '2024-03-12', DATE '2025-02-01', 'Målet nått', 'finding', '{"unitCode":"0114","seriesId":"s1"}', now()::TIMESTAMP, now()::TIMESTAMP)`);
      await db.exec(`INSERT INTO development_area_series VALUES ('u9', 's1', 0), ('u9', 's3', 1)`);
      await db.exec(
        `INSERT INTO development_evaluation VALUES ('0114', 2024, 'Två av tre mål nådda.', now()::TIMESTAMP, now()::TIMESTAMP)`,
      );
      const manifest = await readWorkspace(again, await writeWorkspace(db, 'test'));
      expect(manifest.schemaVersion).toBe(SCHEMA_VERSION);
      expect(
        await again.query(
          `SELECT owner, decided_by, strftime(decided_date, '%Y-%m-%d') AS decided, strftime(closed_at, '%Y-%m-%d') AS closed, closing_note, origin, origin_ref FROM development_area`,
        ),
      ).toEqual([
        {
          owner: 'IFO-chefen',
          decided_by: 'Socialnämnden',
          decided: '2024-03-12',
          closed: '2025-02-01',
          closing_note: 'Målet nått',
          origin: 'finding',
          origin_ref: '{"unitCode":"0114","seriesId":"s1"}',
        },
      ]);
      expect(
        await again.query('SELECT series_id FROM development_area_series ORDER BY position'),
      ).toEqual([{ series_id: 's1' }, { series_id: 's3' }]);
      expect(await again.query('SELECT year, text FROM development_evaluation')).toEqual([
        { year: 2024, text: 'Två av tre mål nådda.' },
      ]);
    } finally {
      await db.close();
      await again.close();
    }
  });

  it('lists the new tables for the workspace file and their Arrow columns', () => {
    expect(DATA_TABLES).toContain('development_area_series');
    expect(DATA_TABLES).toContain('development_evaluation');
    expect(COLUMNS.development_area_series.map((c) => c.name)).toEqual([
      'development_area_id',
      'series_id',
      'position',
    ]);
  });
});
