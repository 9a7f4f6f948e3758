import { sqlString, type Db } from '../db/db';
import type { Direction, IndicatorKind } from '../model/indicators';
import { fitOls } from './ols';

/**
 * Förväntat värde (issue 19 item 8): what a kommun's value on an indicator
 * would be expected to be given its structure — an ordinary least squares
 * model across all kommuner of the indicator on one to three bakgrundsmått or
 * own variables — and where the home's residual stands among everyone's.
 * A model on structure describes association, not cause, and the residual
 * holds everything the model leaves out: every view says so.
 */

/** A bakgrundsmått series (its year nearest the indicator's) or one of the user's own variables. */
export type Regressor =
  | Readonly<{ kind: 'background'; seriesId: string }>
  | Readonly<{ kind: 'variable'; variable: string }>;

export const MAX_REGRESSORS = 3;
/** Fewer kommuner with every value than this → no model (issue 19 item 8). */
export const MIN_CASES = 30;
/** A model that explains less than this share of the variation says too little to compare against. */
export const MIN_R2 = 0.1;

/** Why no expected value is given; each has a text in i18n (`expected.refusal.<code>`). */
export type ExpectedValueRefusal =
  | 'no_regressors'
  | 'too_many_regressors'
  | 'not_numeric'
  | 'home_not_kommun'
  | 'home_missing'
  | 'home_missing_regressor'
  | 'too_few'
  | 'collinear'
  | 'no_variation'
  | 'weak_fit';

/** Residuals closer than this (relative to the values' size) count as equal in the ranking. */
export const RESIDUAL_TIE = 1e-9;

/** The residual's tercile among all kommuner's residuals, by the indicator's direction. */
export type ResidualStanding = 'better' | 'as_expected' | 'worse';

export type RegressorInfo = Readonly<{
  /** `s:<seriesId>` or `v:<variable>`, as in Liknande kommuner. */
  key: string;
  label: string;
  /** The bakgrundsmått's year used; null for an own variable. */
  year: number | null;
}>;

/** One kommun in the model: its value, the model's value and the difference. */
export type ExpectedCase = Readonly<{
  unitCode: string;
  name: string;
  actual: number;
  expected: number;
  residual: number;
  home: boolean;
}>;

export type ExpectedValueResult = Readonly<{
  indicatorId: string;
  seriesId: string | null;
  title: string;
  year: number;
  direction: Direction;
  home: string;
  regressors: readonly RegressorInfo[];
  /** Kommuner with a value on the indicator and on every regressor. */
  n: number;
  /** Null when the model is given. */
  refusal: ExpectedValueRefusal | null;
  /** For `collinear` and `home_missing_regressor`: the regressors concerned. */
  refusalLabels: readonly string[];
  /** Coefficients in the order of `regressors`; present when fitted (also for `weak_fit`, so the user sees why). */
  model: Readonly<{ intercept: number; coefficients: readonly number[]; r2: number }> | null;
  homeResult: Readonly<{
    actual: number;
    expected: number;
    residual: number;
    /** Share of the other kommuner whose residual is worse (+ ½ equal), as the relative standing's percentile. */
    percentile: number;
    /** Null when the indicator has no direction: the residual is shown without a verdict. */
    standing: ResidualStanding | null;
  }> | null;
  /** Every kommun in the model (for the scatter of actual against expected); empty on a refusal. */
  cases: readonly ExpectedCase[];
}>;

export type ModelInput = Readonly<{
  kind: IndicatorKind;
  direction: Direction;
  home: string;
  homeIsKommun: boolean;
  labels: readonly string[];
  /** One per kommun: the indicator's value and each regressor's, null where missing. */
  units: readonly Readonly<{
    unitCode: string;
    name: string;
    y: number | null;
    x: readonly (number | null)[];
  }>[];
}>;

export type ModelOutcome = Pick<
  ExpectedValueResult,
  'n' | 'refusal' | 'refusalLabels' | 'model' | 'homeResult' | 'cases'
>;

const refuse = (
  refusal: ExpectedValueRefusal,
  n: number,
  refusalLabels: readonly string[] = [],
  model: ModelOutcome['model'] = null,
): ModelOutcome => ({ n, refusal, refusalLabels, model, homeResult: null, cases: [] });

