import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { ImportError } from '../../shared/import/import-error';
import { parseImportFile } from '../../shared/import/import-file';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { mutations } from './mutate';

/**
 * A fixed-seed mutation fuzzer over a valid fixture workbook and a CSV: every
 * mutated file must either import or be refused with an ImportError (a clear
 * Swedish message) — never crash with anything else, never hang.
 * `npm run fuzz -- --minutes 10` runs the same loop for longer.
 */
async function outcome(name: string, bytes: Uint8Array): Promise<'imported' | 'refused'> {
  try {
    await parseImportFile(name, bytes);
    return 'imported';
  } catch (error) {
    if (error instanceof ImportError) {
      expect(error.message).toMatch(/[a-zåäö]/i);
      return 'refused';
    }
    throw new Error(`${name}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

describe('import fuzzing (fixed seed)', () => {
  it('never crashes on 200 mutations of a real-layout workbook', async () => {
    const dataset = generateDemoDataset({ years: [2024], areas: undefined });
    const p = dataset.publications.find((x) => x.file.area === 'ekonomiskt_bistand')!;
    const original = await writeOjWorkbook(p, workbookUnitOrder(dataset.units));
    const tally = { imported: 0, refused: 0 };
    for (const m of mutations(original, 20261123, 200)) tally[await outcome(`fuzz-${m.name}.xlsx`, m.bytes)] += 1;
    expect(tally.imported + tally.refused).toBe(200);
    expect(tally.refused).toBeGreaterThan(0);
  }, 300_000);

  it('never crashes on 200 mutations of a CSV', async () => {
    const csv = strToU8('Kommun;Andel (%);Antal\r\n' + ['Ale', 'Alingsås', 'Alvesta', 'Aneby', 'Arboga', 'Arjeplog'].map((k, i) => `${k};${i},5;${i * 100}`).join('\r\n'));
    const tally = { imported: 0, refused: 0 };
    for (const m of mutations(csv, 7, 200)) tally[await outcome(`fuzz-${m.name}.csv`, m.bytes)] += 1;
    expect(tally.imported + tally.refused).toBe(200);
  }, 120_000);
});
