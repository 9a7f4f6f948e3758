import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedValue, regressorOptions } from '../../shared/analysis/expected-value';
import { runCommand } from '../../shared/app/commands';
import type { Db } from '../../shared/db/db';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { commitImport } from '../../shared/import/commit-import';
import { parseImportFile } from '../../shared/import/import-file';
import { commitUnitVariables, parseUnitVariables } from '../../shared/import/unit-variables';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { buildNamndrapport } from '../../shared/report/namndrapport';
import { loadReport, saveReport } from '../../shared/report/report-definition';
import { reportBlocks } from '../../shared/report/report-sections';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';

/**
 * Förväntat värde on a real DuckDB workspace: the missbruk workbooks for 2023
 * and 2024 written by the fixture generator (three bakgrundsmått each) and
 * imported, plus own variables from a CSV. The model's numbers are checked
 * against DuckDB's own regression aggregates and against an exact relation.
 */
const dataset = generateDemoDataset({ years: [2023, 2024] });
const units = workbookUnitOrder(dataset.units);
const HOME = '0180';

describe('Förväntat värde on an imported workspace', () => {
  let db: Db;
  let indicatorId: string;
  let populationSeries: string;
  let y: Map<string, number>;
  let population2024: Map<string, number>;

  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    for (const p of dataset.publications.filter((x) => x.file.area === 'missbruk'))
      await commitImport(
        db,
        await parseImportFile(p.file.fileName, await writeOjWorkbook(p, units)),
      );
    // A percent indicator of 2024 on which the home has a value.
    const [ind] = await db.query<{ indicator_id: string }>(
      `SELECT i.indicator_id FROM current_indicator i JOIN current_observation o USING (indicator_id)
       WHERE i.area = 'missbruk' AND i.year = 2024 AND i.kind = 'percent' AND NOT coalesce(i.is_background, false)
         AND o.unit_code = ? AND o.status = 'ok' ORDER BY i.code LIMIT 1`,
      [HOME],
    );
    indicatorId = ind!.indicator_id;
    const [bak] = await db.query<{ series_id: string }>(
      "SELECT DISTINCT series_id FROM current_indicator WHERE code = 'BAK01'",
    );
    populationSeries = bak!.series_id;
    const values = async (id: string) =>
      new Map(
        (
          await db.query<{ unit_code: string; value_num: number }>(
            `SELECT o.unit_code, o.value_num FROM current_observation o JOIN unit u USING (unit_code)
             WHERE o.indicator_id = ? AND u.level = 'kommun' AND o.status = 'ok' AND o.value_num IS NOT NULL`,
            [id],
          )
        ).map((r) => [r.unit_code, r.value_num]),
      );
    y = await values(indicatorId);
    const [bak2024] = await db.query<{ indicator_id: string }>(
      "SELECT indicator_id FROM current_indicator WHERE code = 'BAK01' AND year = 2024",
    );
    population2024 = await values(bak2024!.indicator_id);
    // Own variable "Exakt" = (y − 3 − 0.0001·folkmängd) / 2 for every kommun with both values,
    // so y = 3 + 0.0001·folkmängd + 2·Exakt holds exactly.
    const rows = [...y.keys()]
      .filter((k) => population2024.has(k))
      .map(
        (k) =>
          `${k};${((y.get(k)! - 3 - 0.0001 * population2024.get(k)!) / 2).toFixed(9).replace('.', ',')}`,
      );
    await commitUnitVariables(
      db,
      parseUnitVariables(
        'egna.csv',
        new TextEncoder().encode(`Kommun;Exakt\n${rows.join('\n')}\n`),
      ),
    );
  });
  afterAll(async () => db.close());

  it('offers the bakgrundsmått and the own variables as regressors', async () => {
    const options = await regressorOptions(db);
    expect(options.map((o) => o.label)).toEqual([
      'Folkmängd, antal invånare',
      'Invånare 65 år och äldre, andel (%)',
      'Kostnad för verksamheten per invånare, kronor',
      'Exakt',
    ]);
    expect(options[0]!.years).toEqual([2024, 2023]);
  });

  it('agrees with DuckDB regr_slope/regr_intercept/regr_r2 on one bakgrundsmått of the same year', async () => {
    const [check] = await db.query<{ slope: number; intercept: number; r2: number; n: number }>(
      `WITH yv AS (SELECT unit_code, value_num FROM observation WHERE indicator_id = ? AND status = 'ok' AND value_num IS NOT NULL),
            xv AS (SELECT o.unit_code, o.value_num FROM observation o JOIN indicator i USING (indicator_id)
                   WHERE i.code = 'BAK01' AND i.year = 2024 AND o.status = 'ok' AND o.value_num IS NOT NULL)
       SELECT regr_slope(yv.value_num, xv.value_num) AS slope, regr_intercept(yv.value_num, xv.value_num) AS intercept,
              regr_r2(yv.value_num, xv.value_num) AS r2, count(*) AS n
       FROM yv JOIN xv USING (unit_code) JOIN unit u USING (unit_code) WHERE u.level = 'kommun'`,
      [indicatorId],
    );
    const result = await expectedValue(db, {
      indicatorId,
      home: HOME,
      regressors: [{ kind: 'background', seriesId: populationSeries }],
    });
    expect(result!.regressors).toEqual([
      { key: `s:${populationSeries}`, label: 'Folkmängd, antal invånare', year: 2024 },
    ]);
    expect(result!.n).toBe(Number(check!.n));
    expect(result!.model!.coefficients[0]).toBeCloseTo(check!.slope, 12);
    expect(result!.model!.intercept).toBeCloseTo(check!.intercept, 8);
    expect(result!.model!.r2).toBeCloseTo(check!.r2, 10);
    // Population does not drive the demo's indicators: too weak a model to judge anyone by.
    expect(check!.r2).toBeLessThan(0.1);
    expect(result!.refusal).toBe('weak_fit');
    expect(result!.homeResult).toBeNull();
  });

  it('recovers an exact two-regressor relation built from a bakgrundsmått and an own variable', async () => {
    const result = await runCommand({ db }, 'indicator.expectedValue', {
      indicatorId,
      home: HOME,
      regressors: [
        { kind: 'background', seriesId: populationSeries },
        { kind: 'variable', variable: 'Exakt' },
      ],
    });
    expect(result!.refusal).toBeNull();
    expect(result!.n).toBe([...y.keys()].filter((k) => population2024.has(k)).length);
    expect(result!.model!.intercept).toBeCloseTo(3, 5);
    expect(result!.model!.coefficients[0]).toBeCloseTo(0.0001, 9);
    expect(result!.model!.coefficients[1]).toBeCloseTo(2, 7);
    expect(result!.model!.r2).toBeCloseTo(1, 12);
    expect(result!.homeResult!.actual).toBe(y.get(HOME));
    expect(result!.homeResult!.expected).toBeCloseTo(y.get(HOME)!, 5);
    // Every residual is zero up to the CSV's nine decimals: all tie, so the home is in the middle.
    expect(result!.homeResult!.standing).toBe('as_expected');
    expect(result!.cases.filter((c) => c.home)).toHaveLength(1);
  });

  it('refuses on collinear regressors and for a home without a value', async () => {
    const same = await expectedValue(db, {
      indicatorId,
      home: HOME,
      regressors: [
        { kind: 'background', seriesId: populationSeries },
        { kind: 'background', seriesId: populationSeries },
      ],
    });
    expect(same).toMatchObject({
      refusal: 'collinear',
      refusalLabels: ['Folkmängd, antal invånare'],
    });
    const missing = [...units.filter((u) => u.level === 'kommun')].find((u) => !y.has(u.unitCode));
    expect(missing).toBeDefined();
    const noValue = await expectedValue(db, {
      indicatorId,
      home: missing!.unitCode,
      regressors: [{ kind: 'background', seriesId: populationSeries }],
    });
    expect(noValue!.refusal).toBe('home_missing');
    const riket = await expectedValue(db, {
      indicatorId,
      home: '00',
      regressors: [{ kind: 'background', seriesId: populationSeries }],
    });
    expect(riket!.refusal).toBe('home_not_kommun');
  });

  it('is an optional report part: saved with its measures, printed with verdict, model and caveat', async () => {
    const [series] = await db.query<{ series_id: string }>(
      'SELECT series_id FROM current_indicator WHERE indicator_id = ?',
      [indicatorId],
    );
    const item = {
      kind: 'expectedValue',
      seriesId: series!.series_id,
      regressors: [
        { kind: 'background', seriesId: populationSeries },
        { kind: 'variable', variable: 'Exakt' },
      ],
    } as const;
    await saveReport(db, {
      reportId: 'r-ev',
      name: 'Med förväntat värde',
      template: 'namndrapport',
      home: HOME,
      peers: { kind: 'all' },
      years: [2023, 2024],
      items: [{ kind: 'meta' }, item],
    });
    const def = await loadReport(db, 'r-ev');
    expect(def!.items[1]).toEqual(item);
    const doc = await buildNamndrapport(db, {
      home: HOME,
      peers: { kind: 'all' },
      years: [2023, 2024],
      items: def!.items,
    });
    const blocks = reportBlocks(doc).filter((b) => b.kind === 'heading' || b.kind === 'text');
    const texts = blocks.map((b) => ('text' in b ? b.text : ''));
    const heading = texts.findIndex((x) => x.startsWith('Förväntat värde: '));
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(texts[heading]).toMatch(/ 2024$/);
    expect(texts[heading + 1]).toMatch(
      /^Stockholm är som förväntat givet folkmängd, antal invånare och exakt\. Faktiskt värde /,
    );
    expect(texts[heading + 2]).toContain('R² = 1');
    expect(texts[heading + 2]).toContain('Folkmängd, antal invånare (2024)');
    expect(texts[heading + 3]).toMatch(/^En modell på strukturmått visar samband, inte orsak\./);
    // Off by default: no template starts with it.
    const plain = await buildNamndrapport(db, { home: HOME, peers: { kind: 'all' } });
    expect(
      reportBlocks(plain).some((b) => 'text' in b && b.text.startsWith('Förväntat värde')),
    ).toBe(false);
  });
});
