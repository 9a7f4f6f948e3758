import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realFile } from '../../helpers/real-files';
import { generateDemoDataset } from '../../../shared/demo/demo-dataset';
import { directionReasonLabel } from '../../../shared/i18n/model-labels';
import { colourOrder } from '../../../shared/import/direction-evidence';
import { parseImportFile } from '../../../shared/import/import-file';
import { workbookUnitOrder, writeOjWorkbook } from '../../fixtures/oj-workbook-writer';
import { writeSharesWorkbook, writeTroubledWorkbook } from '../../fixtures/variant-workbooks';

/**
 * Issue 18 item 2: an indicator's stored direction reason (Swedish, kept
 * readable in SQL) is shown in the user's language on Katalog and "Riktning
 * saknas", part by part; what the file itself says stays as written.
 */

describe('direction reasons in English', () => {
  it('words the vocabulary and the three patterns (hand-written cases)', () => {
    expect(directionReasonLabel('riktning anges inte i filen', 'en')).toBe(
      'the file gives no direction',
    );
    expect(directionReasonLabel('enligt filen: ”Högt värde är bra” (C4)', 'en')).toBe(
      'according to the file: ”Högt värde är bra” (C4)',
    );
    expect(
      directionReasonLabel(
        'enligt filens färger: gröna värden högre än röda i 93 % av paren (40 par)',
        'en',
      ),
    ).toBe(
      'according to the file’s colours: green values higher than red in 93 % of the pairs (40 pairs)',
    );
    expect(
      directionReasonLabel(
        'antaget: Ja är det önskade svaret; färgerna ger ingen tydlig riktning: gröna värden lägre än röda i 50 % av paren (1 200 par)',
        'en',
      ),
    ).toBe(
      'assumed: Yes is the desired answer; the colours give no clear direction: green values lower than red in 50 % of the pairs (1200 pairs)',
    );
    expect(directionReasonLabel('något okänt', 'en')).toBe('något okänt');
    expect(directionReasonLabel('riktning anges inte i filen', 'sv')).toBe(
      'riktning anges inte i filen',
    );
    expect(directionReasonLabel(null, 'en')).toBeNull();
  });

  it('words the colours’ evidence as the importer writes it (colourOrder), clear and unclear', () => {
    const v = (valueNum: number, officialClass: 'gron' | 'gul' | 'rod') => ({
      valueNum,
      officialClass,
    });
    const clear = colourOrder([
      ...Array.from({ length: 40 }, (_, i) => v(60 + i, 'gron')),
      ...Array.from({ length: 40 }, (_, i) => v(10 + i, 'rod')),
    ])!;
    expect(clear.direction).toBe('higher_better');
    expect(directionReasonLabel(`enligt filens färger: ${clear.reason}`, 'en')).toBe(
      'according to the file’s colours: green values higher than red in 100 % of the pairs (1600 pairs)',
    );
    const unclear = colourOrder([
      ...Array.from({ length: 40 }, (_, i) => v(i, 'gron')),
      ...Array.from({ length: 40 }, (_, i) => v(i, 'rod')),
    ])!;
    expect(unclear.direction).toBeNull();
    const english = directionReasonLabel(unclear.reason, 'en')!;
    // 40 × 40 pairs less the 40 ties; each colour lower in half of the rest.
    expect(english).toBe(
      'the colours give no clear direction: green values lower than red in 50 % of the pairs (1560 pairs)',
    );
  });

  it('leaves no Swedish reason as stored for generated and real files', async () => {
    const dataset = generateDemoDataset({ years: [2023] });
    const files: [string, Uint8Array][] = [
      ...(await Promise.all(
        dataset.publications.map(
          async (p) =>
            [p.file.fileName, await writeOjWorkbook(p, workbookUnitOrder(dataset.units))] as [
              string,
              Uint8Array,
            ],
        ),
      )),
      ['missbruk-2023.xlsx', await writeSharesWorkbook()],
      ['brukare.xlsx', await writeTroubledWorkbook()],
      ...[
        'kolada/kolada_stockholms_lan_5kpi_2012-2019.xlsx',
        'socialstyrelsen_stat/2024-5-9102-tables_tandhalsa2023.xlsx',
      ].map((f) => [path.basename(f), realFile(f)] as [string, Uint8Array]),
    ];
    const reasons = new Set<string>();
    for (const [name, bytes] of files)
      for (const i of (await parseImportFile(name, bytes)).indicators)
        if (i.directionReason) reasons.add(i.directionReason);
    expect(reasons.size).toBeGreaterThan(2);
    const untranslated = [...reasons].filter((r) =>
      directionReasonLabel(r, 'en')!
        .split('; ')
        .some((part) => r.split('; ').includes(part)),
    );
    expect(untranslated).toEqual([]);
  });
});
