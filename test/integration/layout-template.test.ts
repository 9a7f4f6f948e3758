import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { migrate } from '../../shared/db/schema';
import type { Db } from '../../shared/db/db';
import {
  deleteLayoutTemplate,
  exportLayoutTemplates,
  importLayoutTemplates,
  listLayoutTemplates,
  parseLayoutTemplateFile,
  saveLayoutTemplate,
} from '../../shared/import/layout-template';

describe('layout templates in the workspace', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await migrate(db);
  });
  afterAll(async () => db.close());

  const mapping = {
    sheet: 'Kommun',
    unitCol: 1,
    headerRows: [0, 1],
    columns: { 0: 'context', 4: 'n' },
    directions: { 3: 'lower_better' },
  } as const;

  it('saves, replaces by publisher + signature, keeps the first creation time', async () => {
    const first = await saveLayoutTemplate(
      db,
      { publisher: 'Socialstyrelsen', signature: 'sig-a', sheetName: 'Kommun', mapping },
      1_700_000_000_000,
    );
    const again = await saveLayoutTemplate(
      db,
      {
        publisher: 'Socialstyrelsen',
        signature: 'sig-a',
        sheetName: 'Kommun',
        mapping: { ...mapping, unitCol: 2 },
      },
      1_700_000_100_000,
    );
    expect(again.templateId).toBe(first.templateId);
    const list = await listLayoutTemplates(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      publisher: 'Socialstyrelsen',
      signature: 'sig-a',
      sheetName: 'Kommun',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_100_000,
    });
    expect(list[0]!.mapping).toEqual({ ...mapping, unitCol: 2 });
  });

  it('keeps another publisher apart, deletes one', async () => {
    const other = await saveLayoutTemplate(db, {
      publisher: null,
      signature: 'sig-a',
      sheetName: null,
      mapping,
    });
    expect(await listLayoutTemplates(db)).toHaveLength(2);
    await deleteLayoutTemplate(db, other.templateId);
    expect((await listLayoutTemplates(db)).map((t) => t.publisher)).toEqual(['Socialstyrelsen']);
  });

  it('exports and imports as a JSON file', async () => {
    const json = await exportLayoutTemplates(db);
    const other = await openNodeDb();
    try {
      await migrate(other);
      expect(await importLayoutTemplates(other, json)).toBe(1);
      const [t] = await listLayoutTemplates(other);
      expect(t?.mapping).toEqual({ ...mapping, unitCol: 2 });
    } finally {
      await other.close();
    }
  });

  it('refuses a file that is not templates, or a mapping with unknown roles', () => {
    expect(() => parseLayoutTemplateFile('{}')).toThrow(/tolkningsmallar/);
    expect(() => parseLayoutTemplateFile('nej')).toThrow(/JSON/);
    const bad = JSON.stringify({
      kind: 'oj-analys/layout-templates',
      version: 1,
      templates: [{ signature: 's', mapping: { sheet: 'A', columns: { 1: 'mystery' } } }],
    });
    expect(() => parseLayoutTemplateFile(bad)).toThrow(/mystery/);
  });
});
