import { describe, expect, it } from 'vitest';
import { latestChanges, seriesChanges, whatChanged } from '../../../shared/analysis/change';
import { latestMetaAnalysis, withoutStanding } from '../../../shared/analysis/meta-analysis';
import {
  comparedYearsText,
  latestByArea,
  latestPerSeries,
  latestRows,
  latestYearsText,
  previousYearIndex,
} from '../../../shared/analysis/latest-year';
import type { Standing } from '../../../shared/analysis/standing';
import type { StandingRow } from '../../../shared/analysis/standings-query';
import { seededRandom } from '../../../shared/util/random';

function row(
  seriesId: string,
  area: string,
  year: number,
  value: number | null,
  standing: Standing,
  over: Partial<StandingRow> = {},
): StandingRow {
  return {
    indicatorId: `${seriesId}:${year}`,
    seriesId,
    area,
    year,
    title: seriesId,
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
    peerMedian: 50,
    peerQ1: 40,
    peerQ3: 60,
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

/**
 * Chosen years 2020–2024, three areas on their own cycles:
 * - hemlöshet, biennial: published 2021 and 2023 (h1: 40 middle → 30 ogynnsamt)
 * - ekonomiskt bistånd, late: 2024 not yet published (e1: 2022 50 ogynnsamt → 2023 55 mellan)
 * - missbruk, every year: m1 2023 60 → 2024 65; m2 only 2023 (not in the 2024 publication)
 */
const ROWS: StandingRow[] = [
  row('h1', 'hemloshet', 2021, 40, 'middle'),
  row('h1', 'hemloshet', 2023, 30, 'unfavourable'),
  row('e1', 'ekonomiskt_bistand', 2020, 45, 'middle'),
  row('e1', 'ekonomiskt_bistand', 2022, 50, 'unfavourable'),
  row('e1', 'ekonomiskt_bistand', 2021, 48, 'unfavourable'),
  row('e1', 'ekonomiskt_bistand', 2023, 55, 'middle'),
  row('m1', 'missbruk', 2023, 60, 'middle'),
  row('m1', 'missbruk', 2024, 65, 'middle'),
  row('m2', 'missbruk', 2023, 70, 'favourable'),
];

describe('per-series latest year (DESIGN.md "Latest year is per series", hand-computed)', () => {
  it('each series’ own latest published year and its own previous one', () => {
    const found = latestPerSeries(ROWS).map((s) => [
      s.key,
      s.latest.year,
      s.previous?.year ?? null,
      s.history.map((h) => h.year),
    ]);
    expect(found).toEqual([
      ['h1', 2023, 2021, [2021, 2023]], // biennial: 2023 against 2021, not against 2022
      ['e1', 2023, 2022, [2020, 2021, 2022, 2023]], // late: 2023 is its latest, although 2024 is chosen
      ['m1', 2024, 2023, [2023, 2024]],
      ['m2', 2023, null, [2023]],
    ]);
  });

  it('within the chosen years only: up to 2022 the biennial series has 2021 and nothing before it', () => {
    expect(
      latestPerSeries(ROWS, 2022).map((s) => [s.key, s.latest.year, s.previous?.year ?? null]),
    ).toEqual([
      ['h1', 2021, null],
      ['e1', 2022, 2021],
    ]);
    expect(latestRows(ROWS, 2022).map((r) => r.indicatorId)).toEqual(['h1:2021', 'e1:2022']);
  });

  it('the latest change compares the series’ own years: h1 −10 (2023 vs 2021), e1 +5 (2023 vs 2022), m1 +5 (2024 vs 2023)', () => {
    expect(latestChanges(ROWS).map((c) => [c.seriesId, c.fromYear, c.toYear, c.change])).toEqual([
      ['h1', 2021, 2023, -10],
      ['e1', 2022, 2023, 5],
      ['m1', 2023, 2024, 5],
    ]);
  });

  it('vad har ändrats: the biennial area gets its new red, the late area its resolved red, each with the years compared', () => {
    expect(
      whatChanged(ROWS, 2024).map((n) => [n.kind, n.seriesId, n.year, n.previousYear]),
    ).toEqual([
      ['new_red', 'h1', 2023, 2021],
      ['resolved_red', 'e1', 2023, 2022],
      // m2 was in missbruk 2023 but the area's 2024 publication lacks it
      ['dropped_indicator', 'm2', 2024, 2023],
    ]);
  });

  it('a series its area has since been published without is dropped, not current; a biennial or late area is current at its own year', () => {
    const { current, discontinued, areaYears } = latestByArea(ROWS);
    expect(current.map((s) => [s.key, s.latest.year])).toEqual([
      ['h1', 2023],
      ['e1', 2023],
      ['m1', 2024],
    ]);
    expect(discontinued.map((s) => [s.key, s.latest.year])).toEqual([['m2', 2023]]);
    expect(areaYears.get('hemloshet')).toEqual([2021, 2023]);
  });

  it('a series dropped two publications ago is no longer news', () => {
    const rows = [
      row('a', 'missbruk', 2022, 1, 'middle'),
      row('b', 'missbruk', 2022, 1, 'middle'),
      row('b', 'missbruk', 2023, 1, 'middle'),
      row('b', 'missbruk', 2024, 1, 'middle'),
    ];
    expect(whatChanged(rows).map((n) => n.kind)).toEqual([]);
    expect(
      whatChanged(rows, 2023).map((n) => [n.kind, n.seriesId, n.year, n.previousYear]),
    ).toEqual([['dropped_indicator', 'a', 2023, 2022]]);
  });

  it('metaanalys of the latest year: each area at its own year, the dropped series not counted, "utan läge" beside ▲●▼', () => {
    const rows = [
      ...ROWS,
      row('h2', 'hemloshet', 2023, null, 'missing'),
      row('m3', 'missbruk', 2024, 5, 'no_direction', { direction: 'none' }),
    ];
    const cells = latestMetaAnalysis(rows, 'area', 2024).map((c) => [
      c.key,
      c.years,
      c.counts.favourable,
      c.counts.middle,
      c.counts.unfavourable,
      withoutStanding(c.counts),
    ]);
    expect(cells).toEqual([
      ['ekonomiskt_bistand', [2023], 0, 1, 0, 0],
      ['hemloshet', [2023], 0, 0, 1, 1], // h1 ▼ and h2 without a value, both 2023
      ['missbruk', [2024], 0, 1, 0, 1], // m1 ●, m3 without direction; m2 (dropped in 2024) not counted
    ]);
  });

  it('says which years it compares', () => {
    expect(comparedYearsText(2023, 2021)).toBe('2023 jämfört med 2021');
    expect(comparedYearsText(2023, null)).toBe('2023 (inget tidigare år)');
    expect(latestYearsText([2023, 2024, 2023])).toBe('2023 och 2024');
    expect(latestYearsText([2021, 2023, 2024])).toBe('2021, 2023 och 2024');
    expect(latestYearsText([2024])).toBe('2024');
    const previous = previousYearIndex(ROWS);
    expect(ROWS.map(previous)).toEqual([null, 2021, null, 2021, 2020, 2022, null, 2023, null]);
  });
});

describe('property: when every series is published every year, per-series latest = the overall latest year', () => {
  it('holds for 200 random workspaces (seeded)', () => {
    const random = seededRandom(19);
    const standings: Standing[] = [
      'favourable',
      'middle',
      'unfavourable',
      'insufficient',
      'missing',
    ];
    for (let round = 0; round < 200; round++) {
      const first = 2010 + Math.floor(random() * 10);
      const last = first + Math.floor(random() * 6);
      const seriesCount = 1 + Math.floor(random() * 12);
      const rows: StandingRow[] = [];
      for (let s = 0; s < seriesCount; s++)
        for (let y = first; y <= last; y++) {
          const standing = standings[Math.floor(random() * standings.length)]!;
          rows.push(
            row(
              `s${s}`,
              `area${s % 3}`,
              y,
              standing === 'missing' ? null : Math.round(random() * 100),
              standing,
            ),
          );
        }
      rows.sort(() => random() - 0.5);
      const overall = Math.max(...rows.map((r) => r.year));
      const latest = latestPerSeries(rows);
      expect(latest).toHaveLength(seriesCount);
      for (const s of latest) {
        expect(s.latest.year).toBe(overall);
        expect(s.previous?.year ?? null).toBe(last > first ? overall - 1 : null);
      }
      // …and the latest change is the calendar year-over-year change of the overall latest year
      const key = (c: {
        seriesId: string;
        fromYear: number;
        toYear: number;
        change: number | null;
      }) => `${c.seriesId}|${c.fromYear}|${c.toYear}|${c.change}`;
      expect(latestChanges(rows).map(key).sort()).toEqual(
        seriesChanges(rows)
          .filter((c) => c.toYear === overall)
          .map(key)
          .sort(),
      );
    }
  });
});
