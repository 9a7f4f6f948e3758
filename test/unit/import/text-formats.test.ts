import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import/import-error';
import { parseImportFile } from '../../../shared/import/import-file';
import { decodeText } from '../../../shared/import/read-csv';

const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));

describe('CSV and Kolada JSON', () => {
  it('decodes UTF-8 with and without BOM, and Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('Årjäng')]))).toEqual({
      text: 'Årjäng',
      encoding: 'utf-8',
    });
    expect(decodeText(strToU8('Årjäng'))).toEqual({ text: 'Årjäng', encoding: 'utf-8' });
    expect(decodeText(latin1('Årjäng'))).toEqual({ text: 'Årjäng', encoding: 'windows-1252' });
  });

  it('reads a ";" CSV in Windows-1252 with decimal commas and missing codes', async () => {
    const csv = latin1(
      'Kommun;Andel (%) nöjda;Antal\r\nÅrjäng;87,5;1 200\r\nÖrebro;..;15\r\nSäffle;91,0;-\r\nÅmål;80;3\r\n',
    );
    const parsed = await parseImportFile('nojdhet-2023.csv', csv);
    const value = (code: string, kind: string) =>
      parsed.observations.find(
        (o) =>
          o.unitCode === code &&
          parsed.indicators.find((i) => i.indicatorId === o.indicatorId)!.kind === kind,
      );
    // "Antal" beside a share is the number behind it (observation.n), not an indicator of its own.
    expect(parsed.indicators).toHaveLength(1);
    expect(value('1765', 'percent')).toMatchObject({ valueNum: 87.5, cell: 'B2', n: 1200 });
    expect(value('1880', 'percent')).toMatchObject({ status: 'sekretess', valueNum: null, n: 15 });
    expect(value('1785', 'percent')).toMatchObject({ valueNum: 91, n: null });
    expect(parsed.year).toBe(2023);
  });

  it('reads a "," CSV with quoted fields', async () => {
    const csv = strToU8(
      '"Kommun","Värde, kr"\n"Dals-Ed","1 234,5"\n"Åmål","99"\n"Bengtsfors","7,25"\n',
    );
    const parsed = await parseImportFile('x.csv', csv);
    expect(parsed.observations.map((o) => [o.unitCode, o.valueNum])).toEqual([
      ['1438', 1234.5],
      ['1492', 99],
      ['1460', 7.25],
    ]);
  });

  it('refuses a quote that never closes, naming the row', async () => {
    const csv = strToU8('Kommun;Värde\nÅmål;1\n"Dals-Ed;2\nBengtsfors;3\n');
    await expect(parseImportFile('trasig.csv', csv)).rejects.toThrow(
      /trasig\.csv har ett citattecken som aldrig avslutas/,
    );
  });

  it('reads a saved Kolada API response: kpi × kommun × period with gender splits', async () => {
    const response = {
      values: [
        {
          kpi: 'N31807',
          municipality: '0180',
          period: 2022,
          values: [
            { gender: 'T', status: '', value: 12.5 },
            { gender: 'K', status: '', value: 11 },
          ],
        },
        {
          kpi: 'N31807',
          municipality: '1480',
          period: 2022,
          values: [{ gender: 'T', status: 'Missing', value: null }],
        },
        {
          kpi: 'N31807',
          municipality: '0000',
          period: 2022,
          values: [{ gender: 'T', status: '', value: 10.1 }],
        },
        {
          kpi: 'N31807',
          municipality: '9999',
          period: 2022,
          values: [{ gender: 'T', status: '', value: 1 }],
        },
      ],
    };
    const parsed = await parseImportFile('kolada-N31807.json', strToU8(JSON.stringify(response)));
    expect(parsed.publisher).toBe('Kolada (RKA)');
    expect(parsed.indicators.map((i) => [i.code, i.title, i.year])).toEqual([
      ['N31807', 'N31807', 2022],
      ['N31807', 'N31807 – kvinnor', 2022],
    ]);
    expect(parsed.observations.map((o) => [o.unitCode, o.valueNum, o.status])).toEqual([
      ['0180', 12.5, 'ok'],
      ['0180', 11, 'ok'],
      ['1480', null, 'saknas'],
      ['00', 10.1, 'ok'],
    ]);
    expect(parsed.report.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'warning', cell: 'values[3]' }),
    );
  });

  it('refuses JSON that is no Kolada response', async () => {
    await expect(parseImportFile('x.json', strToU8('{"hello": 1}'))).rejects.toThrow(
      /inget svar från Kolada/,
    );
    await expect(parseImportFile('x.json', strToU8('{"values": '))).rejects.toThrow(
      /inte giltig JSON/,
    );
  });

  it('is an ImportError that names the file', async () => {
    const error = await parseImportFile('tom.xlsx', new Uint8Array()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).fileName).toBe('tom.xlsx');
  });
});
