import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../../shared/demo/demo-dataset';
import { cli } from '../../helpers/run-cli';
import { readWorkspaceManifest } from '../../../shared/workspace/workspace-file';
import { openWorkspaceFile, saveWorkspaceFile } from '../../../shared/platform/node/workspace-io';
import { workbookUnitOrder, writeOjWorkbook } from '../../fixtures/oj-workbook-writer';
import { rawXlsx, sheetXml } from '../../fuzz/hostile-workbooks';

describe('oj-analys import', () => {
  let dir: string;
  let folder: string;
  let workspace: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'oj-import-'));
    folder = path.join(dir, 'nedladdat');
    mkdirSync(path.join(folder, 'missbruk'), { recursive: true });
    const dataset = generateDemoDataset({ years: [2023, 2024] });
    const units = workbookUnitOrder(dataset.units);
    for (const p of dataset.publications.filter((x) => x.file.area === 'missbruk'))
      writeFileSync(
        path.join(folder, 'missbruk', p.file.fileName),
        await writeOjWorkbook(p, units),
      );
    writeFileSync(
      path.join(folder, 'avbruten.xlsx'),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
    );
    writeFileSync(path.join(folder, 'läsmig.pdf'), 'inte med');
    workspace = path.join(dir, 'natverket.ojanalys');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the workspace, imports a folder recursively, prints progress and the import reports', async () => {
    const r = await cli('import', '--workspace', workspace, folder);
    expect(r.code).toBe(3); // one file refused
    expect(r.err).toMatch(
      /\[1\/3\] avbruten\.xlsx: AVVISAD – Filen avbruten\.xlsx är en skadad eller ofullständig/,
    );
    expect(r.err).toMatch(
      /\[2\/3\] oj-missbruk-2023-exempel\.xlsx: blad 1\/3 "Kommuner och län" \(\d+ rader\)/,
    );
    expect(r.err).toMatch(/\[3\/3\] oj-missbruk-2024-exempel\.xlsx: 4056 värden inlästa/);
    expect(r.out).toContain(
      'område: missbruk · år: 2024 · layout: wide · utgivare: Socialstyrelsen',
    );
    expect(r.out).not.toContain('läsmig.pdf');
    const manifest = readWorkspaceManifest(readFileSync(workspace));
    expect(manifest.sourceFiles.map((s) => s.fileName)).toEqual([
      'oj-missbruk-2023-exempel.xlsx',
      'oj-missbruk-2024-exempel.xlsx',
    ]);
  });

  it('with --lang en: progress, the import report and a refusal in English', async () => {
    const english = path.join(dir, 'english.ojanalys');
    const r = await cli('import', '--workspace', english, folder, '--lang', 'en');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/\[1\/3\] avbruten\.xlsx: REFUSED – /);
    expect(r.err).toMatch(
      /\[2\/3\] oj-missbruk-2023-exempel\.xlsx: sheet 1\/3 "Kommuner och län" \(\d+ rows\)/,
    );
    expect(r.err).toMatch(/\[3\/3\] oj-missbruk-2024-exempel\.xlsx: 4056 values imported/);
    expect(r.out).toContain(
      'area: missbruk · year: 2024 · layout: wide · publisher: Socialstyrelsen',
    );
    expect(r.out).toMatch(/^ {2}indicators: \d+/m);
    for (const swedish of ['AVVISAD', 'område:', 'indikatorer:', 'värden inlästa', 'blad '])
      expect(r.out + r.err).not.toContain(swedish);
  });

  it('changes nothing the second time: same bytes, same workspace file', async () => {
    const before = readFileSync(workspace);
    const r = await cli(
      'import',
      '--workspace',
      workspace,
      path.join(folder, 'missbruk'),
      '--json',
    );
    expect(r.code).toBe(0);
    const outcomes = JSON.parse(r.out) as { result: { outcome: string } }[];
    expect(outcomes.map((o) => o.result.outcome)).toEqual(['duplicate', 'duplicate']);
    expect(readFileSync(workspace).equals(before)).toBe(true);
  });

  it('a file an older version read differently: says how many values, and --reread imports it again', async () => {
    const file = path.join(folder, 'missbruk', 'oj-missbruk-2024-exempel.xlsx');
    const reread = path.join(dir, 'omlast.ojanalys');
    expect((await cli('import', '--workspace', reread, file)).code).toBe(0);
    // An older reading of the same bytes, as a workspace from an earlier version holds it: one value
    // a hundred times too large, one value missing.
    const db = await openWorkspaceFile(reread);
    const [cell] = await db.query<{ cell: string; value_num: number }>(
      'SELECT cell, value_num FROM observation WHERE value_num IS NOT NULL ORDER BY cell LIMIT 1',
    );
    await db.query('UPDATE observation SET value_num = value_num * 100 WHERE cell = ?', [
      cell!.cell,
    ]);
    await db.query(
      "DELETE FROM observation WHERE cell = (SELECT max(cell) FROM observation WHERE status = 'ok')",
    );
    await saveWorkspaceFile(db, reread);
    await db.close();

    const told = await cli('import', '--workspace', reread, file);
    expect(told.code).toBe(0);
    expect(told.out).toContain('Redan inläst som oj-missbruk-2024-exempel.xlsx; inget ändrades.');
    expect(told.out).toMatch(/läser \d+ värden annorlunda .*--reread/);
    const count = Number(/läser (\d+) värden/.exec(told.out)![1]);
    expect(count).toBeGreaterThanOrEqual(2); // the changed cell (once per unit row it holds) and the deleted one(s)

    const again = await cli('import', '--workspace', reread, file, '--reread');
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/4056 värden inlästa/);
    const check = await openWorkspaceFile(reread);
    const [back] = await check.query<{ value_num: number }>(
      'SELECT value_num FROM observation WHERE cell = ? AND value_num IS NOT NULL LIMIT 1',
      [cell!.cell],
    );
    await check.close();
    expect(back!.value_num).toBe(cell!.value_num);
    const quiet = await cli('import', '--workspace', reread, file);
    expect(quiet.out).not.toContain('annorlunda');
  });

  it('leaves the workspace file byte for byte as it was when every file is refused (hostile corpus)', async () => {
    const before = readFileSync(workspace);
    const hostile = path.join(dir, 'fientligt');
    mkdirSync(hostile, { recursive: true });
    const proto = rawXlsx({
      sheet: sheetXml([
        ['Kommun', 'Värde'],
        ['Ingen ort', 1],
      ]),
      sheetName: '__proto__',
    });
    writeFileSync(path.join(hostile, 'tom.xlsx'), new Uint8Array());
    writeFileSync(
      path.join(hostile, 'gammal.xls'),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]),
    );
    writeFileSync(path.join(hostile, 'inga-enheter.xlsx'), proto);
    writeFileSync(path.join(hostile, 'nul.csv'), new Uint8Array([0x4b, 0x3b, 0x00, 0x0a]));
    const r = await cli('import', '--workspace', workspace, hostile);
    expect(r.code).toBe(3);
    expect(r.err.match(/AVVISAD/g)).toHaveLength(4);
    expect(readFileSync(workspace).equals(before)).toBe(true);
  });

  it('answers SQL on what it imported', async () => {
    const r = await cli(
      'sql',
      '--workspace',
      workspace,
      "SELECT count(*) AS n FROM observation o JOIN indicator i USING (indicator_id) WHERE i.area = 'missbruk' AND o.unit_code = '0180'",
      '--json',
    );
    // The catalogue has 10 missbruk indicators, all published both years (MIS07 since 2022), and 3 bakgrundsmått.
    expect(JSON.parse(r.out)).toEqual([{ n: (10 + 3) * 2 }]);
  });
});

