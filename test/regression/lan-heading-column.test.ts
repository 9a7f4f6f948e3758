import { describe, expect, it } from 'vitest';
import { generateLayout } from '../fixtures/layout-generator/generate-layout';
import { judgeLayout } from '../fixtures/layout-generator/judge-layout';

/**
 * Found by `npm run fuzz -- --layouts 1000 --seed 31000` (seed 31752): a
 * table whose first column names only the län on their heading rows, with a
 * second table beside it. The first table's values were looked for on the
 * län rows only (empty there), so the second table's kommun column was taken
 * as the unit column: 116 values given to the wrong kommun, without a word.
 */
describe('regression: a län column naming only heading rows, a table beside it', () => {
  it('reads both tables with their own units', async () => {
    const layout = await generateLayout(31752);
    expect(layout.tags).toEqual(expect.arrayContaining(['lan-on-heading-only', 'side-by-side']));
    const judgement = await judgeLayout(layout);
    expect(judgement.differences).toEqual([]);
    expect(judgement.outcome).toBe('exact');
  });
});
