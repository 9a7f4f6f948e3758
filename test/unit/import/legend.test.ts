import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../shared/import/import-file';
import { applyLegend, findLegend, statusForMeaning } from '../../../shared/import/legend';
import { readXlsx } from '../../../shared/import/read-xlsx';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A kommunenkät-like table with the issue's legend below it: "–" is saknas, "Uppgift saknas" is bortfall. */
async function enkatWorkbook(legend: readonly string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kommuner');
  ws.getCell('A1').value = 'Öppna jämförelser 2023 – Missbruk och beroende, kommunenkät';
  ws.getRow(3).values = ['Kommun', 'Andel klienter med samordnad plan (%)', 'Rutin för samverkan'];
  const rows: [string, number | string, string][] = [
    ['Ale', 62.5, 'Ja'],
    ['Alingsås', '–', 'Nej'],
    ['Alvesta', 48, 'Uppgift saknas'],
    ['Aneby', '..', 'Ja'],
    ['Arboga', 'x', 'Ja'],
    ['Arjeplog', 55, '-'],
  ];
  rows.forEach((row, i) => (ws.getRow(4 + i).values = row));
  legend.forEach((line, i) => (ws.getCell(`A${12 + i}`).value = line));
  return bytesOf(wb);
}

const ISSUE_LEGEND = [
  'Teckenförklaring',
  '– = uppgift saknas',
  'Uppgift saknas = kommunen har inte besvarat enkäten',
  '.. = uppgift för liten för att redovisas',
  'x = sekretess',
];

