import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../../shared/demo/demo-dataset';
import { parseImportFile } from '../../../shared/import/import-file';
import { workbookUnitOrder, writeOjWorkbook } from '../../fixtures/oj-workbook-writer';
import { writeSharesWorkbook, writeTrygghetWorkbook } from '../../fixtures/variant-workbooks';

describe('importing ÖJ-like fixture workbooks', () => {
  it('reads the generated ÖJ workbook back to exactly the data it was written from', async () => {
    const dataset = generateDemoDataset({ years: [2023] });
    for (const publication of dataset.publications) {
      const bytes = await writeOjWorkbook(publication, workbookUnitOrder(dataset.units));
      const parsed = await parseImportFile(publication.file.fileName, bytes);
      expect(parsed.area).toBe(publication.file.area);
      expect(parsed.year).toBe(2023);
      expect(parsed.report.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
      expect(
        parsed.indicators.map((i) => [
          i.code,
          i.title,
          i.kind,
          i.direction,
          i.indicatorType,
          i.qualityDimension,
          i.background,
        ]),
      ).toEqual(
        publication.indicators.map((i) => [
          i.code,
          i.title,
          i.kind,
          i.direction,
          i.indicatorType,
          i.qualityDimension,
          i.background,
        ]),
      );
      expect(parsed.report.background).toBe(3);
      const key = (o: { unitCode: string; sheet: string | null; cell: string | null }) =>
        `${o.unitCode}@${o.sheet}!${o.cell}`;
      const got = new Map(parsed.observations.map((o) => [key(o), o]));
      expect(got.size).toBe(publication.observations.length);
      for (const want of publication.observations) {
        const o = got.get(key(want));
        expect(o, key(want)).toBeDefined();
        expect([o!.status, o!.valueNum, o!.valueText, o!.officialClass, o!.sheet]).toEqual([
          want.status,
          want.valueNum,
          want.valueText,
          want.officialClass,
          want.sheet,
        ]);
      }
    }
  });

  it('reads the "Trygghet och säkerhet" layout: K-kod, Min – Max, Rikets värde, theme fills, NBSP numbers', async () => {
    const bytes = await writeTrygghetWorkbook(
      [
        { code: '0114', name: 'Upplands Väsby', values: ['1\u00a0000', 12.5], themeFill: 6 },
        { code: '0115', name: 'Vallentuna', values: ['..', 3], themeFill: 5 },
        { code: '0125', name: 'Ekerö', values: [40, 3], themeFill: 5 },
        { code: '0117', name: 'Österåker', values: [250, '-'] },
        { code: '0120', name: 'Värmdö', values: ['2 500', 7] },
      ],
      ['Personskador i hemmet, per 1 000 invånare', 'Fallolyckor bland äldre, andel (%)'],
    );
    const parsed = await parseImportFile('oj-trygghet-och-sakerhet-2023.xlsx', bytes);
    expect(parsed.area).toBe('trygghet_och_sakerhet');
    expect(parsed.year).toBe(2023);
    expect(parsed.indicators.map((i) => i.title)).toEqual([
      'Personskador i hemmet, per 1 000 invånare',
      'Fallolyckor bland äldre, andel (%)',
    ]);
    const at = (cell: string) => parsed.observations.find((o) => o.cell === cell);
    expect(at('C8')).toMatchObject({
      unitCode: '0114',
      valueNum: 1000,
      status: 'ok',
      officialClass: 'gron',
    });
    expect(at('C9')).toMatchObject({
      unitCode: '0115',
      valueNum: null,
      status: 'sekretess',
      officialClass: null,
    });
    // exceljs embeds the Office 2007 theme: accent3 (index 6) 9BBB59 is green, accent2 (5) C0504D red.
    expect(at('C10')).toMatchObject({ unitCode: '0125', valueNum: 40, officialClass: 'rod' });
    expect(at('C12')).toMatchObject({ unitCode: '0120', valueNum: 2500, officialClass: null });
    expect(at('D11')).toMatchObject({ unitCode: '0117', status: 'bortfall' });
    expect(at('C5')).toMatchObject({ unitCode: '00', valueNum: 100 });
    expect(parsed.report.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'info', cell: 'B4' }),
    );
    expect(parsed.report.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  it('reads 0–1 shares in a per cent format as Excel shows them (0.702 → 70.2), reads a "Färg" column, decimal commas and stadsdelar, and reports an unknown unit', async () => {
    const parsed = await parseImportFile('missbruk-2023.xlsx', await writeSharesWorkbook());
    expect(parsed.indicators.map((i) => [i.title, i.kind])).toEqual([
      ['Väntetid, andel (%) inom 14 dagar', 'percent'],
      ['Antal vårddygn', 'count'],
    ]);
    const value = (unit: string, title: string) =>
      parsed.observations.find(
        (o) =>
          o.unitCode === unit &&
          parsed.indicators.find((i) => i.indicatorId === o.indicatorId)!.title === title,
      );
    expect(value('0127', 'Väntetid, andel (%) inom 14 dagar')).toMatchObject({
      valueNum: 70.2,
      officialClass: 'gron',
    });
    expect(value('0162', 'Väntetid, andel (%) inom 14 dagar')).toMatchObject({
      valueNum: 45.5,
      officialClass: 'rod',
    });
    expect(value('0125', 'Väntetid, andel (%) inom 14 dagar')).toMatchObject({
      status: 'bortfall',
      valueNum: null,
    });
    expect(value('00', 'Antal vårddygn')).toMatchObject({ valueNum: 1234.5 });
    expect(value('0162', 'Antal vårddygn')).toMatchObject({ status: 'sekretess' });
    expect(value('0180-rinkeby-kista', 'Antal vårddygn')).toMatchObject({ valueNum: 3.25 });
    expect(parsed.units.find((u) => u.unitCode === '0180-rinkeby-kista')).toMatchObject({
      level: 'stadsdel',
      parentCode: '0180',
    });
    expect(parsed.report.diagnostics).toContainEqual({
      severity: 'warning',
      sheet: 'Resultat',
      cell: 'A11',
      code: 'unit_unknown',
      params: { label: 'Okändby' },
      message: 'Okänd enhet "Okändby" – raden lästes inte in.',
    });
  });

  it('keeps 0–1 shares without a per cent format as they stand in the cell, and says so on the import card', async () => {
    const parsed = await parseImportFile(
      'missbruk-2023.xlsx',
      await writeSharesWorkbook({ percentFormat: false }),
    );
    const title = 'Väntetid, andel (%) inom 14 dagar';
    const b6 = parsed.observations.find((o) => o.cell === 'B6');
    expect(b6).toMatchObject({ unitCode: '0127', valueNum: 0.702 });
    expect(parsed.report.gate ?? []).toContainEqual(
      expect.objectContaining({
        code: 'share_fraction_as_is',
        blocking: false,
        sheet: 'Resultat',
        cells: ['B4'],
        params: { title, total: 6 },
        message: expect.stringMatching(
          /^"Väntetid, andel \(%\) inom 14 dagar" är en andel men alla 6 värden ligger mellan 0 och 1/,
        ),
      }),
    );
    // With the format the same cells are shares in per cent, and nothing is said.
    const formatted = await parseImportFile('missbruk-2023.xlsx', await writeSharesWorkbook());
    expect((formatted.report.gate ?? []).filter((f) => f.code === 'share_fraction_as_is')).toEqual(
      [],
    );
  });

  it('reads a per cent format the same way in a period sheet: 0.452 in "0.0%" is 45.2', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tabell');
    ws.getCell('A1').value = 'Ekonomiskt bistånd, Dalarnas län';
    ws.getRow(2).values = ['År', 'Månad', 'Andel hushåll med bistånd'];
    ws.getRow(3).values = ['2024', 'Januari', 0.452];
    ws.getRow(4).values = ['2024', 'Februari', 0.5];
    ws.getCell('C3').numFmt = '0.0%';
    const parsed = await parseImportFile(
      'ekb-andel.xlsx',
      new Uint8Array(await wb.xlsx.writeBuffer()),
    );
    expect(parsed.observations.map((o) => [o.cell, o.period, o.valueNum])).toEqual([
      ['C3', '2024-01', 45.2],
      ['C4', '2024-02', 0.5],
    ]);
  });
});
