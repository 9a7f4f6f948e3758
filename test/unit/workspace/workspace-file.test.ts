import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../shared/db/db';
import {
  DATA_TABLES,
  migrate,
  SCHEMA_VERSION,
  schemaVersion,
  tableCounts,
} from '../../../shared/db/schema';
import { inTransaction } from '../../../shared/db/transaction';
import { openNodeDb } from '../../../shared/platform/node/duckdb-node';
import { loadDemoData } from '../../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../../shared/workspace/new-workspace';
import {
  readWorkspace,
  readWorkspaceManifest,
  writeWorkspace,
} from '../../../shared/workspace/workspace-file';

const SMALL = { years: [2023, 2024] } as const;

async function dump(db: Db, table: string): Promise<string> {
  const rows = await db.query(`SELECT * FROM ${table} ORDER BY ALL`);
  return JSON.stringify(rows);
}

function rewrite(
  bytes: Uint8Array,
  change: (files: Record<string, Uint8Array>) => void,
): Uint8Array {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files);
}

/** Every table of the workspace still empty: nothing was loaded. */
async function isEmpty(db: Db): Promise<boolean> {
  return (
    (await db.query("SELECT * FROM information_schema.tables WHERE table_name = 'unit'")).length ===
    0
  );
}

/** A workspace file saved from a fresh engine after `setup`. */
async function savedFrom(setup: (db: Db) => Promise<void>): Promise<Uint8Array> {
  const db = await openNodeDb();
  try {
    await setup(db);
    return await writeWorkspace(db, '0.1.0');
  } finally {
    await db.close();
  }
}

/** Open `file` in a fresh engine and hand it to `check`. */
async function opened<T>(file: Uint8Array, check: (db: Db) => Promise<T>): Promise<T> {
  const db = await openNodeDb();
  try {
    return await check(db);
  } finally {
    await db.close();
  }
}

/** The file is refused with `message` and the engine is left empty. */
const refuses = (file: Uint8Array, message: RegExp) =>
  opened(file, async (db) => {
    await expect(readWorkspace(db, file)).rejects.toThrow(message);
    expect(await isEmpty(db)).toBe(true);
  });

