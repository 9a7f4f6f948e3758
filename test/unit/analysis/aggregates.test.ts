import { describe, expect, it } from 'vitest';
import { seriesChanges, twoProportionZ, whatChanged } from '../../../shared/analysis/change';
import { metaAnalysis } from '../../../shared/analysis/meta-analysis';
import { outliersByArea, persistentOutliers } from '../../../shared/analysis/persistent-outliers';
import { nearestNeighbours } from '../../../shared/analysis/similar-units';
import type { Standing } from '../../../shared/analysis/standing';
import type { StandingRow } from '../../../shared/analysis/standings-query';

function row(
  seriesId: string,
  year: number,
  standing: Standing,
  over: Partial<StandingRow> = {},
): StandingRow {
  return {
    indicatorId: `${seriesId}:${year}`,
    seriesId,
    area: over.area ?? 'missbruk',
    year,
    title: seriesId,
    kind: 'percent',
    direction: 'higher_better',
    indicatorType: 'process',
    qualityDimension: 'saker',
    homeStatus: 'ok',
    homeValue: 50,
    homeText: null,
    homeN: null,
    officialClass: null,
    n: 10,
    peerMedian: 60,
    peerQ1: 55,
    peerQ3: 65,
    riketValue: null,
    standing,
    percentile: null,
    reason: '',
    fileId: 'f',
    sheet: 's',
    cell: 'A1',
    peerSetId: 'p',
    peerSetVersion: 1,
    ...over,
  };
}

describe('metaanalys', () => {
  it('counts standings per area × year and shares among the classified', () => {
    const cells = metaAnalysis([
      row('a', 2023, 'favourable'),
      row('b', 2023, 'unfavourable'),
      row('c', 2023, 'unfavourable'),
      row('d', 2023, 'insufficient'),
      row('e', 2024, 'middle'),
      row('f', 2023, 'favourable', { area: 'aldreomsorg' }),
    ]);
    expect(
      cells.map((c) => [
        c.key,
        c.year,
        c.counts.favourable,
        c.counts.middle,
        c.counts.unfavourable,
        c.counts.insufficient,
      ]),
    ).toEqual([
      ['aldreomsorg', 2023, 1, 0, 0, 0],
      ['missbruk', 2023, 1, 0, 2, 1],
      ['missbruk', 2024, 0, 1, 0, 0],
    ]);
    expect(cells[1]!.shares).toEqual({ favourable: 1 / 3, middle: 0, unfavourable: 2 / 3 });
    expect(cells[1]!.indicatorIds).toEqual(['a:2023', 'b:2023', 'c:2023', 'd:2023']);
    expect(metaAnalysis([row('a', 2023, 'missing')])[0]!.shares).toBeNull();
  });

  it('groups by quality dimension and type too', () => {
    expect(
      metaAnalysis(
        [
          row('a', 2023, 'favourable'),
          row('b', 2023, 'favourable', { qualityDimension: 'jamlik' }),
        ],
        'qualityDimension',
      ).map((c) => c.key),
    ).toEqual(['jamlik', 'saker']);
  });
});

describe('återkommande avvikare', () => {
  const rows = [
    // s1: unfavourable 2020, 2022, 2023 of the last four years with a standing (2020–2023) → 3 of 4
    row('s1', 2019, 'unfavourable'),
    row('s1', 2020, 'unfavourable'),
    row('s1', 2021, 'middle'),
    row('s1', 2022, 'unfavourable'),
    row('s1', 2023, 'unfavourable', { homeValue: 40 }),
    // s2: 2 of 4 → not persistent
    row('s2', 2020, 'unfavourable'),
    row('s2', 2021, 'favourable'),
    row('s2', 2022, 'unfavourable'),
    row('s2', 2023, 'middle'),
    // s3: 3 of 3 (only three years with a standing; a missing year does not count as a year with a standing)
    row('s3', 2021, 'unfavourable', { area: 'aldreomsorg' }),
    row('s3', 2022, 'unfavourable', { area: 'aldreomsorg' }),
    row('s3', 2023, 'missing', { area: 'aldreomsorg' }),
    row('s3', 2024, 'unfavourable', { area: 'aldreomsorg', homeValue: 58 }),
    // s4: 4 of 4 favourable
    row('s4', 2020, 'favourable'),
    row('s4', 2021, 'favourable'),
    row('s4', 2022, 'favourable'),
    row('s4', 2023, 'favourable'),
  ];

  it('finds series unfavourable in at least 3 of the last 4 years with a standing, most persistent first', () => {
    const found = persistentOutliers(rows, 'unfavourable');
    expect(found.map((o) => [o.seriesId, o.hits, o.m, o.years])).toEqual([
      ['s1', 3, 4, [2020, 2022, 2023]],
      ['s3', 3, 3, [2021, 2022, 2024]],
    ]);
    // equal persistence: s1 is further from the peer median: |40 − 60| / (65 − 55) = 2 against |58 − 60| / 10 = 0.2
    expect(found.map((o) => o.distance)).toEqual([2, 0.2]);
  });

  it('finds the favourable ones separately, and areas that stand out', () => {
    expect(persistentOutliers(rows, 'favourable').map((o) => o.seriesId)).toEqual(['s4']);
    expect(outliersByArea(persistentOutliers(rows, 'unfavourable'))).toEqual([
      { area: 'aldreomsorg', count: 1 },
      { area: 'missbruk', count: 1 },
    ]);
    expect(persistentOutliers(rows, 'unfavourable', 2, 2).map((o) => o.seriesId)).toEqual([
      's1',
      's3',
    ]);
  });
});

