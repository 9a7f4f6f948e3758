import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { colourOrder } from '../../../shared/import/direction-evidence';
import { parseImportFile } from '../../../shared/import/import-file';
import { directionPhrase, parseDirection } from '../../../shared/import/indicator-kind';

const KOMMUNER = [
  'Ale',
  'Alingsås',
  'Alvesta',
  'Aneby',
  'Arboga',
  'Arjeplog',
  'Arvidsjaur',
  'Arvika',
  'Askersund',
  'Avesta',
];
const FILL = { gron: 'FF63BE7B', gul: 'FFFFEB84', rod: 'FFF8696B' } as const;
type Colour = keyof typeof FILL;

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One indicator column, each value with its official colour as a cell fill. */
async function colouredWorkbook(
  title: string,
  cells: readonly (readonly [number | string, Colour | null])[],
  above: readonly (string | null)[] = [],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kommuner');
  ws.getCell('A1').value = 'Öppna jämförelser 2023 – Vård och omsorg om äldre';
  above.forEach((text, i) => (ws.getCell(`B${2 + i}`).value = text));
  const header = 2 + above.length;
  ws.getRow(header).values = ['Kommun', title];
  cells.forEach(([value, colour], i) => {
    const row = ws.getRow(header + 1 + i);
    row.values = [KOMMUNER[i]!, value];
    if (colour)
      row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[colour] } };
  });
  return bytesOf(wb);
}

const v = (valueNum: number, officialClass: Colour | null) => ({ valueNum, officialClass });

describe('direction from how the official colours order the values', () => {
  it('green values below red ones: lower is better, with the share of pairs as evidence', () => {
    const order = colourOrder([
      v(2, 'gron'),
      v(3, 'gron'),
      v(4, 'gron'),
      v(5, 'gul'),
      v(9, 'rod'),
      v(10, 'rod'),
      v(12, 'rod'),
      v(3.5, 'rod'),
    ]);
    // 3.5 (red) is below one green of three: 11 of 12 pairs agree.
    expect(order).toMatchObject({
      direction: 'lower_better',
      better: 'gron',
      worse: 'rod',
      pairs: 12,
    });
    expect(order!.reason).toBe('gröna värden lägre än röda i 91 % av paren (12 par)');
  });

  it('needs a clear majority and enough pairs', () => {
    const mixed = colourOrder([
      v(2, 'gron'),
      v(9, 'gron'),
      v(4, 'gron'),
      v(3, 'rod'),
      v(10, 'rod'),
      v(5, 'rod'),
      v(1, 'rod'),
    ]);
    expect(mixed).toMatchObject({ direction: null, pairs: 12 });
    expect(mixed!.reason).toBe(
      'färgerna ger ingen tydlig riktning: gröna värden lägre än röda i 50 % av paren (12 par)',
    );
    // 3 × 3 pairs are too few to say anything.
    expect(
      colourOrder([
        v(2, 'gron'),
        v(3, 'gron'),
        v(4, 'gron'),
        v(9, 'rod'),
        v(10, 'rod'),
        v(12, 'rod'),
      ]),
    ).toBeNull();
    expect(colourOrder([v(2, 'gron'), v(9, 'rod'), v(3, 'gul')])).toBeNull();
  });

  it('higher is better when green values are above red ones; yellow against red when there is no green', () => {
    expect(
      colourOrder([
        v(80, 'gron'),
        v(90, 'gron'),
        v(85, 'gron'),
        v(20, 'rod'),
        v(30, 'rod'),
        v(35, 'rod'),
        v(25, 'rod'),
      ]),
    ).toMatchObject({
      direction: 'higher_better',
      reason: 'gröna värden högre än röda i 100 % av paren (12 par)',
    });
    expect(
      colourOrder([
        v(50, 'gul'),
        v(55, 'gul'),
        v(60, 'gul'),
        v(52, 'gul'),
        v(20, 'rod'),
        v(30, 'rod'),
        v(35, 'rod'),
      ]),
    ).toMatchObject({
      direction: 'higher_better',
      better: 'gul',
      worse: 'rod',
    });
  });

  it('an imported file with fills: green cells lower than red ones → lower_better, evidence shown', async () => {
    const cells: [number, Colour][] = [
      [3.1, 'gron'],
      [4.0, 'gron'],
      [2.5, 'gron'],
      [5.2, 'gron'],
      [7.5, 'gul'],
      [8.0, 'gul'],
      [12.4, 'rod'],
      [15.0, 'rod'],
      [11.9, 'rod'],
      [13.3, 'rod'],
    ];
    const parsed = await parseImportFile(
      'oj-aldre-2023.xlsx',
      await colouredWorkbook('Fallskador bland äldre i särskilt boende, andel (%)', cells),
    );
    expect(parsed.observations.filter((o) => o.officialClass === 'gron')).toHaveLength(4);
    expect(parsed.indicators[0]).toMatchObject({
      direction: 'lower_better',
      directionReason: 'enligt filens färger: gröna värden lägre än röda i 100 % av paren (16 par)',
    });
  });

  it('a yes/no indicator whose colours put Nej in green is lower_better, not the assumed Ja', async () => {
    const cells: [string, Colour][] = [
      ['Nej', 'gron'],
      ['Nej', 'gron'],
      ['Nej', 'gron'],
      ['Nej', 'gron'],
      ['Nej', 'gron'],
      ['Ja', 'rod'],
      ['Ja', 'rod'],
      ['Ja', 'rod'],
      ['Ja', 'rod'],
      ['Nej', 'gron'],
    ];
    const parsed = await parseImportFile(
      'oj-aldre-2023.xlsx',
      await colouredWorkbook('Väntelista till särskilt boende', cells),
    );
    expect(parsed.indicators[0]).toMatchObject({ kind: 'yesno', direction: 'lower_better' });
    expect(parsed.indicators[0]!.directionReason).toMatch(
      /^enligt filens färger: gröna värden lägre än röda i 100 % av paren/,
    );
  });

  it('unclear colours keep the direction the file gives and say why', async () => {
    const cells: [number, Colour][] = [
      [3, 'gron'],
      [14, 'gron'],
      [8, 'gron'],
      [5, 'rod'],
      [12, 'rod'],
      [9, 'rod'],
      [10, 'gul'],
      [7, 'gul'],
      [6, 'gul'],
      [11, 'gul'],
    ];
    const parsed = await parseImportFile(
      'oj-aldre-2023.xlsx',
      await colouredWorkbook('Index, poäng', cells),
    );
    expect(parsed.indicators[0]!.direction).toBe('none');
    expect(parsed.indicators[0]!.directionReason).toMatch(/^färgerna ger ingen tydlig riktning/);
  });
});

