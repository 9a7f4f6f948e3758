import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addAnnotation,
  addDevelopmentArea,
  annotationsFor,
  removeAnnotation,
} from '../../shared/analysis/annotations';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { readWorkspace, writeWorkspace } from '../../shared/workspace/workspace-file';

describe('anteckningar and utvecklingsområden', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
  });
  afterAll(async () => db.close());

  it('carries a note forward to later years, but not a one-year note', async () => {
    await addAnnotation(db, {
      unitCode: '0114',
      seriesId: 's1',
      year: 2022,
      text: 'Det får vara rött: vi har valt att prioritera hemtjänsten.',
      carryForward: true,
    });
    await addAnnotation(db, {
      unitCode: '0114',
      seriesId: 's2',
      year: 2022,
      text: 'Bortfall p.g.a. nytt verksamhetssystem.',
      carryForward: false,
    });
    await addAnnotation(db, {
      unitCode: '0115',
      seriesId: 's1',
      year: 2022,
      text: 'Annan kommun.',
      carryForward: true,
    });
    expect((await annotationsFor(db, '0114', 2022)).map((a) => a.seriesId).sort()).toEqual([
      's1',
      's2',
    ]);
    expect((await annotationsFor(db, '0114', 2024)).map((a) => a.text)).toEqual([
      'Det får vara rött: vi har valt att prioritera hemtjänsten.',
    ]);
    await expect(
      addAnnotation(db, {
        unitCode: '0114',
        seriesId: null,
        year: 2024,
        text: '   ',
        carryForward: true,
      }),
    ).rejects.toThrow('Anteckningen är tom.');
  });

  it('keeps notes and utvecklingsområden in the workspace file', async () => {
    await addDevelopmentArea(db, {
      unitCode: '0114',
      seriesId: 's1',
      title: 'Kortare väntetid till särskilt boende',
      decidedYear: 2023,
      followUpYear: 2024,
      target: 'Under rikets värde',
      status: 'pågår',
      notes: null,
    });
    const reopened = await openNodeDb();
    try {
      await readWorkspace(reopened, await writeWorkspace(db, 'test'));
      expect((await annotationsFor(reopened, '0114', 2022)).length).toBe(2);
      expect(await reopened.query('SELECT title, follow_up_year FROM development_area')).toEqual([
        { title: 'Kortare väntetid till särskilt boende', follow_up_year: 2024 },
      ]);
    } finally {
      await reopened.close();
    }
    const [first] = await annotationsFor(db, '0114', 2022);
    await removeAnnotation(db, first!.annotationId);
    expect((await annotationsFor(db, '0114', 2022)).length).toBe(1);
  });
});