describe('the file legend (teckenförklaring) for missing values', () => {
  it('reads the meanings ÖJ and Socialstyrelsen write', () => {
    expect(statusForMeaning('uppgift saknas')).toBe('saknas');
    expect(statusForMeaning('kommunen har inte besvarat enkäten')).toBe('bortfall');
    expect(statusForMeaning('uppgift för liten för att redovisas')).toBe('sekretess');
    expect(statusForMeaning('Färre än 5 svar')).toBe('sekretess');
    expect(statusForMeaning('sekretess')).toBe('sekretess');
    expect(statusForMeaning('Ej tillämpligt, kommunen saknar verksamheten')).toBe('ej_tillampligt');
    expect(statusForMeaning('Uppgiften publiceras inte')).toBe('ej_publicerat');
    expect(statusForMeaning('Socialstyrelsen, Öppna jämförelser')).toBeNull();
  });

  it('the issue example: "–" is saknas and "Uppgift saknas" bortfall — the other way round from the built-in table', async () => {
    const parsed = await parseImportFile(
      'oj-missbruk-2023.xlsx',
      await enkatWorkbook(ISSUE_LEGEND),
    );
    const at = (cell: string) =>
      parsed.observations.find((o) => o.sheet === 'Kommuner' && o.cell === cell);
    expect(at('B5')).toMatchObject({ status: 'saknas', valueNum: null, valueText: null });
    expect(at('C6')).toMatchObject({ status: 'bortfall', valueNum: null, valueText: null });
    expect(at('B7')).toMatchObject({ status: 'sekretess' });
    expect(at('B8')).toMatchObject({ status: 'sekretess' });
    // The legend explains the en dash; the hyphen a kommun typed means the same.
    expect(at('C9')).toMatchObject({ status: 'saknas' });
    expect(at('B4')).toMatchObject({ status: 'ok', valueNum: 62.5 });
    expect(parsed.report.missingCodes).toEqual([
      { code: '–', status: 'saknas', source: 'legend' },
      { code: 'Uppgift saknas', status: 'bortfall', source: 'legend' },
      { code: '..', status: 'sekretess', source: 'legend' },
      { code: 'x', status: 'sekretess', source: 'legend' },
    ]);
  });

  it('without a legend the built-in table applies and the codes seen are listed as built-in', async () => {
    const parsed = await parseImportFile('oj-missbruk-2023.xlsx', await enkatWorkbook([]));
    const at = (cell: string) =>
      parsed.observations.find((o) => o.sheet === 'Kommuner' && o.cell === cell);
    expect(at('B5')).toMatchObject({ status: 'bortfall' });
    expect(at('C6')).toMatchObject({ status: 'saknas' });
    expect(parsed.report.missingCodes).toEqual(
      expect.arrayContaining([
        { code: '–', status: 'bortfall', source: 'builtin' },
        { code: 'Uppgift saknas', status: 'saknas', source: 'builtin' },
        { code: '..', status: 'sekretess', source: 'builtin' },
      ]),
    );
    expect(parsed.report.missingCodes!.every((c) => c.source === 'builtin')).toBe(true);
  });

  it('finds a legend on a sheet of its own, code and meaning side by side, and a code the built-in table does not know', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getRow(1).values = ['Kommun', 'Väntetid, dagar'];
    ws.getRow(2).values = ['Ale', 12];
    ws.getRow(3).values = ['Alingsås', 'Ej aktuellt'];
    ws.getRow(4).values = ['Alvesta', '*'];
    ws.getRow(5).values = ['Aneby', 9];
    const legend = wb.addWorksheet('Teckenförklaring');
    legend.getRow(1).values = ['Tecken', 'Betydelse'];
    legend.getRow(2).values = ['*', 'Färre än 5 svar, redovisas inte'];
    legend.getRow(3).values = ['Ej aktuellt', 'Kommunen bedriver inte verksamheten'];
    const bytes = await bytesOf(wb);
    const grid = readXlsx('x.xlsx', bytes);
    expect(findLegend(grid.sheets).map((e) => [e.code, e.status, e.sheet, e.cell])).toEqual([
      ['*', 'sekretess', 'Teckenförklaring', 'A2'],
      ['Ej aktuellt', 'ej_tillampligt', 'Teckenförklaring', 'A3'],
    ]);
    const parsed = await parseImportFile('vantetid-2023.xlsx', bytes);
    const at = (cell: string) =>
      parsed.observations.find((o) => o.sheet === 'Data' && o.cell === cell);
    expect(at('B3')).toMatchObject({ status: 'ej_tillampligt', valueNum: null, valueText: null });
    expect(at('B4')).toMatchObject({ status: 'sekretess' });
    expect(at('B2')).toMatchObject({ status: 'ok', valueNum: 12 });
  });

  it('several legend lines in one note cell, and prose that only looks like one is ignored', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('A1').value = 'Teckenförklaring: .. = för få svar; – = kommunen har inte svarat';
    ws.getCell('A2').value = 'Andel (%) = antal med plan / alla klienter';
    ws.getCell('A3').value = 'Källa: Socialstyrelsen';
    const grid = readXlsx('x.xlsx', await bytesOf(wb));
    expect(findLegend(grid.sheets).map((e) => [e.code, e.status])).toEqual([
      ['..', 'sekretess'],
      ['–', 'bortfall'],
    ]);
  });

  it('entries separated by commas in one note ("..= för få svar, - = uppgift saknas")', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.getCell('B12').value = '.. = för få svar, - = uppgift saknas';
    ws.getCell('B13').value = 'Andel (%), antal svar och KI = se metodbilagan';
    const grid = readXlsx('x.xlsx', await bytesOf(wb));
    expect(findLegend(grid.sheets).map((e) => [e.code, e.status, e.cell])).toEqual([
      ['..', 'sekretess', 'B12'],
      ['-', 'saknas', 'B12'],
    ]);
  });

  it('is pure: numbers are never re-read, unchanged observations are the same objects', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 12;
    ws.getCell('A2').value = 'Uppgift saknas';
    ws.getCell('A4').value = 'Uppgift saknas = kommunen har inte besvarat enkäten';
    const grid = readXlsx('x.xlsx', await bytesOf(wb));
    const observations = [
      { sheet: 'S', cell: 'A1', status: 'ok' as const, valueNum: 12, valueText: null },
      { sheet: 'S', cell: 'A2', status: 'saknas' as const, valueNum: null, valueText: null },
    ];
    const result = applyLegend(observations, grid.sheets);
    expect(result.observations[0]).toBe(observations[0]);
    expect(result.observations[1]).toEqual({ ...observations[1], status: 'bortfall' });
    expect(observations[1]!.status).toBe('saknas');
    expect(result.changed).toBe(1);
  });

  it('the real Statistikdatabasen file has no legend: its "--" is listed as the built-in saknas', async () => {
    const file = path.resolve(
      __dirname,
      '../../../../shared/data/real/socialstyrelsen_ekb/ekb_manad_dalarnas_lan_hamtad_2023_08_24.xlsx',
    );
    const parsed = await parseImportFile(path.basename(file), readFileSync(file));
    expect(parsed.report.missingCodes).toEqual([
      { code: '--', status: 'saknas', source: 'builtin' },
    ]);
    expect(parsed.observations.filter((o) => o.status === 'saknas')).toHaveLength(14);
  });
});
