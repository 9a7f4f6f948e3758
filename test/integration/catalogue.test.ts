import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backgroundContext, catalogue } from '../../shared/analysis/catalogue';
import { resolvePeerSet } from '../../shared/analysis/peer-sets';
import { similarUnits } from '../../shared/analysis/similar-units-query';
import { computeStandings } from '../../shared/analysis/standings-query';
import type { Db } from '../../shared/db/db';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { commitImport, removeSource } from '../../shared/import/commit-import';
import { parseImportFile } from '../../shared/import/import-file';
import { setSeriesSetting } from '../../shared/import/series-settings';
import {
  commitUnitVariables,
  listUnitVariables,
  parseUnitVariables,
  unitsWithValue,
} from '../../shared/import/unit-variables';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';

const dataset = generateDemoDataset({ years: [2023, 2024] });
const units = workbookUnitOrder(dataset.units);
const files = async (area: string) =>
  Promise.all(
    dataset.publications
      .filter((p) => p.file.area === area)
      .map(async (p) => ({ name: p.file.fileName, bytes: await writeOjWorkbook(p, units) })),
  );

describe('indicator catalogue, bakgrundsmått and series corrections', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    for (const f of await files('missbruk'))
      await commitImport(db, await parseImportFile(f.name, f.bytes));
  });
  afterEach(async () => db.close());

  it('catalogues bakgrundsmått from their own sheet and never gives them a standing', async () => {
    const background = await catalogue(db, { background: true });
    expect(background.total).toBe(6); // 3 measures × 2 years
    expect(background.rows.map((r) => `${r.year} ${r.code}`).sort()).toEqual([
      '2023 BAK01',
      '2023 BAK02',
      '2023 BAK03',
      '2024 BAK01',
      '2024 BAK02',
      '2024 BAK03',
    ]);
    expect(new Set(background.rows.map((r) => r.direction))).toEqual(new Set(['none']));
    expect(background.rows.find((r) => r.code === 'BAK01' && r.year === 2024)?.sourceRange).toBe(
      'Bakgrundsmått!D5:D316',
    );
    const peers = await resolvePeerSet(db, '0180', { kind: 'all' });
    const standings = await computeStandings(db, { home: '0180', peers });
    expect(standings.length).toBeGreaterThan(0);
    expect(standings.filter((s) => s.title.startsWith('Folkmängd'))).toEqual([]);
    // Shown as context instead: the latest year, the unit's value beside riket's.
    const context = await backgroundContext(db, '0180', 'missbruk');
    const population = dataset.publications
      .find((p) => p.file.area === 'missbruk' && p.file.year === 2024)!
      .observations.find(
        (o) =>
          o.unitCode === '0180' && o.sheet === 'Bakgrundsmått' && o.indicatorId.endsWith('BAK01'),
      )!;
    expect(context.find((c) => c.title === 'Folkmängd, antal invånare')).toMatchObject({
      year: 2024,
      value: population.valueNum,
    });
  });

  it('filters by area, year, type and words in title or definition', async () => {
    const all = await catalogue(db);
    expect(all.total).toBe((10 + 3) * 2);
    const y = await catalogue(db, { year: 2024, background: false, indicatorType: 'struktur' });
    expect(
      y.rows.every((r) => r.year === 2024 && r.indicatorType === 'struktur' && !r.background),
    ).toBe(true);
    expect(y.total).toBeGreaterThan(0);
    const words = await catalogue(db, { search: 'invånare FOLKMÄNGD' });
    expect(words.rows.map((r) => [r.code, r.year])).toEqual([
      ['BAK01', 2024],
      ['BAK01', 2023],
    ]);
    expect((await catalogue(db, { search: '100%_' })).total).toBe(0); // LIKE wildcards are literal
    expect(all.rows.find((r) => r.code === 'MIS01')).toMatchObject({
      seriesYears: 2,
      linkReason: 'samma kod',
      values: 312,
    });
  });

  it('keeps a corrected direction and background flag for the series, also after the file is removed and imported again', async () => {
    const [row] = (await catalogue(db, { search: 'MIS09', year: 2024 })).rows;
    expect(row).toBeDefined();
    await setSeriesSetting(db, row!.seriesId!, { direction: 'lower_better' });
    await setSeriesSetting(db, row!.seriesId!, { background: true });
    const after = await catalogue(db, { search: 'MIS09' });
    expect(after.rows.map((r) => [r.year, r.direction, r.background, r.edited])).toEqual([
      [2024, 'lower_better', true, true],
      [2023, 'lower_better', true, true],
    ]);
    const fileId = (
      await db.query<{ file_id: string }>('SELECT file_id FROM source_file WHERE year = 2024')
    )[0]!.file_id;
    await removeSource(db, fileId);
    const again = (await files('missbruk')).find((f) => f.name.includes('2024'))!;
    await commitImport(db, await parseImportFile(again.name, again.bytes));
    expect(
      (await catalogue(db, { search: 'MIS09', year: 2024 })).rows.map((r) => [
        r.direction,
        r.background,
      ]),
    ).toEqual([['lower_better', true]]);
    await expect(
      setSeriesSetting(db, row!.seriesId!, { direction: 'upp' as never }),
    ).rejects.toThrow('Okänd riktning');
  });
});

describe('the user’s own variables per kommun', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
  });
  afterEach(async () => db.close());

  const csv = (text: string) => new TextEncoder().encode(text);

  it('reads codes or names, numbers with decimal comma and text groupings, and names what it skipped', async () => {
    const parsed = parseUnitVariables(
      'egna.csv',
      csv(
        'Kommun;Nätverk;Andel glesbygd;__proto__\n0180;Storstad;0,5;x\nSolna;FoU Nordväst;1,5;y\nUpplands väsby;FoU Nordväst;2;z\nOkänd ort;X;1;w\n',
      ),
    );
    expect(parsed.variables).toEqual(['Nätverk', 'Andel glesbygd', '__proto__']);
    expect(parsed.skipped).toEqual([{ cell: 'A5', text: 'Okänd ort' }]);
    await commitUnitVariables(db, parsed);
    expect(await unitsWithValue(db, 'Nätverk', 'FoU Nordväst')).toEqual(['0114', '0184']);
    const summary = await listUnitVariables(db);
    expect(summary.find((s) => s.variable === 'Andel glesbygd')).toMatchObject({
      units: 3,
      numeric: true,
    });
    expect(summary.find((s) => s.variable === 'Nätverk')).toMatchObject({
      numeric: false,
      values: ['FoU Nordväst', 'Storstad'],
    });
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('refuses a file without a kommun column, naming file, sheet and cell', () => {
    expect(() => parseUnitVariables('fel.csv', csv('Namn;Värde\nAbc;1\n'))).toThrow(
      /fel\.csv, blad .*ingen kolumn med kommunkoder/,
    );
    expect(() => parseUnitVariables('dubbel.csv', csv('Kod;V\n0180;1\n0180;2\n'))).toThrow(
      /cell A3: Stockholm förekommer två gånger/,
    );
  });

  it('finds liknande kommuner on a user variable: the nearest values first (hand-computed)', async () => {
    // One variable: standardising does not change the order; distances are |x − 10|.
    await commitUnitVariables(
      db,
      parseUnitVariables(
        'v.csv',
        csv('Kod;Täthet\n0180;10\n0181;11\n0182;13\n0183;20\n0184;9,5\n'),
      ),
    );
    const near = await similarUnits(db, '0180', [{ variable: 'Täthet', weight: 1 }], 3);
    expect(near.map((n) => n.unitCode)).toEqual(['0184', '0181', '0182']);
  });
});
