import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../shared/app/commands';
import type { CommandContext } from '../../shared/app/command-types';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { parseImportFile } from '../../shared/import/import-file';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';

/**
 * The core's command map against a real DuckDB workspace: what the renderer's
 * useCommand and the CLI call (issue 18 item 1). One workbook of the fixture
 * generator is imported through the command, then read, corrected and
 * reported on through commands only.
 */
describe('runCommand on a real workspace', () => {
  let ctx: CommandContext;
  const dataset = generateDemoDataset({ years: [2023] });
  const publication = dataset.publications[0]!;
  const home = dataset.units.find((u) => u.level === 'kommun')!.unitCode;

  beforeAll(async () => {
    const db = await openNodeDb();
    await initNewWorkspace(db);
    ctx = { db };
  });
  afterAll(async () => ctx.db.close());

  it('imports a workbook with import.commit, saves the corrections given as templates, and lists the source', async () => {
    const bytes = await writeOjWorkbook(publication, workbookUnitOrder(dataset.units));
    const parsed = await parseImportFile(publication.file.fileName, bytes);
    expect(await runCommand(ctx, 'import.sources', {})).toEqual([]);
    expect(await runCommand(ctx, 'import.alreadyImported', { sha256: parsed.sha256 })).toBeNull();

    const mapping = { sheet: 'Blad1', unitCol: 0, headerRows: [0] };
    const { result, templateSaved } = await runCommand(ctx, 'import.commit', {
      parsed,
      templates: [{ publisher: 'Test', signature: 'sig-1', sheetName: 'Blad1', mapping }],
    });
    expect(result.outcome).toBe('imported');
    expect(templateSaved).toBe(true);

    const sources = await runCommand(ctx, 'import.sources', {});
    expect(sources.map((s) => s.fileName)).toEqual([publication.file.fileName]);
    expect(sources[0]!.sha256).toBe(parsed.sha256);
    expect(sources[0]!.values).toBe(result.outcome === 'imported' ? result.observations : -1);
    expect(await runCommand(ctx, 'import.alreadyImported', { sha256: parsed.sha256 })).toBe(
      publication.file.fileName,
    );
    const templates = await runCommand(ctx, 'import.templates', {});
    expect(templates.map((t) => [t.publisher, t.sheetName])).toEqual([['Test', 'Blad1']]);

    // The same bytes again change nothing, and save no template.
    const again = await runCommand(ctx, 'import.commit', {
      parsed,
      templates: [{ publisher: 'Test', signature: 'sig-2', sheetName: 'Blad1', mapping }],
    });
    expect(again).toMatchObject({ result: { outcome: 'duplicate' }, templateSaved: false });
    expect(await runCommand(ctx, 'import.templates', {})).toHaveLength(1);
  });

  it('reads the catalogue: areas and years of the imported file, one row per indicator', async () => {
    expect(await runCommand(ctx, 'catalogue.areas', {})).toEqual([publication.file.area]);
    expect(await runCommand(ctx, 'catalogue.years', {})).toEqual([2023]);
    const listed = await runCommand(ctx, 'catalogue.list', {});
    expect(listed.total).toBe(publication.indicators.length);
    expect(listed.rows).toHaveLength(publication.indicators.length);
  });

  it('changes a series with catalogue.setSeriesSetting: the catalogue shows it corrected', async () => {
    const { rows } = await runCommand(ctx, 'catalogue.list', {});
    const row = rows.find((r) => r.seriesId !== null && !r.background)!;
    const other = row.direction === 'lower_better' ? 'higher_better' : 'lower_better';
    await runCommand(ctx, 'catalogue.setSeriesSetting', {
      seriesId: row.seriesId!,
      patch: { direction: other },
    });
    const after = (await runCommand(ctx, 'catalogue.list', {})).rows.find(
      (r) => r.indicatorId === row.indicatorId,
    )!;
    expect(after.direction).toBe(other);
    expect(after.edited).toBe(true);
  });

  it('saves and reads a workspace setting', async () => {
    expect(await runCommand(ctx, 'workspace.setting', { key: 'test.choice' })).toEqual({
      value: null,
    });
    await runCommand(ctx, 'workspace.saveSetting', { key: 'test.choice', value: { home } });
    expect(await runCommand(ctx, 'workspace.setting', { key: 'test.choice' })).toEqual({
      value: { home },
    });
  });

  it('saves a report with reports.save, lists and finds it, then builds it the same way as the template', async () => {
    const definition = {
      reportId: 'r-test',
      name: 'Nämndrapport test',
      template: 'namndrapport',
      home,
      peers: { kind: 'all' },
      years: [2023, 2023],
      items: [{ kind: 'meta' }, { kind: 'outliers' }],
    } as const;
    expect(await runCommand(ctx, 'reports.get', { reportId: 'r-test' })).toBeNull();
    await runCommand(ctx, 'reports.save', { definition });
    const saved = await runCommand(ctx, 'reports.get', { reportId: 'r-test' });
    expect(saved).toEqual(definition);
    expect(await runCommand(ctx, 'reports.list', {})).toEqual([
      { reportId: 'r-test', name: 'Nämndrapport test', template: 'namndrapport' },
    ]);
    expect(await runCommand(ctx, 'reports.findByName', { name: 'Nämndrapport test' })).toEqual(
      saved,
    );

    const fromSaved = await runCommand(ctx, 'reports.build', {
      source: { kind: 'saved', definition: saved! },
    });
    expect(fromSaved.home.code).toBe(home);
    expect(fromSaved.years).toEqual([2023, 2023]);
    expect(fromSaved.items).toEqual([{ kind: 'meta' }, { kind: 'outliers' }]);

    const fromTemplate = await runCommand(ctx, 'reports.build', {
      source: { kind: 'template', template: 'presentation', home, peers: { kind: 'all' } },
      years: [2023, 2023],
    });
    expect(fromTemplate.items).toEqual([{ kind: 'meta' }, { kind: 'outliers' }]);
    expect(fromTemplate.standings).toEqual(fromSaved.standings);
  });
});
