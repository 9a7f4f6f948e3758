import { describe, expect, it } from 'vitest';
import { generateLayout, type GeneratedLayout } from '../fixtures/layout-generator/generate-layout';
import { truthAgreesWithCells } from '../fixtures/layout-generator/check-truth';
import { FAMILIES } from '../fixtures/layout-generator/compose-sheet';
import { judgeLayout, namesSheet } from '../fixtures/layout-generator/judge-layout';
import { OutcomeTally } from '../fixtures/layout-generator/outcome-table';
import { compareWithTruth } from '../fixtures/layout-generator/compare-with-truth';
import { perfectParse } from '../fixtures/layout-generator/perfect-parse';
import type { ParsedImport } from '../../shared/import/import-file';

/**
 * Issue 16, item 9: generated ÖJ-like layouts with known truth. Every
 * variant must import exactly its truth (units, values, statuses, n, KI,
 * svarsfrekvens) or be refused naming sheet and cell — never a different
 * answer in silence. `npm run fuzz -- --layouts N` runs more from a random seed.
 */
const BASE_SEED = 16_000;
const VARIANTS = 300;

describe('layout generator with known truth', () => {
  // Generated once, by whichever test runs first (each test can also run alone with -t).
  let generated: Promise<GeneratedLayout[]> | null = null;
  const generate = () =>
    (generated ??= (async () => {
      const out: GeneratedLayout[] = [];
      for (let i = 0; i < VARIANTS; i++) out.push(await generateLayout(BASE_SEED + i));
      return out;
    })());

  it(`writes ${VARIANTS} variants whose truth agrees with their cells, covering every family`, async () => {
    const layouts = await generate();
    const problems = layouts.flatMap((l) =>
      truthAgreesWithCells(l).map((p) => `seed ${l.seed}: ${p}`),
    );
    expect(problems.slice(0, 10)).toEqual([]);
    expect(new Set(layouts.map((l) => l.family))).toEqual(new Set(FAMILIES));
    const tags = new Set(layouts.flatMap((l) => l.tags));
    for (const tag of [
      'plain:lan-first',
      'plain:code-last',
      'plain:code-number',
      'plain:code+name',
      'headers-3',
      'notes-above',
      'notes-below',
      'blank-separators',
      'lan-headings',
      'lan-rows',
      'riket-first',
      'riket-last',
      'side-by-side',
      'stacked',
      'kon-shared-header',
      'kon-repeated-header',
      'question:aux-ci',
      'question:aux-n',
      'question:aux-rr',
      'enhet:code-name',
      'hidden-column',
      'ja-summary-first',
      'ja-summary-last',
      'percent-format',
      'rare-shares',
    ])
      expect(
        [...tags].some((t) => t === tag || t.endsWith(`:${tag}`)),
        tag,
      ).toBe(true);
    expect((await generateLayout(BASE_SEED)).truth).toEqual(layouts[0]!.truth);
  }, 120_000);

  it('the comparison calls a perfect parse exact and any change to it a silent difference', async () => {
    const layouts = await generate();
    const truth = layouts.find(
      (l) => l.family === 'enheter' && l.tags.includes('enhet:aux-ci'),
    )!.truth;
    const perfect = perfectParse(truth);
    expect(compareWithTruth(perfect, truth)).toEqual({ outcome: 'exact', differences: [] });
    const ok = perfect.observations.findIndex((o) => o.status === 'ok' && o.n !== null);
    const change = (f: (p: ParsedImport) => Partial<ParsedImport>) =>
      compareWithTruth({ ...perfect, ...f(perfect) }, truth);
    const edit = (p: ParsedImport, patch: object) => ({
      observations: p.observations.map((o, i) => (i === ok ? { ...o, ...patch } : o)),
    });
    const broken = [
      change((p) => ({ observations: p.observations.filter((_, i) => i !== ok) })),
      change((p) => ({
        observations: [...p.observations, { ...p.observations[ok]!, cell: 'ZZ999' }],
      })),
      change((p) => ({ observations: [...p.observations, p.observations[ok]!] })),
      change((p) => edit(p, { valueNum: p.observations[ok]!.valueNum! + 0.1 })),
      change((p) => edit(p, { status: 'sekretess' })),
      change((p) => edit(p, { n: null })),
      change((p) => edit(p, { ciLow: null })),
      change((p) =>
        edit(p, {
          unitCode: p.observations.find((o) => o.unitCode !== p.observations[ok]!.unitCode)!
            .unitCode,
        }),
      ),
      change((p) => edit(p, { indicatorId: 'another' })),
      change((p) => ({ observations: p.observations.map((o) => ({ ...o, indicatorId: 'f:1' })) })),
      change((p) => ({
        units: p.units.map((u) => (u.level === 'enhet' ? { ...u, parentCode: '0000' } : u)),
      })),
      change((p) => ({ indicators: p.indicators.map((i) => ({ ...i, seriesId: 'same' })) })),
    ];
    expect(broken.map((j) => j.outcome)).toEqual(broken.map(() => 'silent'));
    const gate = {
      check: 'unit_column',
      blocking: true,
      sheet: truth.sheets[0]!,
      cells: ['A1'],
      code: 'unit_columns_disagree',
      params: {},
      message: 'Tvetydig enhetskolumn',
    } as const;
    expect(change((p) => ({ report: { ...p.report, gate: [gate] } })).outcome).toBe('refused');
    expect(
      change((p) => ({ report: { ...p.report, gate: [{ ...gate, cells: [] }] } })).outcome,
    ).toBe('silent');
    expect(namesSheet('Är det en fil från Öppna jämförelser, Kolada …?', 'Öppna jämförelser')).toBe(
      false,
    );
    expect(namesSheet('Bladet "Data" har två enhetskolumner (B4, D4).', 'Data')).toBe(true);
  }, 120_000);

  it('imports every variant exactly or refuses it naming sheet and cell: 0 silent differences', async () => {
    const tally = new OutcomeTally();
    for (const layout of await generate()) tally.add(layout, await judgeLayout(layout));
    console.log(
      `Layoutgenerator, seed ${BASE_SEED}…${BASE_SEED + VARIANTS - 1}:\n${tally.format(false)}`,
    );
    for (const s of tally.silent.slice(0, 12))
      console.log(
        `  tyst skillnad, seed ${s.seed} (${s.family}): ${s.differences.slice(0, 2).join(' | ').slice(0, 400)}`,
      );
    expect(tally.count).toBe(VARIANTS);
    const silent = tally.silent.map(
      (s) => `seed ${s.seed} (${s.family}): ${s.differences[0]!.slice(0, 300)}`,
    );
    expect({ silent: silent.length, first: silent.slice(0, 15) }).toEqual({ silent: 0, first: [] });
  }, 180_000);

  // Seeds `npm run fuzz -- --layouts N` once found answering in silence; each fixed at its cause.
  it.each([
    [5669, 'a right-hand table of kommuner with their län between them, read as the left table’s'],
    [100611, 'a Riket row below a blank row, cut off with the table under it'],
    [316313, 'a KI column of "10,6"s whose "20", "21" and "10" made it a län column'],
    [706627, 'two tables over the same kommuner side by side, Riket one row lower on the right'],
    [718989, 'two tables over the same kommuner side by side, Riket only on the left'],
  ])('seed %i, once silent (%s), imports exactly', async (seed) => {
    const judgement = await judgeLayout(await generateLayout(seed));
    expect({ outcome: judgement.outcome, differences: judgement.differences.slice(0, 3) }).toEqual({
      outcome: 'exact',
      differences: [],
    });
  });
});
