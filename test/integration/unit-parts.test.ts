import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePeerSet } from '../../shared/analysis/peer-sets';
import { computeStandings } from '../../shared/analysis/standings-query';
import { runCommand } from '../../shared/app/commands';
import { standingsChoice, type FindingsChoice } from '../../shared/app/findings';
import { standingsRows } from '../../shared/platform/node/cli/standings-command';
import {
  kommunerWithParts,
  kommunParts,
  listParts,
  partIndicators,
  partComparators,
  type KommunParts,
} from '../../shared/analysis/unit-parts';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * Issue 19 item 7 on real DuckDB, hand-computed. Andel nöjda (%), högt är bra, 2023.
 * Solna (0184) enheter: A 90 (n 40), B 80 (n 12), C 70, D 60, E 50, K 40, F sekretess.
 * Kiruna (2584) enheter: G 95, H 85, I 75, J 65. Stockholm (0180) stadsdel S 55.
 * - A within Solna: 80, 70, 60, 50, 40 are all worse → p = 5/5 = 1 → gynnsamt.
 * - D within Solna: 50, 40 worse of 5 → p = 2/5 = 0.4 → mellan;
 *   in the country (enheter only, S is a stadsdel): 50, 40 worse of 9 → p = 2/9 → ogynnsamt.
 * - K within Solna: none worse → p = 0 → ogynnsamt.
 * - F: sekretess → saknas, with the reason.
 * - G within Kiruna: 3 comparators → otillräckligt underlag.
 */
const SOLNA = ['A', 'B', 'C', 'D', 'E', 'K', 'F'];
const KIRUNA = ['G', 'H', 'I', 'J'];

