import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../shared/app/command-types';
import { runCommand } from '../../shared/app/commands';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { loadDemoData } from '../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * The Utvecklingsområden page's commands (issue 20 item 4) on the demo
 * workspace (2020–2024): a red result becomes an utvecklingsområde, is
 * decided, followed up and evaluated, and drops out of the reds to start from.
 */
describe('development.* commands', () => {
  let ctx: CommandContext;
  const scope = { home: '0184', peers: { kind: 'kommungrupp', classification: 2023 } } as const;
  beforeAll(async () => {
    const db = await openNodeDb();
    await initNewWorkspace(db);
    await loadDemoData(db);
    ctx = { db };
  });
  afterAll(async () => ctx.db.close());

  it('from a red result to a decision, a follow-up and an evaluation', async () => {
    const choices = await runCommand(ctx, 'development.seriesChoices', {});
    expect(choices.some((c) => c.lastYear === 2024)).toBe(true);
    const reds = await runCommand(ctx, 'development.candidates', scope);
    const red = reds.find((r) => r.year === 2024);
    expect(red).toBeDefined();
    const id = await runCommand(ctx, 'development.create', {
      unitCode: '0184',
      title: red!.label,
      originRef: { unitCode: '0184', seriesId: red!.seriesId },
    });
    await runCommand(ctx, 'development.setStatus', {
      id,
      status: 'decided',
      decidedDate: '2023-04-20',
      decidedBy: 'Socialnämnden',
    });
    const { areas, years } = await runCommand(ctx, 'development.list', scope);
    expect(years).toEqual([2023]);
    const area = areas.find((a) => a.id === id)!;
    expect(area).toMatchObject({
      status: 'decided',
      origin: 'finding',
      seriesIds: [red!.seriesId],
      seriesLabels: [red!.label],
    });
    // At its 2024 publication the series is red (the finding); the decision's baseline is 2023's.
    expect(area.followUp?.indicators[0]).toMatchObject({
      now: { year: 2024, standing: 'unfavourable' },
      then: { year: 2023 },
    });
    const evaluation = await runCommand(ctx, 'development.evaluation', { ...scope, year: 2023 });
    expect(evaluation.decided.map((f) => f.developmentAreaId)).toEqual([id]);
    expect(
      (await runCommand(ctx, 'development.candidates', scope)).map((r) => r.seriesId),
    ).not.toContain(red!.seriesId);
    await expect(
      runCommand(ctx, 'development.setStatus', { id, status: 'proposed' }),
    ).resolves.toMatchObject({ status: 'proposed' });
    await runCommand(ctx, 'development.delete', { id });
    expect((await runCommand(ctx, 'development.list', scope)).areas).toEqual([]);
  });
});
