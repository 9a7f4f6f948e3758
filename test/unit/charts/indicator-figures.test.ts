import { describe, expect, it } from 'vitest';
import type { IndicatorDetail } from '../../../shared/analysis/indicator-detail';
import type { StandingRow } from '../../../shared/analysis/standings-query';
import {
  distributionFigure,
  trendFigure,
  trendHasCi,
} from '../../../shared/charts/indicator-figures';

const labels = {
  home: 'Ale',
  median: 'Median',
  iqr: 'Mittersta hälften',
  riket: 'Riket',
  others: 'Övriga',
  peers: 'Gruppen',
  year: 'År',
  value: 'Värde',
};
const row = (
  year: number,
  homeValue: number | null,
  homeStatus: StandingRow['homeStatus'] = 'ok',
) =>
  ({
    year,
    homeValue,
    homeStatus,
    peerMedian: 50,
    peerQ1: 40,
    peerQ3: 60,
    riketValue: 52,
  }) as StandingRow;

describe('indicator figures (plotly specs as data)', () => {
  const detail: IndicatorDetail = {
    seriesId: 's',
    label: 'x',
    linkReason: null,
    lineage: [],
    description: null,
    parts: [],
    years: [row(2022, 45), row(2023, null, 'sekretess'), row(2024, 61)],
    distribution: [
      { unitCode: '1440', name: 'Ale', value: 61, peer: false, home: true },
      { unitCode: '1489', name: 'Alingsås', value: 58, peer: true, home: false },
      { unitCode: '0764', name: 'Alvesta', value: 40, peer: false, home: false },
    ],
  };

  it('draws the home line with a gap for a suppressed year, never a zero', () => {
    const home = trendFigure(detail, labels).data.find((d) => d['name'] === 'Ale')!;
    expect(home['x']).toEqual([2022, 2023, 2024]);
    expect(home['y']).toEqual([45, null, 61]);
  });

  it('draws the hemkommun in the shared palette’s orange and the value axis from zero, a share 0–100 with (%)', () => {
    const share = {
      ...detail,
      years: detail.years.map((r) => ({ ...r, kind: 'percent' }) as StandingRow),
    };
    const figure = trendFigure(share, labels);
    expect((figure.data.find((d) => d['name'] === 'Ale')!['line'] as { color: string }).color).toBe(
      '#d35400',
    );
    expect(figure.layout['yaxis']).toEqual({
      title: { text: 'Värde (%)' },
      rangemode: 'tozero',
      range: [0, 100],
    });
    // Not a share: the axis still starts at zero, with no fixed top and no unit the language would have to translate.
    expect(trendFigure(detail, labels).layout['yaxis']).toEqual({
      title: { text: 'Värde' },
      rangemode: 'tozero',
    });
    const home = distributionFigure(share, labels).data.find((d) => d['name'] === 'Ale')!;
    expect((home['marker'] as { color: string }).color).toBe('#d35400');
  });

  it('puts every kommun in exactly one group of the distribution', () => {
    const data = distributionFigure(detail, labels).data;
    expect(data.map((d) => [d['name'], d['x']])).toEqual([
      ['Övriga', [40]],
      ['Gruppen', [58]],
      ['Ale', [61]],
    ]);
  });

  it('draws the home values’ KI as asymmetric error bars (issue 19 item 3), none for a year without a KI or a suppressed value', () => {
    // 2022: 45 with KI 38–49 → +4 / −7; 2023 suppressed (KI ignored); 2024: 61 without a KI.
    const withCi = {
      ...detail,
      years: [
        { ...detail.years[0]!, homeCiLow: 38, homeCiHigh: 49 },
        { ...detail.years[1]!, homeCiLow: 10, homeCiHigh: 20 },
        detail.years[2]!,
      ] as StandingRow[],
    };
    expect(trendHasCi(withCi)).toBe(true);
    const home = trendFigure(withCi, labels).data.find((d) => d['name'] === 'Ale')!;
    expect(home['error_y']).toEqual({
      type: 'data',
      symmetric: false,
      array: [4, null, null],
      arrayminus: [7, null, null],
      visible: true,
      color: '#d35400',
      thickness: 1.5,
      width: 6,
    });
    // The median, riket and IQR traces carry none.
    expect(trendFigure(withCi, labels).data.filter((d) => d['error_y'] !== undefined)).toHaveLength(
      1,
    );
    // Without any KI: no error bars at all.
    expect(trendHasCi(detail)).toBe(false);
    expect(
      trendFigure(detail, labels).data.find((d) => d['name'] === 'Ale')!['error_y'],
    ).toBeUndefined();
  });

  it('keeps a KI end inside the value axis: a share whose KI reaches past 100 is not drawn on a fixed 0–100 axis', () => {
    const share = {
      ...detail,
      years: [
        { ...detail.years[0]!, kind: 'percent', homeValue: 96, homeCiLow: 90, homeCiHigh: 101 },
      ] as StandingRow[],
      distribution: [],
    };
    expect(trendFigure(share, labels).layout['yaxis']).toEqual({
      title: { text: 'Värde (%)' },
      rangemode: 'tozero',
    });
  });
});