describe('direction from what the file says', () => {
  it('reads the phrases description sheets and direction columns use', () => {
    expect(parseDirection('Högt värde är bra')).toBe('higher_better');
    expect(parseDirection('Lågt värde är bra')).toBe('lower_better');
    expect(parseDirection('Ja är önskvärt')).toBe('higher_better');
    expect(parseDirection('Nej är önskvärt')).toBe('lower_better');
    expect(parseDirection('Ett lågt värde är önskvärt')).toBe('lower_better');
    expect(parseDirection('Ju högre andel, desto bättre')).toBe('higher_better');
    expect(parseDirection('Högt')).toBe('higher_better');
    expect(parseDirection('Lågt')).toBe('lower_better');
    expect(parseDirection('Ingen riktning')).toBe('none');
    expect(parseDirection('Higher is better')).toBe('higher_better');
    // Running text only counts when it says which way is good.
    expect(directionPhrase('Ett högt värde kan bero på att kommunen har många äldre.')).toBeNull();
    expect(directionPhrase('Högt bortfall för spädbarn')).toBeNull();
    expect(directionPhrase('Högt')).toBeNull();
  });

  it('a description sheet that lists only indicator and direction', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kommuner');
    ws.getCell('A1').value = 'Öppna jämförelser 2023 – Barn och unga';
    ws.getRow(3).values = [
      'Kommun',
      'Placerade barn med plan, andel (%)',
      'Omplaceringar, andel (%)',
      'Rutin för BBIC',
    ];
    KOMMUNER.slice(0, 5).forEach(
      (name, i) => (ws.getRow(4 + i).values = [name, 50 + i, 10 + i, i % 2 ? 'Ja' : 'Nej']),
    );
    const d = wb.addWorksheet('Indikatorer');
    d.addRow(['Indikator', 'Högt eller lågt värde är bra']);
    d.addRow(['Placerade barn med plan, andel (%)', 'Högt värde är bra']);
    d.addRow(['Omplaceringar, andel (%)', 'Lågt värde är bra']);
    d.addRow(['Rutin för BBIC', 'Ja är önskvärt']);
    const parsed = await parseImportFile('oj-barn-och-unga-2023.xlsx', await bytesOf(wb));
    expect(parsed.indicators.map((i) => [i.title, i.direction, i.directionReason])).toEqual([
      ['Placerade barn med plan, andel (%)', 'higher_better', 'enligt filens indikatorbeskrivning'],
      ['Omplaceringar, andel (%)', 'lower_better', 'enligt filens indikatorbeskrivning'],
      ['Rutin för BBIC', 'higher_better', 'enligt filens indikatorbeskrivning'],
    ]);
  });

  it('a "Lågt värde är bra" cell above the title, and a warning when the colours say the opposite', async () => {
    const cells: [number, Colour][] = [
      [80, 'gron'],
      [85, 'gron'],
      [90, 'gron'],
      [88, 'gron'],
      [60, 'gul'],
      [62, 'gul'],
      [20, 'rod'],
      [25, 'rod'],
      [30, 'rod'],
      [22, 'rod'],
    ];
    const parsed = await parseImportFile(
      'oj-aldre-2023.xlsx',
      await colouredWorkbook('Andel nöjda med hemtjänsten (%)', cells, ['Lågt värde är bra']),
    );
    const indicator = parsed.indicators[0]!;
    expect(indicator).toMatchObject({
      title: 'Andel nöjda med hemtjänsten (%)',
      direction: 'lower_better',
      directionReason: 'enligt filen: ”Lågt värde är bra” (B2)',
    });
    expect(parsed.report.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringMatching(
          /färgerna visar motsatsen \(gröna värden högre än röda i 100 % av paren/,
        ),
      }),
    );
  });

  it('a row labelled "Önskvärd riktning" with short words under the titles', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kommuner');
    ws.getCell('A1').value = 'Öppna jämförelser 2023 – Ekonomiskt bistånd';
    ws.getRow(2).values = ['Önskvärd riktning', 'Lågt', 'Högt'];
    ws.getRow(3).values = [
      'Kommun',
      'Långvarigt bistånd, andel (%)',
      'Handläggare med utbildning, andel (%)',
    ];
    KOMMUNER.slice(0, 5).forEach((name, i) => (ws.getRow(4 + i).values = [name, 5 + i, 70 + i]));
    const parsed = await parseImportFile('oj-ekb-2023.xlsx', await bytesOf(wb));
    expect(parsed.indicators.map((i) => [i.title, i.direction, i.directionReason])).toEqual([
      ['Långvarigt bistånd, andel (%)', 'lower_better', 'enligt filen: ”Lågt” (B2)'],
      ['Handläggare med utbildning, andel (%)', 'higher_better', 'enligt filen: ”Högt” (C2)'],
    ]);
  });

  it('a file that neither says nor shows a direction keeps none, and says so', async () => {
    const parsed = await parseImportFile(
      'oj-aldre-2023.xlsx',
      await colouredWorkbook(
        'Antal platser',
        KOMMUNER.map((_, i) => [i * 3, null] as const),
      ),
    );
    expect(parsed.indicators[0]).toMatchObject({
      direction: 'none',
      directionReason: 'riktning anges inte i filen',
    });
  });

  it('the real Socialstyrelsen statistics workbooks state no direction ("Definitioner och mått", "Om statistiken"): none is invented, and the reason says so', async () => {
    // Their prose says "relativt högt bortfall" and "högt eller lågt lufttryck" — no statement of which value is good.
    const file = path.resolve(
      __dirname,
      '../../../../shared/data/real/socialstyrelsen_stat/2024-5-9102-tables_tandhalsa2023.xlsx',
    );
    const parsed = await parseImportFile(path.basename(file), readFileSync(file));
    const reasons = new Set(
      parsed.indicators
        .filter((i) => !i.background)
        .map((i) => `${i.direction}: ${i.directionReason}`),
    );
    expect(reasons).toEqual(new Set(['none: riktning anges inte i filen']));
  });
});