describe('enheter as units of analysis (real DuckDB, hand-computed)', () => {
  let db: Db;
  let solna: KommunParts;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    const unit = (k: string, code: string, name: string) =>
      `('${k}-${code}', '${name}', 'enhet', '${k}', 'kommunal')`;
    await db.exec(`INSERT INTO unit (unit_code, name, level, parent_code, regiform) VALUES
      ${[...SOLNA.map((c) => unit('0184', c, `Solna ${c}`)), ...KIRUNA.map((c) => unit('2584', c, `Kiruna ${c}`))].join(', ')},
      ('0180-S', 'Stadsdel S', 'stadsdel', '0180', NULL)`);
    await db.exec(`INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES
      ('i1', 'aldreomsorg', 2023, 'Andel nöjda (%)', 'percent', 'higher_better', 's1'),
      ('i0', 'aldreomsorg', 2022, 'Andel nöjda (%)', 'percent', 'higher_better', 's1')`);
    const ok = (code: string, value: number, n: number | null = null) =>
      `('i1', '${code}', 2023, ${value}, 'ok', ${n ?? 'NULL'})`;
    await db.exec(`INSERT INTO observation (indicator_id, unit_code, year, value_num, status, n) VALUES
      ${ok('0184-A', 90, 40)}, ${ok('0184-B', 80, 12)}, ${ok('0184-C', 70)}, ${ok('0184-D', 60)},
      ${ok('0184-E', 50)}, ${ok('0184-K', 40)}, ('i1', '0184-F', 2023, NULL, 'sekretess', NULL),
      ${ok('2584-G', 95)}, ${ok('2584-H', 85)}, ${ok('2584-I', 75)}, ${ok('2584-J', 65)},
      ${ok('0180-S', 55)}, ('i0', '0184-A', 2022, 88, 'ok', NULL)`);
    solna = (await kommunParts(db, '0184', 'i1'))!;
  });
  afterAll(async () => db.close());

  const part = (code: string) => solna.parts.find((p) => p.unitCode === code)!;

  it('lists only the kommun’s own enheter, with their n', () => {
    expect(solna.parts.map((p) => p.unitCode).sort()).toEqual(SOLNA.map((c) => `0184-${c}`).sort());
    expect(part('0184-A')).toMatchObject({
      value: 90,
      n: 40,
      regiform: 'kommunal',
      level: 'enhet',
    });
    expect(part('0184-B').n).toBe(12);
  });

  it('ranks each enhet within its kommun and in the country', () => {
    expect(part('0184-A').withinKommun).toMatchObject({
      standing: 'favourable',
      percentile: 1,
      comparators: 5,
    });
    expect(part('0184-D').withinKommun).toMatchObject({
      standing: 'middle',
      percentile: 0.4,
      comparators: 5,
    });
    expect(part('0184-D').national).toMatchObject({
      standing: 'unfavourable',
      percentile: 2 / 9,
      comparators: 9,
    });
    expect(part('0184-K').withinKommun).toMatchObject({ standing: 'unfavourable', percentile: 0 });
    expect(part('0184-F').withinKommun).toMatchObject({ standing: 'missing', reason: 'sekretess' });
  });

  it('says "otillräckligt underlag" when a kommun has too few enheter', async () => {
    const kiruna = (await kommunParts(db, '2584', 'i1'))!;
    expect(kiruna.parts.find((p) => p.unitCode === '2584-G')!.withinKommun).toMatchObject({
      standing: 'insufficient',
      comparators: 3,
    });
  });

  it('gives a hemenhet the same standing through computeStandings with its comparators', async () => {
    const within = await partComparators(db, '0184-D', 'within_kommun');
    expect(within).toEqual(['0184-A', '0184-B', '0184-C', '0184-E', '0184-F', '0184-K']);
    const national = await partComparators(db, '0184-D', 'national');
    expect(national).not.toContain('0180-S');
    expect(national).toHaveLength(10);
    const [row] = await computeStandings(db, {
      home: '0184-D',
      peers: {
        id: 'parts:within_kommun',
        label: 'Enheter i samma kommun',
        version: 1,
        members: within,
      },
    });
    expect(row).toMatchObject({ standing: 'middle', percentile: 0.4, n: 5 });
    const [wide] = await computeStandings(db, {
      home: '0184-D',
      peers: { id: 'parts:national', label: 'Alla enheter i riket', version: 1, members: national },
    });
    expect(wide).toMatchObject({ standing: 'unfavourable', percentile: 2 / 9, n: 9 });
  });

  it('lists every enhet and stadsdel with its kommun for the hemenhet choice', async () => {
    const parts = await listParts(db);
    expect(parts).toHaveLength(12);
    expect(parts.find((p) => p.unitCode === '0180-S')).toMatchObject({
      level: 'stadsdel',
      kommunCode: '0180',
      kommunName: 'Stockholm',
    });
  });

  it('offers each series once, at its latest year with enhet values, and the kommuner that have enheter', async () => {
    expect(await partIndicators(db, '0184')).toEqual([
      {
        indicatorId: 'i1',
        seriesId: 's1',
        area: 'aldreomsorg',
        title: 'Andel nöjda (%)',
        year: 2023,
        parts: 7,
      },
    ]);
    expect(await kommunerWithParts(db)).toEqual([
      { kommunCode: '2584', name: 'Kiruna', parts: 4 },
      { kommunCode: '0184', name: 'Solna', parts: 7 },
      { kommunCode: '0180', name: 'Stockholm', parts: 1 },
    ]);
  });

  // A hemenhet in Översikt, Område and Indikator: the same choice with a part computes the part.
  const solnaWithPart = (unitCode: string, comparison: 'within_kommun' | 'national') =>
    ({
      home: '0184',
      peers: { kind: 'lan' },
      from: 2022,
      to: 2023,
      mode: 'relative',
      rows: 'area',
      part: { unitCode, comparison },
    }) satisfies FindingsChoice;

  it('computes a chosen hemenhet in place of the hemkommun against its fellow enheter', async () => {
    expect(standingsChoice(solnaWithPart('0184-D', 'within_kommun'))).toEqual({
      home: '0184-D',
      peers: { kind: 'parts', comparison: 'within_kommun' },
      from: 2022,
      to: 2023,
      mode: 'relative',
      rows: 'area',
    });
    const within = await runCommand({ db }, 'findings.overview', {
      choice: standingsChoice(solnaWithPart('0184-D', 'within_kommun')),
    });
    expect(within.home).toBe('0184-D');
    expect(within.peerSet).toMatchObject({
      id: 'parts:within_kommun',
      label: 'Enheter i samma kommun',
      members: ['0184-A', '0184-B', '0184-C', '0184-E', '0184-F', '0184-K'],
    });
    // D 60 among A 90, B 80, C 70, E 50, K 40 (F sekretess): 2 of 5 worse → 0.4 → mellan.
    expect(within.standings.map((r) => [r.indicatorId, r.standing, r.percentile, r.n])).toEqual([
      ['i1', 'middle', 0.4, 5],
    ]);
    expect(within.cells).toEqual([
      expect.objectContaining({
        key: 'aldreomsorg',
        year: 2023,
        counts: expect.objectContaining({ middle: 1, unfavourable: 0, favourable: 0 }),
      }),
    ]);
    const national = await runCommand({ db }, 'findings.overview', {
      choice: standingsChoice(solnaWithPart('0184-D', 'national')),
    });
    // In the country: 50 and 40 of the nine other enheter with values are worse → 2/9 → ogynnsamt.
    expect(national.peerSet.label).toBe('Alla enheter i riket');
    expect(national.standings[0]).toMatchObject({
      standing: 'unfavourable',
      percentile: 2 / 9,
      n: 9,
    });
  });

  it('refuses the enheter comparison for a kommun as home', async () => {
    await expect(
      resolvePeerSet(db, '0184', { kind: 'parts', comparison: 'national' }),
    ).rejects.toThrow(/Solna är ingen enhet eller stadsdel/);
  });

  it('draws Indikator for a hemenhet among the enheter of its level', async () => {
    await db.exec(
      "INSERT INTO series (series_id, area, label) VALUES ('s1', 'aldreomsorg', 'Andel nöjda (%)')",
    );
    const { detail, peersLabel } = await runCommand({ db }, 'indicator.detail', {
      seriesId: 's1',
      home: '0184-D',
      peers: { kind: 'parts', comparison: 'national' },
      years: [2022, 2023],
    });
    expect(peersLabel).toBe('alla enheter i riket');
    // Ten enheter with a number (F sekretess, stadsdel S and every kommun left out).
    expect(detail!.distribution.map((d) => d.unitCode).sort()).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'K']
        .map((c) => `0184-${c}`)
        .concat(KIRUNA.map((c) => `2584-${c}`))
        .sort(),
    );
    expect(detail!.distribution.filter((d) => d.home).map((d) => d.unitCode)).toEqual(['0184-D']);
    expect(detail!.distribution.filter((d) => d.peer)).toHaveLength(9);
    expect(detail!.latest).toMatchObject({ year: 2023, standing: 'unfavourable', homeValue: 60 });
  });

  it('answers oj-analys standings for an enhet with --peers enheter-kommun', async () => {
    const rows = await standingsRows(db, {
      positionals: [],
      options: { unit: '0184-D', peers: 'enheter-kommun' },
    });
    expect(rows.map((r) => [r.indicator_id, r.standing, r.percentile, r.n_compared])).toEqual([
      ['i1', 'middle', 0.4, 5],
    ]);
    expect(rows[0]!.peer_set).toBe('Enheter i samma kommun');
  });
});
