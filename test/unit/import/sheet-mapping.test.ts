import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../shared/import/import-file';
import { gateBlocks } from '../../../shared/import/import-report';

/** A survey per kommun whose count column is headed "Inkomna svar" (not a word the importer knows for n). */
async function survey(year: number, shares: readonly number[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Per kommun');
  ws.getRow(1).values = [`Brukarundersökning ${year}`];
  ws.getRow(3).values = ['Kommunkod', 'Kommun', 'Nöjd med hjälpen, andel (%)', 'Inkomna svar'];
  const kommuner: [string, string][] = [
    ['0184', 'Solna'],
    ['0183', 'Sundbyberg'],
    ['0123', 'Järfälla'],
    ['0163', 'Sollentuna'],
    ['0162', 'Danderyd'],
  ];
  kommuner.forEach(
    ([code, name], i) => (ws.getRow(4 + i).values = [code, name, shares[i]!, 120 + 10 * i]),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the user’s mapping and saved layout templates in the parser', () => {
  it('header rows sent back as detected read the same values', async () => {
    const bytes = await survey(2024, [81, 77, 90, 68, 72]);
    const first = await parseImportFile('enkat-2024.xlsx', bytes);
    const preview = first.report.previews![0]!;
    expect(preview.headerRows).toEqual([2]);
    const again = await parseImportFile('enkat-2024.xlsx', bytes, {
      mappings: [{ sheet: 'Per kommun', headerRows: preview.headerRows }],
    });
    expect(again.observations.map((o) => [o.cell, o.valueNum])).toEqual(
      first.observations.map((o) => [o.cell, o.valueNum]),
    );
  });

  it('a column marked as n belongs to the value beside it; the same layout next year takes the template', async () => {
    const bytes = await survey(2024, [81, 77, 90, 68, 72]);
    const detected = await parseImportFile('enkat-2024.xlsx', bytes);
    // Read as detected, "Inkomna svar" is an indicator of its own with counts in a share's group: two indicators.
    expect(detected.indicators).toHaveLength(2);
    const mapping = {
      sheet: 'Per kommun',
      columns: { 3: 'n' as const },
      directions: { 2: 'higher_better' as const },
    };
    const corrected = await parseImportFile('enkat-2024.xlsx', bytes, { mappings: [mapping] });
    expect(corrected.indicators).toHaveLength(1);
    expect(corrected.indicators[0]).toMatchObject({
      direction: 'higher_better',
      directionReason: 'angiven av användaren vid importen',
    });
    expect(corrected.observations.find((o) => o.cell === 'C4')).toMatchObject({
      unitCode: '0184',
      valueNum: 81,
      n: 120,
    });
    expect(corrected.observations.find((o) => o.cell === 'C8')).toMatchObject({
      unitCode: '0162',
      valueNum: 72,
      n: 160,
    });
    expect(gateBlocks(corrected.report)).toBe(false);

    const signature = detected.report.previews![0]!.signature;
    const next = await parseImportFile(
      'enkat-2025.xlsx',
      await survey(2025, [80, 79, 88, 70, 75]),
      {
        templates: [{ signature, sheetName: 'Per kommun', mapping }],
      },
    );
    expect(next.report.templateApplied).toBe('Per kommun');
    expect(next.indicators).toHaveLength(1);
    expect(next.observations.find((o) => o.cell === 'C5')).toMatchObject({
      unitCode: '0183',
      valueNum: 79,
      n: 130,
      year: 2025,
    });
  });

  it('a forced unit column is taken as it is', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Samverkan');
    ws.getRow(1).values = ['Kommun', 'Samverkanskommun', 'Andel (%)'];
    const rows: [string, string, number][] = [
      ['Solna', 'Sundbyberg', 61.5],
      ['Sundbyberg', 'Solna', 58.2],
      ['Järfälla', 'Upplands-Bro', 70.1],
      ['Upplands-Bro', 'Järfälla', 44.9],
    ];
    rows.forEach((row, i) => (ws.getRow(2 + i).values = row));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const ambiguous = await parseImportFile('samverkan-2024.xlsx', bytes);
    expect(ambiguous.report.gate).toContainEqual(
      expect.objectContaining({ check: 'unit_column', blocking: true, sheet: 'Samverkan' }),
    );
    const chosen = await parseImportFile('samverkan-2024.xlsx', bytes, {
      mappings: [{ sheet: 'Samverkan', unitCol: 1, columns: { 0: 'context' } }],
    });
    expect(chosen.observations.map((o) => [o.unitCode, o.valueNum])).toEqual([
      ['0183', 61.5],
      ['0184', 58.2],
      ['0139', 70.1],
      ['0123', 44.9],
    ]);
    expect(gateBlocks(chosen.report)).toBe(false);
  });
});
