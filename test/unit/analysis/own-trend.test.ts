import { describe, expect, it } from 'vitest';
import { withOwnTrend } from '../../../shared/analysis/own-trend';
import type { StandingRow } from '../../../shared/analysis/standings-query';

function row(year: number, value: number | null, over: Partial<StandingRow> = {}): StandingRow {
  return {
    indicatorId: `i${year}`,
    seriesId: 's',
    area: 'missbruk',
    year,
    title: 'Andel',
    kind: 'percent',
    direction: 'higher_better',
    indicatorType: null,
    qualityDimension: null,
    homeStatus: value === null ? 'sekretess' : 'ok',
    homeValue: value,
    homeText: null,
    homeN: null,
    officialClass: null,
    n: 10,
    peerMedian: 55,
    peerQ1: null,
    peerQ3: null,
    riketValue: null,
    standing: 'middle',
    percentile: 0.5,
    reason: 'percentil 50',
    fileId: 'f',
    sheet: 'Blad1',
    cell: 'C3',
    peerSetId: 'builtin:all',
    peerSetVersion: 1,
    ...over,
  };
}

describe('own trend as a standing (DESIGN.md "Own trend", hand-computed)', () => {
  it('each year against the mean of its own previous 2–3 years with a value', () => {
    // 2019 40, 2020 50, 2021 sekretess, 2022 60, 2023 49, 2024 50
    const rows = [
      row(2019, 40),
      row(2020, 50),
      row(2021, null),
      row(2022, 60),
      row(2023, 49),
      row(2024, 50),
    ];
    const out = withOwnTrend(rows).map((r) => [r.year, r.standing, r.reason]);
    expect(out).toEqual([
      [2019, 'insufficient', '0 tidigare år med värde'],
      [2020, 'insufficient', '1 tidigare år med värde'],
      [2021, 'missing', 'sekretess'],
      [2022, 'favourable', 'egen trend: mot medel 45 (2019, 2020)'], // 60 > (40 + 50) / 2
      [2023, 'unfavourable', 'egen trend: mot medel 50 (2019, 2020, 2022)'], // 49 < (40 + 50 + 60) / 3
      [2024, 'unfavourable', 'egen trend: mot medel 53 (2020, 2022, 2023)'], // 50 < (50 + 60 + 49) / 3
    ]);
  });

  it('lower is better turns the reading; no direction stays no_direction; percentile is not a rank', () => {
    const out = withOwnTrend([
      row(2020, 10, { direction: 'lower_better' }),
      row(2021, 20, { direction: 'lower_better' }),
      row(2022, 12, { direction: 'lower_better' }),
    ]);
    expect(out[2]).toMatchObject({
      standing: 'favourable',
      percentile: null,
      n: 10,
      peerMedian: 55,
    }); // 12 < 15
    expect(withOwnTrend([row(2020, 1, { direction: 'none' })])[0]!.standing).toBe('no_direction');
  });
});
