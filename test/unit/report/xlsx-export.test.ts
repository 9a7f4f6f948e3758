import { strFromU8, unzipSync } from 'fflate';
import { read, utils } from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../shared/db/db';
import { buildNamndrapport } from '../../../shared/report/namndrapport';
import { reportToXlsx } from '../../../shared/report/report-xlsx';
import { writeXlsx } from '../../../shared/report/xlsx-writer';
import { outlierWorkspace } from '../../helpers/outlier-workspace';

const sheetRows = (bytes: Uint8Array, sheet: string) =>
  utils.sheet_to_json<unknown[]>(read(bytes).Sheets[sheet]!, { header: 1, defval: null });

describe('xlsx export', () => {
  it('writes a workbook SheetJS reads back: numbers as numbers, text as text', () => {
    const bytes = writeXlsx([
      {
        name: 'Värden: [test]',
        rows: [
          ['Kommun', 'Värde'],
          ['Åmål', 12.5],
          ['Dals-Ed', null],
          ['Säter', -3],
        ],
      },
    ]);
    const wb = read(bytes);
    expect(wb.SheetNames).toEqual(['Värden test']);
    expect(utils.sheet_to_json(wb.Sheets['Värden test']!, { header: 1, defval: null })).toEqual([
      ['Kommun', 'Värde'],
      ['Åmål', 12.5],
      ['Dals-Ed', null],
      ['Säter', -3],
    ]);
  });

  it('never writes a formula: text that starts with = + - @ stays text', () => {
    const dangerous = [
      '=HYPERLINK("http://x","klicka")',
      "=cmd|' /C calc'!A0",
      '+46 8 123',
      '-1+1',
      '@SUM(A1)',
    ];
    const bytes = writeXlsx([{ name: 'X', headerRows: 0, rows: dangerous.map((d) => [d]) }]);
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(xml).not.toContain('<f>');
    expect(sheetRows(bytes, 'X')).toEqual(dangerous.map((d) => [d]));
    const cells = read(bytes).Sheets['X']!;
    for (const ref of ['A1', 'A2', 'A3', 'A4', 'A5']) expect(cells[ref]!.t).toBe('s');
  });
});

describe('Nämndrapport as xlsx, from a hand-built workspace', () => {
  let db: Db;
  beforeAll(async () => {
    db = await outlierWorkspace('=Väntetid, andel (%)');
  });
  afterAll(async () => db.close());

  it('carries the method line, the group’s members, the outlier and the source cells', async () => {
    const doc = await buildNamndrapport(db, {
      home: '0114',
      peers: { kind: 'named', peerSetId: 'test' },
    });
    expect(doc.years).toEqual([2021, 2024]);
    expect(doc.methodLine).toContain('Jämförelsegrupp: Testgruppen (version 1, 5 kommuner)');
    expect(doc.methodLine).toContain('inte ett absolut betyg');
    const bytes = reportToXlsx(doc);
    const about = sheetRows(bytes, 'Om rapporten');
    expect(about).toContainEqual([
      'Gruppens kommuner',
      'Ekerö, Järfälla, Vallentuna, Värmdö, Österåker',
    ]);
    const outliers = sheetRows(bytes, 'Återkommande avvikare');
    expect(outliers[1]).toEqual([
      '=Väntetid, andel (%)',
      'Missbruk och beroende',
      '4 av 4',
      '2021, 2022, 2023, 2024',
      13,
      43,
      'oj-missbruk.xlsx, Blad!C5',
      '4 av de 4 senaste åren med värde (2021–2024)',
      null,
    ]);
    const all = sheetRows(bytes, 'Alla lägen');
    expect(all[1]).toEqual([
      '=Väntetid, andel (%)',
      'Missbruk och beroende',
      2021,
      'ok',
      10,
      5,
      40,
      'Ogynnsamt',
      0,
      'oj-missbruk.xlsx, Blad!C5',
      null,
    ]);
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet4.xml']!)).not.toContain('<f>');
  });
});
