import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../shared/db/db';
import { DATA_TABLES, SCHEMA_VERSION, tableCounts } from '../../../shared/db/schema';
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

describe('workspace file (*.ojanalys)', () => {
  let source: Db;
  let bytes: Uint8Array;
  beforeAll(async () => {
    source = await openNodeDb();
    await initNewWorkspace(source);
    await loadDemoData(source, SMALL);
    bytes = await writeWorkspace(source, '0.1.0');
  });
  afterAll(async () => source.close());

  it('is a zip with a manifest and one Arrow file per table', () => {
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(
      ['manifest.json', ...DATA_TABLES.map((t) => `tables/${t}.arrow`)].sort(),
    );
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.schemaVersion).toBe(SCHEMA_VERSION);
    expect(manifest.tables.unit.rows).toBe(1 + 21 + 290);
    expect(manifest.sourceFiles).toHaveLength(4 * 2);
  });

  it.each(['js', 'native'] as const)(
    'reopens in a fresh engine with every table identical (%s inflate)',
    async (inflate) => {
      const reopened = await openNodeDb();
      try {
        await readWorkspace(reopened, bytes, { inflate });
        expect(await tableCounts(reopened)).toEqual(await tableCounts(source));
        for (const table of DATA_TABLES)
          expect(await dump(reopened, table)).toBe(await dump(source, table));
      } finally {
        await reopened.close();
      }
    },
  );

  it("writes the observations' repeating text dictionary-encoded", () => {
    const observation = tableFromIPC(unzipSync(bytes)['tables/observation.arrow']!);
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
    const older = rewrite(bytes, (files) => {
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
      expect(
        await db.query("SELECT * FROM information_schema.tables WHERE table_name = 'unit'"),
      ).toEqual([]);
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

  it('loads all or nothing: a damaged table leaves every table empty', async () => {
    const damaged = rewrite(bytes, (files) => {
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

  it('refuses a file that is not a workspace', async () => {
    const other = zipSync({ 'hello.txt': strToU8('hej') });
    expect(() => readWorkspaceManifest(other)).toThrow(/saknar manifest.json/);
  });
});
