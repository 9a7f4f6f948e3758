import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../shared/app/command-types';
import { runCommand } from '../../shared/app/commands';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { loadDemoData } from '../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * The commands Anteckningar, Översikt and Avvikare read through (issue 18
 * item 1), on the demo workspace: a stance written with notes.add shows up
 * in findings.overview as a red with a stance, in the metaanalys cell of its
 * area and year, and nowhere as unexplained.
 */
describe('notes and findings commands', () => {
  let ctx: CommandContext;
  beforeAll(async () => {
    const db = await openNodeDb();
    await initNewWorkspace(db);
    await loadDemoData(db);
    ctx = { db };
  });
  afterAll(async () => ctx.db.close());

  const choice = {
    home: '0184',
    peers: { kind: 'kommungrupp', classification: 2023 } as const,
    from: 2020,
    to: 2024,
    mode: 'relative',
    rows: 'area',
  } as const;

  it('a stance written on a 2024 red moves it from unexplained to with a stance', async () => {
    const before = await runCommand(ctx, 'findings.overview', { choice });
    expect(before.stances).toEqual([]);
    const red = before.reds.unexplained.find((r) => r.year === 2024 && r.seriesId)!;
    expect(red).toBeDefined();
    const total = before.reds.unexplained.length;
    expect(before.reds.withStance).toEqual([]);

    const id = await runCommand(ctx, 'notes.add', {
      unitCode: '0184',
      seriesId: red.seriesId,
      year: 2024,
      text: 'Det får vara rött.',
      carryForward: true,
      stance: 'prioriterat_bort',
    });
    const after = await runCommand(ctx, 'findings.overview', { choice });
    expect(after.reds.unexplained.length).toBe(total - 1);
    expect(after.reds.withStance.map((r) => [r.row.seriesId, r.note.stance])).toEqual([
      [red.seriesId, 'prioriterat_bort'],
    ]);
    const cell = after.cells.find((c) => c.key === red.area && c.year === 2024)!;
    expect(cell.unfavourableWithStance).toBe(1);
    expect(after.cells.filter((c) => c !== cell).every((c) => c.unfavourableWithStance === 0)).toBe(
      true,
    );

    const listed = await runCommand(ctx, 'notes.list', {
      unitCode: '0184',
      seriesId: red.seriesId,
    });
    expect(listed.map((n) => [n.annotationId, n.stance])).toEqual([[id, 'prioriterat_bort']]);
    await runCommand(ctx, 'notes.update', { annotationId: id, change: { stance: null } });
    const cleared = await runCommand(ctx, 'findings.overview', { choice });
    expect(cleared.reds.withStance).toEqual([]);
    expect(cleared.reds.unexplained.length).toBe(total);
  });

  it('lists kommuner with data, years and what is loaded', async () => {
    const options = await runCommand(ctx, 'findings.choiceOptions', {});
    expect(options.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(options.kommuner.find((k) => k.code === '0184')?.name).toBe('Solna');
    const publications = await runCommand(ctx, 'findings.publications', {});
    expect(publications.map((p) => p.year).filter((y) => y === 2024).length).toBe(4);
  });
});