describe('workspace file (*.ojanalys)', () => {
  let source: Db;
  /** Format 2: the database file. */
  let bytes: Uint8Array;
  /** Format 1: one Arrow stream per table, as files saved before 2026-12-03 are. */
  let arrowBytes: Uint8Array;
  beforeAll(async () => {
    source = await openNodeDb();
    await initNewWorkspace(source);
    await loadDemoData(source, SMALL);
    bytes = await writeWorkspace(source, '0.1.0');
    arrowBytes = await writeWorkspace(source, '0.1.0', { formatVersion: 1 });
  });
  afterAll(async () => source.close());

  it("is a zip with a manifest and the workspace's DuckDB database file", () => {
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['database.duckdb', 'manifest.json']);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.database).toBe('database.duckdb');
    expect(manifest.schemaVersion).toBe(SCHEMA_VERSION);
    expect(manifest.tables.unit.rows).toBe(1 + 21 + 290);
    expect(manifest.sourceFiles).toHaveLength(4 * 2);
    // A DuckDB database file: the magic bytes "DUCK" after the header's checksum.
    expect(strFromU8(files['database.duckdb']!.subarray(8, 12))).toBe('DUCK');
  });

  it('format 1 is a zip with a manifest and one Arrow file per table', () => {
    const files = unzipSync(arrowBytes);
    expect(Object.keys(files).sort()).toEqual(
      ['manifest.json', ...DATA_TABLES.map((t) => `tables/${t}.arrow`)].sort(),
    );
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.formatVersion).toBe(1);
    expect(manifest.tables.unit.rows).toBe(1 + 21 + 290);
  });

  it.each([
    ['format 2', 'js'],
    ['format 2', 'native'],
    ['format 1', 'js'],
    ['format 1', 'native'],
  ] as const)(
    'reopens in a fresh engine with every table identical (%s, %s inflate)',
    async (format, inflate) => {
      const reopened = await openNodeDb();
      try {
        await readWorkspace(reopened, format === 'format 2' ? bytes : arrowBytes, { inflate });
        expect(await tableCounts(reopened)).toEqual(await tableCounts(source));
        for (const table of DATA_TABLES)
          expect(await dump(reopened, table)).toBe(await dump(source, table));
      } finally {
        await reopened.close();
      }
    },
  );

  it("format 1 writes the observations' repeating text dictionary-encoded", () => {
    const observation = tableFromIPC(unzipSync(arrowBytes)['tables/observation.arrow']!);
    expect(observation.numRows).toBeGreaterThan(10_000);
    const types = Object.fromEntries(
      observation.schema.fields.map((f) => [f.name, String(f.type)]),
    );
    for (const column of ['indicator_id', 'unit_code', 'status', 'file_id', 'sheet', 'cell'])
      expect(types[column], column).toMatch(/^Dictionary<Uint(8|16), Utf8>$/);
    expect(types['value_num']).toBe('Float64');
  });

  it('opens a file saved before dictionaries (every text column plain Utf8) identically', async () => {
    const plain = await source.queryArrowIpc('SELECT * FROM observation');
    expect(
      tableFromIPC(plain)
        .schema.fields.filter((f) => f.name === 'indicator_id')
        .map((f) => String(f.type)),
    ).toEqual(['Utf8']);
    const older = rewrite(arrowBytes, (files) => {
      files['tables/observation.arrow'] = plain;
    });
    const reopened = await openNodeDb();
    try {
      await readWorkspace(reopened, older);
      expect(await dump(reopened, 'observation')).toBe(await dump(source, 'observation'));
    } finally {
      await reopened.close();
    }
  });

  it('refuses a file saved by a newer version, without loading anything', async () => {
    const newer = rewrite(bytes, (files) => {
      const manifest = JSON.parse(strFromU8(files['manifest.json']!));
      manifest.schemaVersion = SCHEMA_VERSION + 1;
      manifest.appVersion = '9.0.0';
      files['manifest.json'] = strToU8(JSON.stringify(manifest));
    });
    expect(() => readWorkspaceManifest(newer)).toThrow(/nyare version av ÖJ-analys \(9\.0\.0\)/);
    const db = await openNodeDb();
    try {
      await expect(readWorkspace(db, newer)).rejects.toThrow(/nyare version/);
      expect(await isEmpty(db)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it.each(['js', 'native'] as const)(
    'refuses a truncated file with a clear message (%s inflate)',
    async (inflate) => {
      const db = await openNodeDb();
      try {
        await expect(
          readWorkspace(db, bytes.slice(0, bytes.length >> 1), { inflate }),
        ).rejects.toThrow(/skadat eller ofullständigt|manifest/);
      } finally {
        await db.close();
      }
    },
  );

  it('format 1 loads all or nothing: a damaged table leaves every table empty', async () => {
    const damaged = rewrite(arrowBytes, (files) => {
      files['tables/observation.arrow'] = files['tables/unit.arrow']!;
    });
    const db = await openNodeDb();
    try {
      await expect(readWorkspace(db, damaged)).rejects.toThrow();
      const counts = await tableCounts(db);
      expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('refuses a damaged database file and leaves an empty engine that still works', async () => {
    const database = unzipSync(bytes)['database.duckdb']!;
    const garbled = database.slice();
    garbled.fill(0x5a, 0, 64); // the main header: checksum, magic and version
    for (const broken of [garbled, database.slice(0, 4096), new Uint8Array(0)]) {
      const db = await openNodeDb();
      try {
        await expect(
          readWorkspace(
            db,
            rewrite(bytes, (files) => {
              files['database.duckdb'] = broken;
            }),
          ),
        ).rejects.toThrow(/database.duckdb\) går inte att läsa: filen är skadad/);
        expect(await isEmpty(db)).toBe(true);
        await initNewWorkspace(db);
        expect((await tableCounts(db)).unit).toBe(1 + 21 + 290);
      } finally {
        await db.close();
      }
    }
  });

  it.each([
    ['a macro', 'CREATE MACRO ojx(a) AS a + 1', /funktionen ojx/],
    ['a table of its own', 'CREATE TABLE extra (x INTEGER)', /tabellen extra/],
    ['a view of its own', 'CREATE VIEW extra_view AS SELECT 1', /vyn extra_view/],
    ['a sequence', 'CREATE SEQUENCE seq1', /sekvensen seq1/],
    [
      'a column of its own',
      'ALTER TABLE setting ADD COLUMN z INTEGER DEFAULT 0',
      /Tabellen setting i arbetsytans databas är inte som ÖJ-analys gör den/,
    ],
    [
      'a table of ours with a default of its own',
      `CREATE OR REPLACE TABLE setting ("key" VARCHAR PRIMARY KEY, "value" VARCHAR NOT NULL DEFAULT 'x')`,
      /Tabellen setting i arbetsytans databas är inte som ÖJ-analys gör den/,
    ],
    [
      'a table of ours with a computed column',
      'CREATE OR REPLACE TABLE setting ("key" VARCHAR PRIMARY KEY, "value" VARCHAR GENERATED ALWAYS AS (upper("key")))',
      /Tabellen setting i arbetsytans databas är inte som ÖJ-analys gör den/,
    ],
  ])('refuses a database holding %s, loading nothing', async (_what, sql, message) => {
    const file = await savedFrom(async (db) => {
      await initNewWorkspace(db);
      await db.exec(sql);
    });
    await refuses(file, message);
  });

  it('refuses one of our view names in a file of a schema from before those views', async () => {
    const file = await savedFrom(async (db) => {
      expect(await migrate(db, 4)).toBe(4);
      await db.exec('CREATE VIEW current_observation AS SELECT * FROM observation');
    });
    await refuses(file, /vyn current_observation/);
  });

  it("replaces the file's own definition of our views with ours", async () => {
    const file = await savedFrom(async (db) => {
      await initNewWorkspace(db);
      await loadDemoData(db, SMALL);
      await db.exec(
        'CREATE OR REPLACE VIEW current_observation AS SELECT * FROM observation LIMIT 0',
      );
    });
    await opened(file, async (db) => {
      await readWorkspace(db, file);
      const [reopened] = await db.query<{ n: number }>(
        'SELECT count(*) AS n FROM current_observation',
      );
      const [original] = await source.query<{ n: number }>(
        'SELECT count(*) AS n FROM current_observation',
      );
      expect(reopened!.n).toBe(original!.n);
      expect(reopened!.n).toBeGreaterThan(0);
    });
  });

  it('opens a format-2 file of an older schema and brings it up to date, every row kept', async () => {
    const file = await savedFrom(async (db) => {
      expect(await migrate(db, 5)).toBe(5);
      await db.exec(`INSERT INTO annotation VALUES
        ('a1', '0184', NULL, 2023, 'Hela kommunen.', false,
         TIMESTAMP '2023-05-01 10:00:00', TIMESTAMP '2023-05-01 10:00:00')`);
    });
    expect(readWorkspaceManifest(file).schemaVersion).toBe(5);
    await opened(file, async (db) => {
      await readWorkspace(db, file);
      expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(
        await db.query('SELECT annotation_id, text, stance FROM annotation ORDER BY ALL'),
      ).toEqual([{ annotation_id: 'a1', text: 'Hela kommunen.', stance: null }]);
    });
  });

  it('a save while a transaction is open waits for it: the transaction commits, the file holds its rows', async () => {
    const db = await openNodeDb();
    const reopened = await openNodeDb();
    try {
      await initNewWorkspace(db);
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      const transaction = inTransaction(db, async () => {
        await db.exec("INSERT INTO setting VALUES ('a', '1')");
        await gate;
        await db.exec("INSERT INTO setting VALUES ('b', '2')");
      });
      // An autosave in the middle of an import: its CHECKPOINT inside the transaction would abort it.
      const saving = writeWorkspace(db, '0.1.0');
      await new Promise((resolve) => setTimeout(resolve, 100));
      release();
      await transaction;
      await readWorkspace(reopened, await saving);
      expect(
        await reopened.query("SELECT key, value FROM setting WHERE key IN ('a', 'b') ORDER BY key"),
      ).toEqual([
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ]);
    } finally {
      await db.close();
      await reopened.close();
    }
  });

  it('a saved file holds no trace of a deleted note; only the autosave copy may', async () => {
    const db = await openNodeDb();
    const reopened = await openNodeDb();
    const secret = 'HEMLIG-ANTECKNING-OM-EN-ENSKILD-PERSON';
    const contains = (file: Uint8Array) =>
      Buffer.from(unzipSync(file)['database.duckdb']!).includes(Buffer.from(secret));
    try {
      await initNewWorkspace(db);
      await db.exec(`INSERT INTO annotation (annotation_id, unit_code, text, created_at, updated_at)
        VALUES ('a1', '0184', '${secret}', TIMESTAMP '2024-05-01 10:00:00', TIMESTAMP '2024-05-01 10:00:00'),
               ('a2', '0184', 'Kvar.', TIMESTAMP '2024-05-01 10:00:00', TIMESTAMP '2024-05-01 10:00:00')`);
      await writeWorkspace(db, '0.1.0');
      await db.exec("DELETE FROM annotation WHERE annotation_id = 'a1'");
      // The working file as it is still holds the deleted text: what this test would catch.
      expect(contains(await writeWorkspace(db, '0.1.0', { compact: false }))).toBe(true);
      const saved = await writeWorkspace(db, '0.1.0');
      expect(contains(saved)).toBe(false);
      await readWorkspace(reopened, saved);
      expect(await reopened.query('SELECT annotation_id, text FROM annotation')).toEqual([
        { annotation_id: 'a2', text: 'Kvar.' },
      ]);
    } finally {
      await db.close();
      await reopened.close();
    }
  });

  it('refuses a file that is not a workspace', async () => {
    const other = zipSync({ 'hello.txt': strToU8('hej') });
    expect(() => readWorkspaceManifest(other)).toThrow(/saknar manifest.json/);
  });
});
