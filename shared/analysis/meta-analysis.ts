import type { MetaDimension } from '../model/indicators';
import { stanceFor, type StanceNote } from './annotations';
import { isCommonAnswer, type CommonAnswerOptions } from './common-answer';
import { latestByArea } from './latest-year';
import type { Standing } from './standing';
import type { StandingRow } from './standings-query';

export type { MetaDimension } from '../model/indicators';

export type MetaCell = Readonly<{
  key: string;
  year: number;
  counts: Readonly<Record<Standing, number>>;
  /** Among favourable + middle + unfavourable (+ vanligt svar when counted); null when none is classified. */
  shares: Readonly<{
    favourable: number;
    middle: number;
    unfavourable: number;
    commonAnswer?: number;
  }> | null;
  /** The indicators behind the cell, for drill-down. */
  indicatorIds: readonly string[];
  /**
   * Present only when the "vanligt svar" switch was on (common-answer.ts):
   * the Ja/Nej reds most of the group shares, taken out of
   * `counts.unfavourable`. An export seeing this field states COMMON_ANSWER_RULE.
   */
  commonAnswer?: number;
  /**
   * Present only when notes with stances were given (issue 19 item 5): how
   * many of `counts.unfavourable` a note takes a stance on in the row's
   * year; the rest (`counts.unfavourable − unfavourableWithStance`) are
   * unexplained. The counts themselves do not change: a red with a stance
   * is still ogynnsamt.
   */
  unfavourableWithStance?: number;
}>;

export type MetaOptions = CommonAnswerOptions &
  Readonly<{
    /** The home unit's notes with stances (annotations.ts stanceNotesFor): tells reds with a stance from unexplained ones. */
    stances?: readonly StanceNote[];
  }>;

const EMPTY: Record<Standing, number> = {
  favourable: 0,
  middle: 0,
  unfavourable: 0,
  insufficient: 0,
  missing: 0,
  no_direction: 0,
};

const keyOf = (row: StandingRow, by: MetaDimension): string =>
  (by === 'area'
    ? row.area
    : by === 'qualityDimension'
      ? row.qualityDimension
      : row.indicatorType) ?? 'okänd';

/** Metaanalys: counts and shares of standings per area (or quality dimension, or type) × year. */
export function metaAnalysis(
  rows: readonly StandingRow[],
  by: MetaDimension = 'area',
  options: MetaOptions = {},
): MetaCell[] {
  const notes = options.stances;
  return countCells(
    rows,
    by,
    options,
    notes ? (row) => stanceFor(notes, row.seriesId, row.year) !== null : null,
  );
}

function countCells(
  rows: readonly StandingRow[],
  by: MetaDimension,
  options: MetaOptions,
  hasStance: ((row: StandingRow) => boolean) | null,
): MetaCell[] {
  const cells = new Map<
    string,
    {
      key: string;
      year: number;
      counts: Record<Standing, number>;
      common: number;
      withStance: number;
      ids: string[];
    }
  >();
  for (const row of rows) {
    const key = keyOf(row, by);
    const id = `${key}|${row.year}`;
    const cell = cells.get(id) ?? {
      key,
      year: row.year,
      counts: { ...EMPTY },
      common: 0,
      withStance: 0,
      ids: [],
    };
    if (options.commonAnswer && isCommonAnswer(row)) cell.common += 1;
    else {
      cell.counts[row.standing] += 1;
      if (row.standing === 'unfavourable' && hasStance?.(row)) cell.withStance += 1;
    }
    cell.ids.push(row.indicatorId);
    cells.set(id, cell);
  }
  return [...cells.values()]
    .sort((a, b) => a.key.localeCompare(b.key) || a.year - b.year)
    .map(({ key, year, counts, common, withStance, ids }) => {
      const classified = counts.favourable + counts.middle + counts.unfavourable + common;
      const shares =
        classified === 0
          ? null
          : {
              favourable: counts.favourable / classified,
              middle: counts.middle / classified,
              unfavourable: counts.unfavourable / classified,
            };
      return {
        key,
        year,
        counts,
        shares:
          shares && options.commonAnswer
            ? { ...shares, commonAnswer: common / classified }
            : shares,
        indicatorIds: ids,
        ...(options.commonAnswer ? { commonAnswer: common } : {}),
        ...(hasStance ? { unfavourableWithStance: withStance } : {}),
      };
    });
}

/** A metaanalys cell over each series' own latest year: `year` is the newest of them, `years` all of them. */
export type LatestMetaCell = MetaCell & Readonly<{ years: readonly number[] }>;

/**
 * Metaanalys of "the latest year" (DESIGN.md "Latest year is per series"):
 * one cell per area (or dimension, or type) counting each series its area
 * still publishes once, at its own latest published year up to `upTo` — a
 * biennial area counts its 2023 publication in a 2024 summary, and the cell
 * says which years it holds. A series the area dropped is not counted.
 */
export function latestMetaAnalysis(
  rows: readonly StandingRow[],
  by: MetaDimension = 'area',
  upTo?: number,
  options: MetaOptions = {},
): LatestMetaCell[] {
  const latest = latestByArea(rows, upTo).current.map((s) => s.latest);
  const yearsByKey = new Map<string, Set<number>>();
  // A stance is looked up at each row's own year, before the years are flattened.
  const notes = options.stances;
  const withStance = new Set<StandingRow>();
  const flattened = latest.map((row) => {
    const key = keyOf(row, by);
    yearsByKey.set(key, (yearsByKey.get(key) ?? new Set()).add(row.year));
    const flat = { ...row, year: 0 };
    if (notes && stanceFor(notes, row.seriesId, row.year)) withStance.add(flat);
    return flat;
  });
  return countCells(flattened, by, options, notes ? (row) => withStance.has(row) : null).map(
    (cell) => {
      const years = [...yearsByKey.get(cell.key)!].sort((a, b) => a - b);
      return { ...cell, year: years[years.length - 1]!, years };
    },
  );
}

/** "Utan läge": indicators with no ▲ ● ▼ — own value missing, too few comparators, or no direction. */
export function withoutStanding(counts: Readonly<Record<Standing, number>>): number {
  return counts.insufficient + counts.missing + counts.no_direction;
}
