import { describe, expect, it } from 'vitest';
import {
  changeSignificance,
  nearBoundary,
  percentileAmong,
  smallNumbers,
  tercile,
} from '../../../shared/analysis/uncertainty';

describe('små tal (n < 30 or KI half-width over 10 points)', () => {
  it('n = 24 is small; n = 30 is not', () => {
    expect(smallNumbers('percent', 24, null, null)).toEqual({
      small: true,
      reasons: [{ kind: 'n', n: 24 }],
    });
    expect(smallNumbers('percent', 30, null, null).small).toBe(false);
  });
  it('KI 40–62 is ±11 procentenheter → small; 40–60 is exactly ±10 → not small', () => {
    expect(smallNumbers('percent', 100, 40, 62)).toEqual({
      small: true,
      reasons: [{ kind: 'ci', halfWidth: 11 }],
    });
    expect(smallNumbers('percent', 100, 40, 60).small).toBe(false);
  });
  it('the KI rule is for shares; nothing published says nothing', () => {
    expect(smallNumbers('count', 100, 0, 50).small).toBe(false);
    expect(smallNumbers('percent', null, null, null)).toEqual({ small: false, reasons: [] });
  });
});

describe('nära gränsen', () => {
  it('without KI: one rank away changes the tercile — 2 of 6 worse, p = 1/3 (mellan); 1/6 would be ogynnsamt', () => {
    expect(nearBoundary({ n: 6, worse: 2, equal: 0 })).toEqual({
      near: true,
      reason: { via: 'rank', other: 'unfavourable' },
    });
  });
  it('without KI: 4 of 9 worse, p = 4/9; 3/9 and 5/9 are both mellan → not near', () => {
    expect(nearBoundary({ n: 9, worse: 4, equal: 0 })).toEqual({ near: false, reason: null });
  });
  it('with KI: 45 among 10…60 is p = 4/6 (gynnsamt); at the KI’s low end 38 p = 3/6 (mellan) → near', () => {
    const comparators = [10, 20, 30, 40, 50, 60];
    expect(tercile(percentileAmong(45, comparators, 'higher_better'))).toBe('favourable');
    expect(
      nearBoundary({
        n: 6,
        worse: 4,
        equal: 0,
        atLow: { worse: 3, equal: 0 },
        atHigh: { worse: 5, equal: 0 },
      }),
    ).toEqual({ near: true, reason: { via: 'ci', other: 'middle' } });
    // KI 44–46: four worse at both ends → stays gynnsamt
    expect(
      nearBoundary({
        n: 6,
        worse: 4,
        equal: 0,
        atLow: { worse: 4, equal: 0 },
        atHigh: { worse: 4, equal: 0 },
      }).near,
    ).toBe(false);
  });
});

describe('change significance', () => {
  it('two proportions from n: 50 % → 65 %, n = 100 each: pooled 0.575, se 0.06991, z = 2.146 → significant', () => {
    const r = changeSignificance(
      'percent',
      { value: 50, n: 100, ciLow: null, ciHigh: null },
      { value: 65, n: 100, ciLow: null, ciHigh: null },
    );
    expect(r.method).toBe('n');
    expect(r.significant).toBe(true);
    expect(r.z).toBeCloseTo(0.15 / Math.sqrt(0.575 * 0.425 * 0.02), 10);
    expect(r.z).toBeCloseTo(2.1456, 3);
  });
  it('50 % → 60 %, n = 50 each: z = 1.005 → not significant', () => {
    // pooled 0.55, se = √(0.55·0.45·0.04) = 0.09950, z = 0.1 / 0.0995 = 1.005
    expect(
      changeSignificance(
        'percent',
        { value: 50, n: 50, ciLow: null, ciHigh: null },
        { value: 60, n: 50, ciLow: null, ciHigh: null },
      ),
    ).toMatchObject({ significant: false, method: 'n' });
  });
  it('from KI when no n: 45–55 and 56–64 do not overlap → significant; 45–55 and 54–66 overlap → not', () => {
    expect(
      changeSignificance(
        'index',
        { value: 50, n: null, ciLow: 45, ciHigh: 55 },
        { value: 60, n: null, ciLow: 56, ciHigh: 64 },
      ),
    ).toEqual({ significant: true, method: 'ki', z: null });
    expect(
      changeSignificance(
        'index',
        { value: 50, n: null, ciLow: 45, ciHigh: 55 },
        { value: 60, n: null, ciLow: 54, ciHigh: 66 },
      ),
    ).toEqual({ significant: false, method: 'ki', z: null });
  });
  it('neither n nor KI → unknown', () => {
    expect(
      changeSignificance(
        'percent',
        { value: 50, n: null, ciLow: null, ciHigh: null },
        { value: 60, n: 80, ciLow: null, ciHigh: null },
      ),
    ).toEqual({ significant: null, method: null, z: null });
  });
});