describe('change', () => {
  it('two-proportion z (hand-computed)', () => {
    // p1 = .50, p2 = .60, n = 100 each: pooled .55, se = √(.55·.45·.02) = .070356 → z = 1.4213
    expect(twoProportionZ(0.5, 100, 0.6, 100)).toBeCloseTo(1.4213, 4);
    // p2 = .65: pooled .575, se = √(.575·.425·.02) = .069911 → z = 2.1456
    expect(twoProportionZ(0.5, 100, 0.65, 100)).toBeCloseTo(2.1456, 4);
  });

  it('flags significance only with published n, and small numbers', () => {
    const changes = seriesChanges([
      row('s', 2022, 'middle', { homeValue: 50, homeN: 100 }),
      row('s', 2023, 'middle', { homeValue: 65, homeN: 100 }),
      row('t', 2022, 'middle', { homeValue: 50, homeN: 20 }),
      row('t', 2023, 'middle', { homeValue: 60, homeN: 25 }),
      row('u', 2022, 'middle', { homeValue: 50 }),
      row('u', 2023, 'missing', { homeValue: null, homeStatus: 'sekretess' }),
    ]);
    expect(changes.map((c) => [c.seriesId, c.change, c.significant, c.smallNumbers])).toEqual([
      ['s', 15, true, false],
      ['t', 10, false, true],
      ['u', null, null, true],
    ]);
  });

  it('tells what changed since last year', () => {
    const news = whatChanged(
      [
        row('red', 2022, 'middle'),
        row('red', 2023, 'unfavourable'),
        row('fixed', 2022, 'unfavourable'),
        row('fixed', 2023, 'middle'),
        row('hidden', 2022, 'middle'),
        row('hidden', 2023, 'missing', { homeStatus: 'sekretess', homeValue: null }),
        row('flip', 2022, 'favourable', { kind: 'yesno', homeValue: 1 }),
        row('flip', 2023, 'unfavourable', { kind: 'yesno', homeValue: 0 }),
        row('new', 2023, 'middle'),
        row('gone', 2022, 'middle'),
      ],
      2023,
    );
    expect(news.map((n) => [n.kind, n.seriesId]).sort()).toEqual([
      ['dropped_indicator', 'gone'],
      ['flip_yes_no', 'flip'],
      ['new_indicator', 'new'],
      ['new_red', 'flip'],
      ['new_red', 'red'],
      ['new_suppression', 'hidden'],
      ['resolved_red', 'fixed'],
    ]);
  });
});

describe('liknande kommuner (k nearest, standardised)', () => {
  // Variable 1: 0,1,0,3 → mean 1, sd √1.5; variable 2: 0,0,2,3 → mean 1.25, sd √1.6875
  const values = new Map<string, number[]>([
    ['H', [0, 0]],
    ['A', [1, 0]],
    ['B', [0, 2]],
    ['C', [3, 3]],
  ]);

  it('ranks by distance and explains each neighbour', () => {
    const found = nearestNeighbours('H', values, [1, 1], 2);
    expect(found.map((f) => f.unitCode)).toEqual(['A', 'B']);
    expect(found[0]!.distance).toBeCloseTo(Math.sqrt(1 / 1.5), 10); // 0.8165
    expect(found[0]!.contributions[0]).toBeCloseTo(1 / 1.5, 10);
    expect(found[0]!.contributions[1]).toBe(0);
    expect(found[1]!.distance).toBeCloseTo(Math.sqrt(4 / 1.6875), 10); // 1.5396
  });

  it('follows the weights', () => {
    const found = nearestNeighbours('H', values, [1, 0], 2);
    expect(found.map((f) => f.unitCode)).toEqual(['B', 'A']);
    expect(found[0]!.distance).toBe(0);
    expect(found[1]!.distance).toBeCloseTo(Math.sqrt(1 / 1.5), 12);
  });
});