/** The model itself, on values already read: pure, hand-checked in test/unit/analysis/expected-value.test.ts. */
export function expectedValueModel(input: ModelInput): ModelOutcome {
  const p = input.labels.length;
  if (p === 0) return refuse('no_regressors', 0);
  if (p > MAX_REGRESSORS) return refuse('too_many_regressors', 0);
  if (input.kind === 'yesno' || input.kind === 'text') return refuse('not_numeric', 0);
  const complete = input.units.filter(
    (u): u is typeof u & { y: number; x: readonly number[] } =>
      u.y !== null && Number.isFinite(u.y) && u.x.every((v) => v !== null && Number.isFinite(v)),
  );
  const n = complete.length;
  if (!input.homeIsKommun) return refuse('home_not_kommun', n);
  const homeUnit = input.units.find((u) => u.unitCode === input.home);
  if (!homeUnit || homeUnit.y === null) return refuse('home_missing', n);
  const homeMissing = input.labels.filter((_, j) => homeUnit.x[j] === null);
  if (homeMissing.length > 0) return refuse('home_missing_regressor', n, homeMissing);
  if (n < MIN_CASES) return refuse('too_few', n);
  const y = complete.map((u) => u.y);
  const solved = fitOls(
    y,
    complete.map((u) => u.x),
  );
  if (!solved.ok)
    return solved.reason === 'too_few'
      ? refuse('too_few', n)
      : refuse('collinear', n, [input.labels[solved.column]!]);
  const { fit } = solved;
  if (fit.r2 === null) return refuse('no_variation', n);
  const model = { intercept: fit.intercept, coefficients: fit.coefficients, r2: fit.r2 };
  if (fit.r2 < MIN_R2) return refuse('weak_fit', n, [], model);
  const cases = complete.map((u, i) => ({
    unitCode: u.unitCode,
    name: u.name,
    actual: u.y,
    expected: fit.fitted[i]!,
    residual: fit.residuals[i]!,
    home: u.unitCode === input.home,
  }));
  const home = cases.find((c) => c.home)!;
  return {
    n,
    refusal: null,
    refusalLabels: [],
    model,
    homeResult: { ...home, ...residualStanding(input.direction, home, cases) },
    cases,
  };
}

/**
 * The home's residual among the other kommuner's, as DESIGN's relative
 * standing ranks a value: p = (#worse + ½·#equal) / (n − 1), "worse"
 * following the direction; p ≥ 2/3 better than expected, p < 1/3 worse.
 */
function residualStanding(
  direction: Direction,
  home: ExpectedCase,
  cases: readonly ExpectedCase[],
): { percentile: number; standing: ResidualStanding | null } {
  const others = cases.filter((c) => !c.home);
  const sign = direction === 'lower_better' ? -1 : 1;
  // Residuals are computed, not published: two that differ only by rounding are equal.
  const scale = cases.reduce((m, c) => Math.max(m, Math.abs(c.actual)), 1);
  const tie = RESIDUAL_TIE * scale;
  let worse = 0;
  let equal = 0;
  for (const o of others) {
    const d = sign * (o.residual - home.residual);
    if (Math.abs(d) <= tie) equal++;
    else if (d < 0) worse++;
  }
  const percentile = (worse + equal / 2) / others.length;
  if (direction === 'none') return { percentile, standing: null };
  const standing: ResidualStanding =
    percentile >= 2 / 3 ? 'better' : percentile < 1 / 3 ? 'worse' : 'as_expected';
  return { percentile, standing };
}

type ValueRow = { unit_code: string; value_num: number };

const KOMMUN_VALUES = `SELECT o.unit_code, o.value_num FROM current_observation o JOIN unit u USING (unit_code)
  WHERE o.indicator_id = ? AND u.level = 'kommun' AND o.status = 'ok' AND o.value_num IS NOT NULL AND o.period IS NULL`;

/**
 * Of these indicators, those with at least one kommun value. current_observation
 * is a view: a list of ids narrows its scan, a correlated EXISTS above it does
 * not (shared/analysis/standings-query.ts measured the same).
 */
async function withKommunValues(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ indicator_id: string }>(
    `SELECT DISTINCT o.indicator_id FROM current_observation o JOIN unit u USING (unit_code)
     WHERE o.indicator_id IN (${ids.map(sqlString).join(', ')})
       AND u.level = 'kommun' AND o.status = 'ok' AND o.value_num IS NOT NULL`,
  );
  return new Set(rows.map((r) => r.indicator_id));
}

const BACKGROUND = `coalesce(i.is_background, false) AND i.kind NOT IN ('yesno', 'text') AND i.series_id IS NOT NULL`;

/** The bakgrundsmått's indicator for a year: the nearest at or before it, else the first after. */
async function backgroundYear(
  db: Db,
  seriesId: string,
  year: number,
): Promise<{ indicatorId: string; year: number; label: string }> {
  const rows = await db.query<{ indicator_id: string; year: number; label: string }>(
    `SELECT i.indicator_id, i.year, coalesce(s.label, i.title) AS label
     FROM current_indicator i LEFT JOIN series s USING (series_id)
     WHERE i.series_id = ? AND ${BACKGROUND}
     ORDER BY (i.year > ?), abs(i.year - ?), i.indicator_id`,
    [seriesId, year, year],
  );
  const valued = await withKommunValues(
    db,
    rows.map((r) => r.indicator_id),
  );
  const first = rows.find((r) => valued.has(r.indicator_id));
  if (!first) throw new Error(`Bakgrundsmåttet ${seriesId} har inga kommunvärden i arbetsytan.`);
  return { indicatorId: first.indicator_id, year: first.year, label: first.label };
}

