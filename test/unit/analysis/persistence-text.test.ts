import { describe, expect, it } from 'vitest';
import {
  persistenceText,
  persistentOutliers,
  yearSpan,
} from '../../../shared/analysis/persistent-outliers';
import type { Standing } from '../../../shared/analysis/standing';
import type { StandingRow } from '../../../shared/analysis/standings-query';
import type { Status } from '../../../shared/model/observations';

function row(year: number, standing: Standing, status: Status = 'ok', reason = ''): StandingRow {
  return {
    indicatorId: `s:${year}`,
    seriesId: 's',
    area: 'missbruk',
    year,
    title: 'Väntetid',
    kind: 'percent',
    direction: 'higher_better',
    indicatorType: null,
    qualityDimension: null,
    homeStatus: status,
    homeValue: status === 'ok' ? 40 : null,
    homeText: null,
    homeN: null,
    officialClass: null,
    n: 10,
    peerMedian: 60,
    peerQ1: 50,
    peerQ3: 70,
    riketValue: null,
    standing,
    percentile: null,
    reason,
    fileId: 'f',
    sheet: 's',
    cell: 'A1',
    peerSetId: 'p',
    peerSetVersion: 1,
  };
}

describe('"N av de M senaste åren med värde (år–år)" names the years counted (issue 19)', () => {
  it('a 2020–2024 report whose 2024 value is suppressed: counts 2020–2023 and says why 2024 is not counted', () => {
    const rows = [
      row(2020, 'unfavourable'),
      row(2021, 'unfavourable'),
      row(2022, 'unfavourable'),
      row(2023, 'unfavourable'),
      row(2024, 'missing', 'sekretess', 'sekretess'),
    ];
    const [o] = persistentOutliers(rows, 'unfavourable', 3, 4);
    expect(o).toMatchObject({
      hits: 4,
      m: 4,
      countedYears: [2020, 2021, 2022, 2023],
      notCounted: [{ year: 2024, reason: 'sekretess' }],
    });
    expect(persistenceText(o!)).toBe(
      '4 av de 4 senaste åren med värde (2020–2023); 2024 utan läge (sekretess)',
    );
  });

  it('three of four: the counted span and the years on the side', () => {
    const rows = [
      row(2021, 'unfavourable'),
      row(2022, 'unfavourable'),
      row(2023, 'middle'),
      row(2024, 'unfavourable'),
    ];
    expect(persistenceText(persistentOutliers(rows, 'unfavourable')[0]!)).toBe(
      '3 av de 4 senaste åren med värde (2021–2024: 2021, 2022, 2024)',
    );
  });

  it('a biennial area lists its years; too few comparators in the last year is named with that reason', () => {
    const rows = [
      row(2017, 'unfavourable'),
      row(2019, 'unfavourable'),
      row(2021, 'unfavourable'),
      row(2023, 'insufficient', 'ok', '3 jämförbara värden'),
    ];
    expect(persistenceText(persistentOutliers(rows, 'unfavourable')[0]!)).toBe(
      '3 av de 3 senaste åren med värde (2017, 2019, 2021); 2023 utan läge (3 jämförbara värden)',
    );
  });

  it('a missing year inside the span is not hidden by a dash', () => {
    expect(yearSpan([2020, 2021, 2023, 2024])).toBe('2020, 2021, 2023, 2024');
    expect(yearSpan([2021, 2022, 2023])).toBe('2021–2023');
    expect(yearSpan([2024])).toBe('2024');
  });
});
