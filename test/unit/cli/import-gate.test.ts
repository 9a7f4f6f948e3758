import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Two columns naming different kommuner on the same rows: which one are the values about? */
async function ambiguousWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Samverkan');
  ws.getRow(1).values = ['Kommun', 'Samverkanskommun', 'Andel (%)'];
  const pairs: [string, string, number][] = [
    ['Solna', 'Sundbyberg', 61.5],
    ['Sundbyberg', 'Solna', 58.2],
    ['Järfälla', 'Upplands-Bro', 70.1],
    ['Upplands-Bro', 'Järfälla', 44.9],
    ['Sollentuna', 'Upplands Väsby', 52.3],
  ];
  pairs.forEach((row, i) => (ws.getRow(2 + i).values = row));
  return bytesOf(wb);
}

/** A brukarundersökning per verksamhet: enheter under their kommun, Antal svar, KI ± and Svarsfrekvens beside the share. */
async function enhetWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Per verksamhet');
  ws.getRow(1).values = ['Brukarundersökning hemtjänst 2024'];
  ws.getRow(3).values = [
    'Kommunkod',
    'Kommun',
    'Verksamhet',
    'Regiform',
    'Andel (%)',
    'KI ±',
    'Antal svar',
    'Svarsfrekvens (%)',
  ];
  const rows: (string | number)[][] = [
    ['0184', 'Solna', 'Hemtjänst Norra', 'Kommunal', 88.1, 4.2, 120, 61],
    ['0184', 'Solna', 'Omsorgshuset Syd', 'Enskild', 79.5, 6.1, 64, 55],
    ['0183', 'Sundbyberg', 'Hemtjänst Centrum', 'Kommunal', 91.0, 3.9, 140, 58],
    ['0183', 'Sundbyberg', 'Vardaga Ör', 'Enskild', 84.4, 5.0, 77, 49],
  ];
  rows.forEach((row, i) => (ws.getRow(4 + i).values = row));
  return bytesOf(wb);
}

describe('oj-analys import: the plausibility gate and what sql shows of n, KI and enheter', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'oj-gate-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops an ambiguous file with sheet and cells and exit code 3; --accept-warnings imports it', async () => {
    const file = path.join(dir, 'samverkan-2024.xlsx');
    writeFileSync(file, await ambiguousWorkbook());
    const workspace = path.join(dir, 'gate.ojanalys');
    const stopped = await cli('import', '--workspace', workspace, file);
    expect(stopped.code).toBe(3);
    expect(stopped.out).toMatch(/STOPP \[unit_column\] \[Samverkan!A2, B2/);
    expect(stopped.out).toContain('INTE INLÄST');
    const none = await cli(
      'sql',
      '--workspace',
      workspace,
      '--json',
      'SELECT count(*) AS n FROM source_file',
    );
    expect(JSON.parse(none.out)).toEqual([{ n: 0 }]);

    const accepted = await cli('import', '--workspace', workspace, '--accept-warnings', file);
    expect(accepted.code).toBe(0);
    const one = await cli(
      'sql',
      '--workspace',
      workspace,
      '--json',
      'SELECT count(*) AS n FROM observation',
    );
    expect(JSON.parse(one.out)).toEqual([{ n: 5 }]);
  });

  it('stores enheter with their kommun and the n, KI and svarsfrekvens read beside each value', async () => {
    const file = path.join(dir, 'hemtjanst-per-verksamhet-2024.xlsx');
    writeFileSync(file, await enhetWorkbook());
    const workspace = path.join(dir, 'enheter.ojanalys');
    const r = await cli('import', '--workspace', workspace, file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('nyckeltal: 1 × 1 år (2024)');
    const rows = await cli(
      'sql',
      '--workspace',
      workspace,
      '--json',
      `SELECT u.name, u.level, u.parent_code, u.regiform, o.value_num, o.n, o.ci_low, o.ci_high, o.response_rate, o.cell
         FROM observation o JOIN unit u USING (unit_code) ORDER BY o.cell`,
    );
    expect(JSON.parse(rows.out)).toEqual([
      {
        name: 'Hemtjänst Norra',
        level: 'enhet',
        parent_code: '0184',
        regiform: 'Kommunal',
        value_num: 88.1,
        n: 120,
        ci_low: 83.9,
        ci_high: 92.3,
        response_rate: 61,
        cell: 'E4',
      },
      {
        name: 'Omsorgshuset Syd',
        level: 'enhet',
        parent_code: '0184',
        regiform: 'Enskild',
        value_num: 79.5,
        n: 64,
        ci_low: 73.4,
        ci_high: 85.6,
        response_rate: 55,
        cell: 'E5',
      },
      {
        name: 'Hemtjänst Centrum',
        level: 'enhet',
        parent_code: '0183',
        regiform: 'Kommunal',
        value_num: 91,
        n: 140,
        ci_low: 87.1,
        ci_high: 94.9,
        response_rate: 58,
        cell: 'E6',
      },
      {
        name: 'Vardaga Ör',
        level: 'enhet',
        parent_code: '0183',
        regiform: 'Enskild',
        value_num: 84.4,
        n: 77,
        ci_low: 79.4,
        ci_high: 89.4,
        response_rate: 49,
        cell: 'E7',
      },
    ]);
  });
});
