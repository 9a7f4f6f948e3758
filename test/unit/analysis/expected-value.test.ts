import { describe, expect, it } from 'vitest';
import {
  expectedValueModel,
  MIN_CASES,
  type ModelInput,
} from '../../../shared/analysis/expected-value';
import { fitOls } from '../../../shared/analysis/ols';

describe('fitOls (Householder QR on centred columns)', () => {
  it('matches the closed form of a simple regression y = a + b·x', () => {
    // x = 1..5, y = 2, 4, 5, 4, 5: x̄ = 3, ȳ = 4,
    // Sxx = 4 + 1 + 0 + 1 + 4 = 10, Sxy = (−2)(−2) + (−1)(0) + 0·1 + 1·0 + 2·1 = 6,
    // b = Sxy/Sxx = 0.6, a = ȳ − b·x̄ = 4 − 1.8 = 2.2.
    // Fitted 2.8, 3.4, 4.0, 4.6, 5.2 → residuals −0.8, 0.6, 1.0, −0.6, −0.2;
    // SSres = 0.64 + 0.36 + 1 + 0.36 + 0.04 = 2.4, SStot = 4 + 0 + 1 + 0 + 1 = 6, R² = 1 − 2.4/6 = 0.6.
    const result = fitOls([2, 4, 5, 4, 5], [[1], [2], [3], [4], [5]]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fit.intercept).toBeCloseTo(2.2, 12);
    expect(result.fit.coefficients[0]).toBeCloseTo(0.6, 12);
    expect(result.fit.r2).toBeCloseTo(0.6, 12);
    [2.8, 3.4, 4.0, 4.6, 5.2].forEach((f, i) => expect(result.fit.fitted[i]).toBeCloseTo(f, 12));
    [-0.8, 0.6, 1.0, -0.6, -0.2].forEach((r, i) =>
      expect(result.fit.residuals[i]).toBeCloseTo(r, 12),
    );
  });

  it('recovers an exact two-regressor relation y = 1 + 2·x₁ − 3·x₂ with R² = 1', () => {
    // (x₁, x₂) → y: (0,1) → −2, (1,0) → 3, (2,1) → 2, (3,2) → 1, (1,3) → −6.
    const x = [
      [0, 1],
      [1, 0],
      [2, 1],
      [3, 2],
      [1, 3],
    ];
    const result = fitOls([-2, 3, 2, 1, -6], x);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fit.intercept).toBeCloseTo(1, 10);
    expect(result.fit.coefficients[0]).toBeCloseTo(2, 10);
    expect(result.fit.coefficients[1]).toBeCloseTo(-3, 10);
    expect(result.fit.r2).toBeCloseTo(1, 12);
    for (const r of result.fit.residuals) expect(Math.abs(r)).toBeLessThan(1e-10);
  });

  it('stays exact on large, offset values (centring keeps the conditioning)', () => {
    // Population-sized x around 1e6: y = 5 + 0.001·x exactly.
    const xs = [1_000_000, 1_000_500, 1_001_000, 1_002_000, 1_004_000, 1_007_000];
    const result = fitOls(
      xs.map((v) => 5 + 0.001 * v),
      xs.map((v) => [v]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fit.coefficients[0]).toBeCloseTo(0.001, 12);
    expect(result.fit.intercept).toBeCloseTo(5, 6);
  });

  it('calls a collinear design singular and names the column the others explain', () => {
    // x₂ = 2·x₁ + 1: after centring it is x₁ scaled, so column 1 is singular.
    const x = [0, 1, 2, 3, 4, 7].map((v) => [v, 2 * v + 1]);
    expect(fitOls([1, 2, 2, 4, 5, 6], x)).toEqual({ ok: false, reason: 'singular', column: 1 });
    // A constant regressor is the intercept again.
    const constant = [0, 1, 2, 3].map((v) => [5, v]);
    expect(fitOls([1, 2, 3, 5], constant)).toEqual({ ok: false, reason: 'singular', column: 0 });
    // Two parameters need at least three cases to leave a residual.
    expect(fitOls([1, 2], [[1], [2]])).toEqual({ ok: false, reason: 'too_few', column: null });
  });
});

/**
 * 31 kommuner k = 0 … 30 with x = k and y = 10 + 2k + eₖ, where
 * eₖ = +1 for even k, −1 for odd k, except e₀ = e₃₀ = 0.5. The e's sum to
 * 14·1 + 2·0.5 − 15·1 = 0 and are symmetric about k = 15 (eₖ = e₃₀₋ₖ), so
 * Σ(k − 15)·eₖ = 0: they are orthogonal to the constant and to x, hence the
 * least-squares line is exactly y = 10 + 2x and the residuals are the e's.
 * SStot = 4·Σ(k − 15)² + Σe² = 4·2·(1² + … + 15²) + 29.5 = 8·1240 + 29.5 = 9949.5,
 * SSres = 29.5, R² = 1 − 29.5/9949.5.
 */
function e(k: number): number {
  if (k === 0 || k === 30) return 0.5;
  return k % 2 === 0 ? 1 : -1;
}
const code = (k: number) => `k${String(k).padStart(2, '0')}`;
function input(over: Partial<ModelInput> = {}, count = 31): ModelInput {
  return {
    kind: 'percent',
    direction: 'higher_better',
    home: code(4),
    homeIsKommun: true,
    labels: ['Andel 80+'],
    units: Array.from({ length: count }, (_, k) => ({
      unitCode: code(k),
      name: `Kommun ${k}`,
      y: 10 + 2 * k + e(k),
      x: [k],
    })),
    ...over,
  };
}

