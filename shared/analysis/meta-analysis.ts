import type { Standing } from './standing';
import type { StandingRow } from './standings-query';

export type MetaDimension = 'area' | 'qualityDimension' | 'indicatorType';

export type MetaCell = Readonly<{
  key: string;
  year: number;
  counts: Readonly<Record<Standing, number>>;
  /** Among favourable + middle + unfavourable; null when none is classified. */
  shares: Readonly<{ favourable: number; middle: number; unfavourable: number }> | null;
  /** The indicators behind the cell, for drill-down. */
  indicatorIds: readonly string[];
}>;

const EMPTY: Record<Standing, number> = { favourable: 0, middle: 0, unfavourable: 0, insufficient: 0, missing: 0, no_direction: 0 };

/** Metaanalys: counts and shares of standings per area (or quality dimension, or type) × year. */
export function metaAnalysis(rows: readonly StandingRow[], by: MetaDimension = 'area'): MetaCell[] {
  const cells = new Map<string, { key: string; year: number; counts: Record<Standing, number>; ids: string[] }>();
  for (const row of rows) {
    const key = (by === 'area' ? row.area : by === 'qualityDimension' ? row.qualityDimension : row.indicatorType) ?? 'okänd';
    const id = `${key}|${row.year}`;
    const cell = cells.get(id) ?? { key, year: row.year, counts: { ...EMPTY }, ids: [] };
    cell.counts[row.standing] += 1;
    cell.ids.push(row.indicatorId);
    cells.set(id, cell);
  }
  return [...cells.values()]
    .sort((a, b) => a.key.localeCompare(b.key) || a.year - b.year)
    .map(({ key, year, counts, ids }) => {
      const classified = counts.favourable + counts.middle + counts.unfavourable;
      return {
        key,
        year,
        counts,
        shares: classified === 0 ? null : { favourable: counts.favourable / classified, middle: counts.middle / classified, unfavourable: counts.unfavourable / classified },
        indicatorIds: ids,
      };
    });
}