/** Read the values and fit the model for one indicator (series × year) and home kommun. */
export async function expectedValue(
  db: Db,
  q: Readonly<{ indicatorId: string; home: string; regressors: readonly Regressor[] }>,
): Promise<ExpectedValueResult | null> {
  const [indicator] = await db.query<{
    series_id: string | null;
    title: string;
    year: number;
    kind: IndicatorKind;
    direction: Direction;
  }>(
    'SELECT series_id, title, year, kind, direction FROM current_indicator WHERE indicator_id = ?',
    [q.indicatorId],
  );
  if (!indicator) return null;
  const regressors = q.regressors.slice(0, MAX_REGRESSORS + 1);
  const infos: RegressorInfo[] = [];
  const columns: Map<string, number>[] = [];
  for (const r of regressors) {
    if (r.kind === 'background') {
      const chosen = await backgroundYear(db, r.seriesId, indicator.year);
      infos.push({ key: `s:${r.seriesId}`, label: chosen.label, year: chosen.year });
      const rows = await db.query<ValueRow>(KOMMUN_VALUES, [chosen.indicatorId]);
      columns.push(new Map(rows.map((v) => [v.unit_code, v.value_num])));
    } else {
      const rows = await db.query<ValueRow>(
        `SELECT v.unit_code, v.value_num FROM unit_variable v JOIN unit u USING (unit_code)
         WHERE v.variable = ? AND u.level = 'kommun' AND v.value_num IS NOT NULL`,
        [r.variable],
      );
      infos.push({ key: `v:${r.variable}`, label: r.variable, year: null });
      columns.push(new Map(rows.map((v) => [v.unit_code, v.value_num])));
    }
  }
  const values = await db.query<ValueRow>(KOMMUN_VALUES, [q.indicatorId]);
  const kommuner = await db.query<{ unit_code: string; name: string }>(
    "SELECT unit_code, name FROM unit WHERE level = 'kommun' ORDER BY unit_code",
  );
  const y = new Map(values.map((v) => [v.unit_code, v.value_num]));
  const outcome = expectedValueModel({
    kind: indicator.kind,
    direction: indicator.direction,
    home: q.home,
    homeIsKommun: kommuner.some((k) => k.unit_code === q.home),
    labels: infos.map((i) => i.label),
    units: kommuner.map((k) => ({
      unitCode: k.unit_code,
      name: k.name,
      y: y.get(k.unit_code) ?? null,
      x: columns.map((c) => c.get(k.unit_code) ?? null),
    })),
  });
  return {
    indicatorId: q.indicatorId,
    seriesId: indicator.series_id,
    title: indicator.title,
    year: indicator.year,
    direction: indicator.direction,
    home: q.home,
    regressors: infos,
    ...outcome,
  };
}

export type RegressorOption = Readonly<{
  key: string;
  regressor: Regressor;
  label: string;
  /** The bakgrundsmått's area (ÖJ publishes the same measures with every area); null for an own variable. */
  area: string | null;
  /** Bakgrundsmått: the years it has kommun values, newest first. */
  years: readonly number[];
}>;

/** What a model can be built on: bakgrundsmått with kommun numbers, then own variables with numbers. */
export async function regressorOptions(db: Db): Promise<RegressorOption[]> {
  const indicators = await db.query<{
    indicator_id: string;
    series_id: string;
    label: string;
    area: string;
    year: number;
  }>(
    `SELECT i.indicator_id, i.series_id, coalesce(s.label, i.title) AS label, i.area, i.year
     FROM current_indicator i LEFT JOIN series s USING (series_id)
     WHERE ${BACKGROUND} ORDER BY label, i.area, i.year DESC`,
  );
  const valued = await withKommunValues(
    db,
    indicators.map((i) => i.indicator_id),
  );
  const series = new Map<
    string,
    { series_id: string; label: string; area: string; years: number[] }
  >();
  for (const i of indicators) {
    if (!valued.has(i.indicator_id)) continue;
    const entry = series.get(i.series_id) ?? { ...i, years: [] };
    if (!entry.years.includes(i.year)) entry.years.push(i.year);
    series.set(i.series_id, entry);
  }
  const variables = await db.query<{ variable: string }>(
    `SELECT v.variable FROM unit_variable v JOIN unit u USING (unit_code)
     WHERE u.level = 'kommun' AND v.value_num IS NOT NULL GROUP BY v.variable ORDER BY v.variable`,
  );
  return [
    ...[...series.values()].map((s) => ({
      key: `s:${s.series_id}`,
      regressor: { kind: 'background', seriesId: s.series_id } as const,
      label: s.label,
      area: s.area,
      years: s.years.map(Number),
    })),
    ...variables.map((v) => ({
      key: `v:${v.variable}`,
      regressor: { kind: 'variable', variable: v.variable } as const,
      label: v.variable,
      area: null,
      years: [],
    })),
  ];
}