describe('expectedValueModel: the home kommun against its expected value', () => {
  it('gives coefficients, R², n and the home residual, ranked with the direction', () => {
    const out = expectedValueModel(input());
    expect(out.refusal).toBeNull();
    expect(out.n).toBe(31);
    expect(out.model!.intercept).toBeCloseTo(10, 10);
    expect(out.model!.coefficients[0]).toBeCloseTo(2, 10);
    expect(out.model!.r2).toBeCloseTo(1 - 29.5 / 9949.5, 12);
    // Home k = 4: actual 10 + 8 + 1 = 19, expected 18, residual +1.
    expect(out.homeResult!.actual).toBe(19);
    expect(out.homeResult!.expected).toBeCloseTo(18, 10);
    expect(out.homeResult!.residual).toBeCloseTo(1, 10);
    // The 30 others: 13 residuals of +1 (equal), 2 of 0.5 and 15 of −1 (worse when higher is better).
    // p = (17 + 13/2) / 30 = 23.5/30 ≥ 2/3 → bättre än förväntat.
    expect(out.homeResult!.percentile).toBeCloseTo(23.5 / 30, 12);
    expect(out.homeResult!.standing).toBe('better');
    expect(out.cases).toHaveLength(31);
    expect(out.cases.filter((c) => c.home).map((c) => c.unitCode)).toEqual([code(4)]);
  });

  it('turns the verdict with the direction: when lower is better the same residual is sämre', () => {
    // No one has a residual above +1: p = (0 + 13/2) / 30 < 1/3.
    const out = expectedValueModel(input({ direction: 'lower_better' }));
    expect(out.homeResult!.percentile).toBeCloseTo(6.5 / 30, 12);
    expect(out.homeResult!.standing).toBe('worse');
  });

  it('says "som förväntat" in the middle tercile', () => {
    // Home k = 0, residual 0.5: worse = the 15 at −1, equal = k = 30; p = 15.5/30.
    const out = expectedValueModel(input({ home: code(0) }));
    expect(out.homeResult!.residual).toBeCloseTo(0.5, 10);
    expect(out.homeResult!.percentile).toBeCloseTo(15.5 / 30, 12);
    expect(out.homeResult!.standing).toBe('as_expected');
  });

  it('shows the residual without a verdict when the indicator has no direction', () => {
    const out = expectedValueModel(input({ direction: 'none' }));
    expect(out.refusal).toBeNull();
    expect(out.homeResult!.residual).toBeCloseTo(1, 10);
    expect(out.homeResult!.standing).toBeNull();
  });

  it('uses only kommuner with a value on every variable', () => {
    const base = input();
    const units = base.units.map((u, k) =>
      k === 30 ? { ...u, x: [null] } : k === 29 ? { ...u, y: null } : u,
    );
    expect(expectedValueModel({ ...base, units }).n).toBe(29);
  });
});

describe('expectedValueModel refuses with a reason', () => {
  it(`when fewer than ${MIN_CASES} kommuner have every value`, () => {
    const out = expectedValueModel(input({}, 29));
    expect(out).toMatchObject({ refusal: 'too_few', n: 29, model: null, homeResult: null });
    expect(expectedValueModel(input({}, 30)).refusal).toBeNull();
  });

  it('when R² is below 0.1, still showing the weak model', () => {
    // y = eₖ alone: orthogonal to x, so b = 0, a = mean(e) = 0 and R² = 0.
    const base = input();
    const out = expectedValueModel({
      ...base,
      units: base.units.map((u, k) => ({ ...u, y: e(k) })),
    });
    expect(out.refusal).toBe('weak_fit');
    expect(out.model!.r2).toBeCloseTo(0, 12);
    expect(out.model!.coefficients[0]).toBeCloseTo(0, 12);
    expect(out.homeResult).toBeNull();
    expect(out.cases).toEqual([]);
  });

  it('when the regressors are collinear, naming the one the others explain', () => {
    const base = input({ labels: ['Folkmängd', 'Folkmängd i tusental'] });
    const out = expectedValueModel({
      ...base,
      units: base.units.map((u, k) => ({ ...u, x: [k * 1000, k] })),
    });
    expect(out).toMatchObject({ refusal: 'collinear', refusalLabels: ['Folkmängd i tusental'] });
  });

  it('when the home has no value on the indicator or on a regressor', () => {
    const base = input();
    const noY = base.units.map((u) => (u.unitCode === code(4) ? { ...u, y: null } : u));
    expect(expectedValueModel({ ...base, units: noY }).refusal).toBe('home_missing');
    const noX = base.units.map((u) => (u.unitCode === code(4) ? { ...u, x: [null] } : u));
    expect(expectedValueModel({ ...base, units: noX })).toMatchObject({
      refusal: 'home_missing_regressor',
      refusalLabels: ['Andel 80+'],
    });
    expect(expectedValueModel(input({ homeIsKommun: false })).refusal).toBe('home_not_kommun');
  });

  it('when there are no or more than three regressors, or the indicator is Ja/Nej', () => {
    expect(expectedValueModel(input({ labels: [] })).refusal).toBe('no_regressors');
    expect(expectedValueModel(input({ labels: ['a', 'b', 'c', 'd'] })).refusal).toBe(
      'too_many_regressors',
    );
    expect(expectedValueModel(input({ kind: 'yesno' })).refusal).toBe('not_numeric');
  });

  it('when the indicator does not vary', () => {
    const base = input();
    const out = expectedValueModel({ ...base, units: base.units.map((u) => ({ ...u, y: 50 })) });
    expect(out.refusal).toBe('no_variation');
  });
});
