import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../shared/db/db';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { fuzzWorkspace, runFuzzCase, workspaceFingerprint, type CaseOutcome } from './fuzz-case';
import { mutations } from './mutate';

/**
 * A fixed-seed mutation fuzzer over a valid fixture workbook and a CSV, run
 * as the app runs an import: every mutated file must either be refused with
 * an ImportError (a clear Swedish message) or be committed whole to a real
 * workspace that already holds another year — and removing it again must give
 * back exactly that workspace. `npm run fuzz -- --minutes 10` runs the same
 * cases for longer.
 */
const dataset = generateDemoDataset({ years: [2023, 2024] });
const units = workbookUnitOrder(dataset.units);
const publication = (year: number) =>
  dataset.publications.find((p) => p.file.area === 'ekonomiskt_bistand' && p.file.year === year)!;

describe('import fuzzing (fixed seed), parse and commit', () => {
  let db: Db;
  let baseline: string;
  beforeAll(async () => {
    const workspace = await fuzzWorkspace([
      { fileName: 'ekb-2023.xlsx', bytes: await writeOjWorkbook(publication(2023), units) },
    ]);
    db = workspace.db;
    baseline = workspace.baseline;
    // The fingerprint sees a committed file, or comparing it would prove nothing.
    expect(baseline).not.toBe(workspace.empty);
  }, 120_000);
  afterAll(async () => db.close());

  async function tally(cases: Iterable<{ name: string; bytes: Uint8Array }>, ext: string) {
    const outcomes: CaseOutcome[] = [];
    for (const m of cases)
      outcomes.push(await runFuzzCase(db, `fuzz-${m.name}.${ext}`, m.bytes, baseline));
    const crashes = outcomes.filter((o) => o.kind === 'crash');
    return {
      crashes,
      imported: outcomes.filter((o) => o.kind === 'imported').length,
      refused: outcomes.filter((o) => o.kind === 'refused').length,
    };
  }

  it('200 mutations of a real-layout workbook: refused cleanly or imported whole, never a crash or a partial import', async () => {
    const original = await writeOjWorkbook(publication(2024), units);
    const result = await tally(mutations(original, 20261123, 200), 'xlsx');
    expect(result.crashes).toEqual([]);
    expect(result.imported + result.refused).toBe(200);
    // Both paths are exercised, or the fuzzer is not testing anything.
    expect(result.refused).toBeGreaterThan(0);
    expect(result.imported).toBeGreaterThan(0);
    expect(await workspaceFingerprint(db)).toBe(baseline);
  }, 600_000);

  it('200 mutations of a CSV, the same way', async () => {
    const csv = strToU8(
      'Kommun;Andel (%);Antal\r\n' +
        ['Ale', 'Alingsås', 'Alvesta', 'Aneby', 'Arboga', 'Arjeplog']
          .map((k, i) => `${k};${i},5;${i * 100}`)
          .join('\r\n'),
    );
    const result = await tally(mutations(csv, 7, 200), 'csv');
    expect(result.crashes).toEqual([]);
    expect(result.imported + result.refused).toBe(200);
    expect(result.imported).toBeGreaterThan(0);
    expect(await workspaceFingerprint(db)).toBe(baseline);
  }, 300_000);
});