describe('oj-analys analysis commands', () => {
  it('prints the metaanalys, outliers, indicators and series of a workspace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oj-meta-'));
    try {
      const workspace = path.join(dir, 'demo.ojanalys');
      expect((await cli('new', '--demo', '--out', workspace)).code).toBe(0);
      const metaRows = JSON.parse(
        (
          await cli(
            'meta',
            '--workspace',
            workspace,
            '--unit',
            '0180',
            '--peers',
            'kommungrupp',
            '--years',
            '2024',
            '--json',
          )
        ).out,
      );
      expect(metaRows).toHaveLength(4); // four areas, one year
      for (const r of metaRows)
        expect(r.jamforelsegrupp).toBe('Samma kommungrupp (SKR 2023) (2, v1)'); // A1: Göteborg and Malmö
      const outlierRows = JSON.parse(
        (await cli('outliers', '--workspace', workspace, '--unit', '0180', '--json')).out,
      );
      for (const o of outlierRows)
        expect(o.ar).toMatch(/^[34] av de 4 senaste åren med värde \(20\d\d/);
      const indicators = JSON.parse(
        (
          await cli(
            'indicators',
            '--workspace',
            workspace,
            '--area',
            'missbruk',
            '--year',
            '2024',
            '--json',
          )
        ).out,
      );
      expect(indicators).toHaveLength(13);
      expect(
        indicators
          .filter((i: { bakgrundsmatt: boolean }) => i.bakgrundsmatt)
          .map((i: { code: string }) => i.code),
      ).toEqual(['BAK01', 'BAK02', 'BAK03']);
      const series = JSON.parse((await cli('series', '--workspace', workspace, '--json')).out);
      expect(
        series.find((s: { series_id: string }) => s.series_id === 'missbruk:mis07'),
      ).toMatchObject({ fran: 2022, till: 2024, indikatorer: 3 });
      expect((await cli('meta', '--workspace', workspace)).err).toContain('Flaggan --unit saknas');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000); // five CLI runs over the demo workspace: ~50 s when the 2-core machine is shared
});
