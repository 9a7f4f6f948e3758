import { translate, type Lang } from '../i18n/i18n';
import type { StandingRow } from './standings-query';

/**
 * DESIGN.md "Latest year is per series": areas are published on their own
 * cycles (hemlöshet every other year, ekonomiskt bistånd late in the
 * autumn), so "senaste år" is each series' own latest published year within
 * the chosen years, and a change compares it with that series' own previous
 * published year — never with the calendar year before, never with the
 * latest year of the whole workspace. Every view, export and the CLI that
 * shows a "latest" or a "change" takes it from here.
 *
 * A year is published for a series when the home unit has a row for it
 * (computeStandings returns a row for every indicator-year the unit's file
 * names, whatever its status — a suppressed value is still published).
 */
export type SeriesLatest = Readonly<{
  /** The series id, or the indicator id for an indicator outside any series. */
  key: string;
  latest: StandingRow;
  /** The same series' previous published year within the rows, or null. */
  previous: StandingRow | null;
  /** Every published year of the series within the rows, oldest first. */
  history: readonly StandingRow[];
}>;

export const seriesKey = (row: Pick<StandingRow, 'seriesId' | 'indicatorId'>): string =>
  row.seriesId ?? row.indicatorId;

/**
 * One entry per series: its latest published year among `rows` (at most
 * `upTo` when given) and its previous one. Rows are expected to be one
 * per series-year (current_observation guarantees it); should two share a
 * year, the later in `rows` wins, the same way every time.
 */
export function latestPerSeries(rows: readonly StandingRow[], upTo?: number): SeriesLatest[] {
  const bySeries = new Map<string, Map<number, StandingRow>>();
  for (const r of rows) {
    if (upTo !== undefined && r.year > upTo) continue;
    const key = seriesKey(r);
    let years = bySeries.get(key);
    if (!years) bySeries.set(key, (years = new Map()));
    years.set(r.year, r);
  }
  const out: SeriesLatest[] = [];
  for (const [key, years] of bySeries) {
    const history = [...years.values()].sort((a, b) => a.year - b.year);
    out.push({
      key,
      latest: history[history.length - 1]!,
      previous: history[history.length - 2] ?? null,
      history,
    });
  }
  return out;
}

export type AreaLatest = Readonly<{
  /** Series the area's latest publication still has, each at its own latest year. */
  current: readonly SeriesLatest[];
  /** Series the area has since been published without (a dropped or discontinued indicator), at their last year. */
  discontinued: readonly SeriesLatest[];
  /** Per area, its published years (any series), oldest first. */
  areaYears: ReadonlyMap<string, readonly number[]>;
}>;

/**
 * latestPerSeries split by whether the series' area still publishes it: a
 * series whose last year is older than its own area's latest publication
 * was dropped from the publication — it is not "the latest" of anything,
 * but a biennial or late area's series are current at their own year.
 */
export function latestByArea(rows: readonly StandingRow[], upTo?: number): AreaLatest {
  const series = latestPerSeries(rows, upTo);
  const years = new Map<string, Set<number>>();
  for (const s of series)
    for (const h of s.history) years.set(h.area, (years.get(h.area) ?? new Set()).add(h.year));
  const areaYears = new Map(
    [...years].map(([area, set]) => [area, [...set].sort((a, b) => a - b)] as const),
  );
  const areaLatest = (area: string) => areaYears.get(area)!.at(-1)!;
  return {
    current: series.filter((s) => s.latest.year === areaLatest(s.latest.area)),
    discontinued: series.filter((s) => s.latest.year < areaLatest(s.latest.area)),
    areaYears,
  };
}

/** The latest published row of every series (see latestPerSeries). */
export function latestRows(rows: readonly StandingRow[], upTo?: number): StandingRow[] {
  return latestPerSeries(rows, upTo).map((s) => s.latest);
}

/** Per series key: the year before a given year in which that series was published (for any row). */
export function previousYearIndex(
  rows: readonly StandingRow[],
): (row: StandingRow) => number | null {
  const years = new Map<string, number[]>();
  for (const r of rows) years.set(seriesKey(r), [...(years.get(seriesKey(r)) ?? []), r.year]);
  for (const list of years.values()) list.sort((a, b) => a - b);
  return (row) => {
    const list = years.get(seriesKey(row)) ?? [];
    let previous: number | null = null;
    for (const y of list) if (y < row.year) previous = y;
    return previous;
  };
}

/** "2023 jämfört med 2021" (for exports and the CLI; Swedish unless told). */
export function comparedYearsText(
  toYear: number,
  fromYear: number | null,
  lang: Lang = 'sv',
): string {
  return fromYear === null
    ? translate(lang, 'reportBody.noEarlierYear', { to: toYear })
    : translate(lang, 'reportBody.comparedYears', { to: toYear, from: fromYear });
}

/**
 * The latest years a set of series covers, for a heading: "2023" when they
 * share one, "2021 och 2023" or "2021, 2022 och 2023" when areas differ.
 */
export function latestYearsText(years: Iterable<number>, and = 'och'): string {
  const list = [...new Set(years)].sort((a, b) => a - b);
  if (list.length <= 1) return list.map(String).join('');
  return `${list.slice(0, -1).join(', ')} ${and} ${list[list.length - 1]}`;
}
