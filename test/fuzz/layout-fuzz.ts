/**
 * `npm run fuzz -- --layouts N`: N generated layouts (test/fixtures/layout-generator)
 * from a random seed, each parsed and judged against its truth. Prints the
 * outcome per family and per variant, and the seed of every silent difference
 * so it can be replayed with `generateLayout(seed)`. Exit code 1 on any.
 */
import { generateLayout } from '../fixtures/layout-generator/generate-layout';
import { judgeLayout } from '../fixtures/layout-generator/judge-layout';
import { OutcomeTally } from '../fixtures/layout-generator/outcome-table';

const SHOWN = 40;

export async function runLayoutFuzz(
  count: number,
  firstSeed = Math.floor(Math.random() * 2 ** 31),
): Promise<number> {
  if (!Number.isInteger(count) || count <= 0)
    throw new Error('--layouts needs a positive number of layouts');
  const tally = new OutcomeTally();
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const layout = await generateLayout(firstSeed + i);
    tally.add(layout, await judgeLayout(layout));
    if ((i + 1) % 100 === 0)
      console.log(`… ${i + 1} layouter, ${tally.total.silent} tysta skillnader`);
  }
  console.log(
    `${count} layouter från seed ${firstSeed} på ${Math.round((Date.now() - started) / 1000)} s:`,
  );
  console.log(tally.format(true));
  if (tally.refusals.size > 0) {
    console.log('Vägranden (vanligast först):');
    for (const [reason, n] of [...tally.refusals].sort((a, b) => b[1] - a[1]).slice(0, 10))
      console.log(`  ${String(n).padStart(5)}  ${reason}`);
  }
  if (tally.silent.length > 0) {
    console.log(`Tysta skillnader (seed, familj, första skillnaden; ${tally.silent.length} st):`);
    for (const s of tally.silent.slice(0, SHOWN))
      console.log(`  ${s.seed} ${s.family}: ${s.differences[0]!.slice(0, 240)}`);
    console.log(`Alla seeds: ${tally.silent.map((s) => s.seed).join(' ')}`);
  }
  return tally.silent.length > 0 ? 1 : 0;
}
