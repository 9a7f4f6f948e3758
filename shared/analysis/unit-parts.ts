import type { Db } from '../db/db';
import type { Direction, IndicatorKind } from '../model/indicators';
import type { Status } from '../model/observations';
import { classifyStanding, type StandingResult } from './standing';

/**
 * Enheter and stadsdelar as units of analysis (issue 19 item 7): a part of a
 * kommun (a hemtjänstverksamhet, a särskilt boende, a stadsdelsområde) is
 * ranked the way a kommun is (DESIGN.md "Standing", relative mode), against
 *  - the other parts of the same level in its own kommun, and
 *  - every part of the same level in the country,
 * always without itself, comparators only with status ok and a number.
 */
export const PART_LEVELS = ['stadsdel', 'enhet'] as const;
export type PartLevel = (typeof PART_LEVELS)[number];

/** Whom a part is compared with. */
export const PART_COMPARISONS = ['within_kommun', 'national'] as const;
export type PartComparison = (typeof PART_COMPARISONS)[number];

export type PartStanding = StandingResult & Readonly<{ comparators: number }>;

export type PartRow = Readonly<{
  unitCode: string;
  name: string;
  level: PartLevel;
  regiform: string | null;
  status: Status;
  value: number | null;
  valueText: string | null;
  /** The number behind the value (antal svar), when published. */
  n: number | null;
  withinKommun: PartStanding;
  national: PartStanding;
  fileId: string | null;
  sheet: string | null;
  cell: string | null;
}>;

export type KommunParts = Readonly<{
  indicatorId: string;
  title: string;
  year: number;
  kind: IndicatorKind;
  direction: Direction;
  kommunCode: string;
  parts: readonly PartRow[];
}>;

type PartValue = Readonly<{
  unitCode: string;
  name: string;
  level: PartLevel;
  parentCode: string | null;
  regiform: string | null;
  status: Status;
  value: number | null;
  valueText: string | null;
  n: number | null;
  fileId: string | null;
  sheet: string | null;
  cell: string | null;
}>;

/** Every part-level value of one indicator: the base of both comparisons. */
async function partValues(db: Db, indicatorId: string): Promise<PartValue[]> {
  return db.query<PartValue>(
    `SELECT o.unit_code AS "unitCode", u.name, u.level, u.parent_code AS "parentCode", u.regiform,
            o.status, o.value_num AS value, o.value_text AS "valueText", o.n,
            o.file_id AS "fileId", o.sheet, o.cell
     FROM current_observation o JOIN unit u USING (unit_code)
     WHERE o.indicator_id = ? AND o.period IS NULL AND u.level IN ('stadsdel', 'enhet')
     ORDER BY u.name, o.unit_code`,
    [indicatorId],
  );
}

/** The standing of `home` among `others` (home never among them): DESIGN's relative standing. */
export function partStanding(
  home: Pick<PartValue, 'status' | 'value'>,
  others: readonly Pick<PartValue, 'status' | 'value'>[],
  kind: IndicatorKind,
  direction: Direction,
): PartStanding {
  const comparable = others
    .filter((o) => o.status === 'ok' && o.value !== null)
    .map((o) => o.value as number);
  const v = home.value;
  const worse =
    v === null
      ? 0
      : comparable.filter((o) => (direction === 'lower_better' ? o > v : o < v)).length;
  const equal = v === null ? 0 : comparable.filter((o) => o === v).length;
  const result = classifyStanding({
    kind,
    direction,
    homeStatus: home.status,
    homeValue: v,
    n: comparable.length,
    worse,
    equal,
    officialClass: null,
  });
  return { ...result, comparators: comparable.length };
}

/**
 * The parts (enheter, stadsdelar) of one kommun on one indicator, each with
 * its value, n and its standing within the kommun and in the country — the
 * drill-down kommun → enheter.
 */
