import type { Standing } from '../../shared/analysis/standing';
import type { StandingRow } from '../../shared/analysis/standings-query';

/** A hand-made standing row for analysis tests: missbruk, a struktur percent indicator, 12 comparators. */
export function standingRow(
  seriesId: string,
  year: number,
  standing: Standing,
  over: Partial<StandingRow> = {},
): StandingRow {
  return {
    indicatorId: `${seriesId}:${year}`,
    seriesId,
    area: 'missbruk',
    year,
    title: seriesId,
    kind: 'percent',
    direction: 'higher_better',
    indicatorType: 'struktur',
    qualityDimension: 'saker',
    homeStatus: 'ok',
    homeValue: 50,
    homeText: null,
    homeN: null,
    officialClass: null,
    n: 12,
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
