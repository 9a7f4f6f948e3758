import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAnnotation,
  annotationsFor,
  listAnnotations,
  stanceNotesFor,
  updateAnnotation,
} from '../../shared/analysis/annotations';
import type { Db } from '../../shared/db/db';
import { DATA_TABLES, migrate, SCHEMA_VERSION, schemaVersion } from '../../shared/db/schema';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import {
  readWorkspace,
  WORKSPACE_FORMAT,
  writeWorkspace,
} from '../../shared/workspace/workspace-file';

/** A workspace file as a schema-5 app wrote it: the tables that existed then, annotation without `stance`. */
async function schema5File(): Promise<Uint8Array> {
  const old = await openNodeDb();
  try {
    expect(await migrate(old, 5)).toBe(5);
    await old.exec(`INSERT INTO annotation VALUES
      ('a1', '0184', 'missbruk:x', 2022, 'Det får vara rött, vi har valt att prioritera andra saker.', true,
       TIMESTAMP '2022-05-01 10:00:00', TIMESTAMP '2022-05-01 10:00:00'),
      ('a2', '0184', NULL, 2023, 'Hela kommunen.', false,
       TIMESTAMP '2023-05-01 10:00:00', TIMESTAMP '2023-05-01 10:00:00')`);
    const existing = new Set(
      (
        await old.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'",
        )
      ).map((t) => t.table_name),
    );
    const files: Record<string, Uint8Array> = {};
    const tables: Record<string, { rows: number; path: string }> = {};
    for (const table of DATA_TABLES.filter((t) => existing.has(t))) {
      const path = `tables/${table}.arrow`;
      files[path] = await old.queryArrowIpc(`SELECT * FROM ${table}`);
      const [count] = await old.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
      tables[table] = { rows: Number(count!.n), path };
    }
    files['manifest.json'] = strToU8(
      JSON.stringify({
        format: WORKSPACE_FORMAT,
        formatVersion: 1,
        appVersion: '0.1.0',
        schemaVersion: 5,
        savedAt: '2024-01-01T00:00:00.000Z',
        tables,
        sourceFiles: [],
      }),
    );
    return zipSync(files);
  } finally {
    await old.close();
  }
}

describe('schema 6: a note’s stance', () => {
  it('opens a workspace saved before stances existed: every note kept, none with a stance', async () => {
    const db = await openNodeDb();
    try {
      const manifest = await readWorkspace(db, await schema5File());
      expect(manifest.schemaVersion).toBe(5);
      expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
      const notes = await annotationsFor(db, '0184', 2024);
      expect(notes.map((n) => [n.annotationId, n.stance, n.carryForward])).toEqual([
        ['a1', null, true],
      ]);
      expect(await stanceNotesFor(db, '0184')).toEqual([]);
      // The old note can now take a stance, and it is carried forward with the note.
      await updateAnnotation(db, 'a1', { stance: 'prioriterat_bort' });
      expect((await stanceNotesFor(db, '0184')).map((n) => [n.annotationId, n.stance])).toEqual([
        ['a1', 'prioriterat_bort'],
      ]);
    } finally {
      await db.close();
    }
  });

  describe('on a new workspace', () => {
    let db: Db;
    beforeAll(async () => {
      db = await openNodeDb();
      await initNewWorkspace(db);
    });
    afterAll(async () => db.close());

    it('writes, edits and lists a stance; refuses an unknown one and one without an indicator', async () => {
      const id = await addAnnotation(db, {
        unitCode: '0184',
        seriesId: 'aldreomsorg:x',
        year: 2023,
        text: 'Ny rutin införd 2023.',
        carryForward: true,
        stance: 'atgard_pagar',
      });
      const plain = await addAnnotation(db, {
        unitCode: '0184',
        seriesId: 'aldreomsorg:y',
        year: 2024,
        text: 'Bara en anteckning.',
        carryForward: false,
      });
      expect((await listAnnotations(db, '0184')).map((n) => [n.annotationId, n.stance])).toEqual([
        [plain, null],
        [id, 'atgard_pagar'],
      ]);
      expect((await listAnnotations(db, '0184', 'aldreomsorg:x')).length).toBe(1);
      await updateAnnotation(db, id, { stance: 'forklarat', text: 'Förklarat: ny mätmetod.' });
      await updateAnnotation(db, plain, { stance: 'metodbrist' });
      expect(
        (await stanceNotesFor(db, '0184')).map((n) => [n.seriesId, n.year, n.stance, n.text]),
      ).toEqual([
        ['aldreomsorg:y', 2024, 'metodbrist', 'Bara en anteckning.'],
        ['aldreomsorg:x', 2023, 'forklarat', 'Förklarat: ny mätmetod.'],
      ]);
      // Taking the stance away leaves the note.
      await updateAnnotation(db, plain, { stance: null });
      expect((await stanceNotesFor(db, '0184')).length).toBe(1);
      expect((await listAnnotations(db, '0184')).length).toBe(2);

      await expect(
        addAnnotation(db, {
          unitCode: '0184',
          seriesId: 'aldreomsorg:x',
          year: 2024,
          text: 'x',
          carryForward: true,
          stance: 'okänd' as never,
        }),
      ).rejects.toThrow('Okänt ställningstagande');
      await expect(
        addAnnotation(db, {
          unitCode: '0184',
          seriesId: null,
          year: 2024,
          text: 'Hela kommunen',
          carryForward: true,
          stance: 'forklarat',
        }),
      ).rejects.toThrow('behöver en indikator');
      await expect(
        updateAnnotation(db, id, { seriesId: null, stance: 'forklarat' }),
      ).rejects.toThrow('behöver en indikator');
    });

    it('keeps the stance in the workspace file', async () => {
      const reopened = await openNodeDb();
      try {
        await readWorkspace(reopened, await writeWorkspace(db, 'test'));
        expect((await stanceNotesFor(reopened, '0184')).map((n) => n.stance)).toEqual([
          'forklarat',
        ]);
      } finally {
        await reopened.close();
      }
    });
  });
});
