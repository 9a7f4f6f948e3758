import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../shared/import/import-file';

/**
 * Found on a real Socialstyrelsen workbook (tandhälsa 2023, chart data below
 * Tabell 2B): two tables side by side, each with its own län column in its
 * own order. The right table's values were once read as if they belonged to
 * the left table's rows — wrong units. Each table is read with its own units.
 */
describe('regression: tables side by side', () => {
  it('never gives the right-hand table’s values to the left-hand table’s units', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad');
    ws.getRow(1).values = ['Län', 'Andel (%)', null, 'Län', 'Andel (%)'];
    ws.getRow(2).values = ['Stockholms län', 10, null, 'Uppsala län', 99];
    ws.getRow(3).values = ['Uppsala län', 20, null, 'Stockholms län', 88];
    ws.getRow(4).values = ['Skåne län', 30, null, 'Hallands län', 77];
    ws.getRow(5).values = ['Hallands län', 40, null, 'Skåne län', 66];
    const parsed = await parseImportFile(
      'sida-vid-sida.xlsx',
      new Uint8Array(await wb.xlsx.writeBuffer()),
    );
    expect(parsed.observations.map((o) => [o.unitCode, o.valueNum, o.cell])).toEqual([
      ['01', 10, 'B2'],
      ['03', 20, 'B3'],
      ['12', 30, 'B4'],
      ['13', 40, 'B5'],
      ['03', 99, 'E2'],
      ['01', 88, 'E3'],
      ['13', 77, 'E4'],
      ['12', 66, 'E5'],
    ]);
    expect(parsed.indicators).toHaveLength(2);
  });

  it('finds the right-hand table when it lists kommuner with their län between them (found by the layout generator, seed 5669)', async () => {
    // Left: kommuner with a code column after the values; right: län, kommun, län, kommun … — each unit once,
    // but only half of them kommuner, which once made the right-hand names look like "the same few units again".
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultat');
    ws.getRow(1).values = ['Kommun', 'Andel (%)', 'Kommunkod', null, 'Kommun', 'Antal'];
    const left = [
      ['Sollentuna', '0163'],
      ['Sundbyberg', '0183'],
      ['Södertälje', '0181'],
      ['Vallentuna', '0115'],
      ['Heby', '0331'],
      ['Tierp', '0360'],
    ];
    const right = [
      'Stockholms län',
      'Nacka',
      'Uppsala län',
      'Enköping',
      'Södermanlands län',
      'Nyköping',
    ];
    left.forEach(([name, code], i) => {
      ws.getRow(2 + i).values = [name, 10 + i, code, null, right[i], 100 + i];
    });
    const parsed = await parseImportFile(
      'sida-vid-sida.xlsx',
      new Uint8Array(await wb.xlsx.writeBuffer()),
    );
    const byCell = new Map(parsed.observations.map((o) => [o.cell, [o.unitCode, o.valueNum]]));
    expect(byCell.get('B2')).toEqual(['0163', 10]);
    expect(byCell.get('B7')).toEqual(['0360', 15]);
    expect([2, 3, 4, 5, 6, 7].map((r) => byCell.get(`F${r}`))).toEqual([
      ['01', 100],
      ['0182', 101],
      ['03', 102],
      ['0381', 103],
      ['04', 104],
      ['0480', 105],
    ]);
  });
});