export async function kommunParts(
  db: Db,
  kommunCode: string,
  indicatorId: string,
): Promise<KommunParts | null> {
  const [meta] = await db.query<{
    title: string;
    year: number;
    kind: IndicatorKind;
    direction: Direction;
  }>('SELECT title, year, kind, direction FROM indicator WHERE indicator_id = ?', [indicatorId]);
  if (!meta) return null;
  const all = await partValues(db, indicatorId);
  const parts = all
    .filter((p) => p.parentCode === kommunCode)
    .map((p): PartRow => {
      const sameLevel = all.filter((o) => o.level === p.level && o.unitCode !== p.unitCode);
      return {
        unitCode: p.unitCode,
        name: p.name,
        level: p.level,
        regiform: p.regiform,
        status: p.status,
        value: p.value,
        valueText: p.valueText,
        n: p.n,
        withinKommun: partStanding(
          p,
          sameLevel.filter((o) => o.parentCode === kommunCode),
          meta.kind,
          meta.direction,
        ),
        national: partStanding(p, sameLevel, meta.kind, meta.direction),
        fileId: p.fileId,
        sheet: p.sheet,
        cell: p.cell,
      };
    });
  return { indicatorId, ...meta, kommunCode, parts };
}

/**
 * The comparison set of a part as explicit members, for the standings of a
 * hemenhet across every indicator (`computeStandings` with these members):
 * the other parts of the same level in its kommun, or in the country.
 */
export async function partComparators(
  db: Db,
  unitCode: string,
  comparison: PartComparison,
): Promise<readonly string[]> {
  const rows = await db.query<{ unit_code: string }>(
    comparison === 'within_kommun'
      ? `SELECT o.unit_code FROM unit o, unit h
         WHERE h.unit_code = ? AND o.level = h.level AND o.parent_code = h.parent_code AND o.unit_code <> h.unit_code
         ORDER BY o.unit_code`
      : `SELECT o.unit_code FROM unit o, unit h
         WHERE h.unit_code = ? AND o.level = h.level AND o.unit_code <> h.unit_code
         ORDER BY o.unit_code`,
    [unitCode],
  );
  return rows.map((r) => r.unit_code);
}

export type PartUnit = Readonly<{
  unitCode: string;
  name: string;
  level: PartLevel;
  kommunCode: string | null;
  kommunName: string | null;
}>;

/** The parts a user can choose as hemenhet: every stadsdel and enhet with its kommun's name. */
export async function listParts(db: Db): Promise<readonly PartUnit[]> {
  return db.query<PartUnit>(
    `SELECT p.unit_code AS "unitCode", p.name, p.level, p.parent_code AS "kommunCode", k.name AS "kommunName"
     FROM unit p LEFT JOIN unit k ON k.unit_code = p.parent_code
     WHERE p.level IN ('stadsdel', 'enhet')
     ORDER BY k.name, p.level, p.name`,
  );
}

export type PartIndicator = Readonly<{
  indicatorId: string;
  seriesId: string | null;
  area: string;
  title: string;
  year: number;
  parts: number;
}>;

/**
 * The indicators that have values for a kommun's parts, each series at its
 * own latest year with such values (a series' older years are reached from
 * Indikator), in area and title order.
 */
export async function partIndicators(db: Db, kommunCode: string): Promise<PartIndicator[]> {
  return db.query<PartIndicator>(
    `WITH per_indicator AS (
       SELECT i.indicator_id AS "indicatorId", i.series_id AS "seriesId", i.area, i.title, i.year,
              count(*)::INTEGER AS parts
       FROM current_observation o
       JOIN unit u USING (unit_code)
       JOIN indicator i ON i.indicator_id = o.indicator_id
       WHERE u.parent_code = ? AND u.level IN ('stadsdel', 'enhet') AND o.period IS NULL
         AND NOT coalesce(i.is_background, false)
       GROUP BY ALL),
     ranked AS (
       SELECT *, row_number() OVER (PARTITION BY coalesce("seriesId", "indicatorId") ORDER BY year DESC) AS newest
       FROM per_indicator)
     SELECT "indicatorId", "seriesId", area, title, year, parts FROM ranked
     WHERE newest = 1 ORDER BY area, title`,
    [kommunCode],
  );
}

/** Kommuner that have parts with values, with how many parts: where the drill-down has something to show. */
export async function kommunerWithParts(
  db: Db,
): Promise<readonly Readonly<{ kommunCode: string; name: string; parts: number }>[]> {
  return db.query(
    `SELECT k.unit_code AS "kommunCode", k.name, count(DISTINCT p.unit_code)::INTEGER AS parts
     FROM unit p JOIN unit k ON k.unit_code = p.parent_code
     WHERE p.level IN ('stadsdel', 'enhet')
       AND EXISTS (SELECT 1 FROM current_observation o WHERE o.unit_code = p.unit_code)
     GROUP BY k.unit_code, k.name ORDER BY k.name`,
  );
}
