import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactTableArrowIpc } from '../../../shared/db/compact-table-export';
import type { Db } from '../../../shared/db/db';
import { freshDb } from '../../helpers/node-db';

const ROWS = 12_000;

function fieldTypes(ipc: Uint8Array): Record<string, string> {
  return Object.fromEntries(tableFromIPC(ipc).schema.fields.map((f) => [f.name, String(f.type)]));
}

describe('a table written compactly (dictionary-encoded text)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
    // Repeating text (with the awkward values: empty, quote, non-ASCII, NULL), a text
    // column that never repeats, one that is always NULL, and numbers.
    await db.exec(`
      CREATE TABLE t (id INTEGER, kind VARCHAR, unique_text VARCHAR, nothing VARCHAR, "year" INTEGER, v DOUBLE);
      INSERT INTO t SELECT i, ['', 'it''s', 'Åtgärd – ö', NULL, 'x'][1 + i % 5], 'row ' || i::VARCHAR,
        NULL, 2012 + i % 13, CASE WHEN i % 7 = 0 THEN NULL ELSE i / 3 END
      FROM range(${ROWS}) r(i);
      CREATE TABLE small (a VARCHAR);
      INSERT INTO small SELECT 'same' FROM range(100);
    `);
  });
  afterAll(async () => db.close());

  it('encodes the repeating text columns only, and reads back row for row', async () => {
    const ipc = await compactTableArrowIpc(db, 't');
    const types = fieldTypes(ipc);
    expect(types['kind']).toMatch(/^Dictionary</);
    expect(types['unique_text']).toBe('Utf8');
    expect(types['nothing']).toBe('Utf8');
    expect(Object.keys(types)).toEqual(['id', 'kind', 'unique_text', 'nothing', 'year', 'v']);

    await db.exec('CREATE TABLE back AS SELECT * FROM t WHERE false');
    expect(await db.insertArrowIpc('back', ipc)).toBe(ROWS);
    const differences = await db.query(
      'SELECT count(*) AS n FROM (SELECT * FROM t EXCEPT ALL SELECT * FROM back)',
    );
    expect(differences).toEqual([{ n: 0 }]);
    expect(await db.query("SELECT count(*) AS n FROM back WHERE kind = 'it''s'")).toEqual([
      { n: ROWS / 5 },
    ]);
  });

  it('leaves no temporary type behind', async () => {
    await compactTableArrowIpc(db, 't');
    expect(
      await db.query("SELECT type_name FROM duckdb_types() WHERE type_name LIKE '__oj_%'"),
    ).toEqual([]);
  });

  it('writes the table as it is when a value arrives between the dictionary and the export', async () => {
    await db.exec('CREATE TABLE moving AS SELECT * FROM t');
    // The same engine, with other work writing right after each dictionary is made.
    const busy: Db = {
      ...db,
      exec: async (sql) => {
        await db.exec(sql);
        if (sql.startsWith('CREATE TYPE'))
          await db.exec("INSERT INTO moving VALUES (-1, 'new kind', 'row -1', NULL, 2030, NULL)");
      },
    };
    const ipc = await compactTableArrowIpc(busy, 'moving');
    const back = tableFromIPC(ipc);
    expect(fieldTypes(ipc)['kind']).toBe('Utf8');
    expect(back.numRows).toBe(ROWS + 1);
    expect(back.getChild('kind')!.toArray()).toContain('new kind');
  });

  it('writes a small table as it is', async () => {
    expect(fieldTypes(await compactTableArrowIpc(db, 'small'))).toEqual({ a: 'Utf8' });
  });
});
