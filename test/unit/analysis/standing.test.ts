import { describe, expect, it } from 'vitest';
import { classifyStanding, ownTrend, type StandingInput } from '../../../shared/analysis/standing';

/** Count comparators worse/equal by hand, as the definition says. */
function input(home: number, others: number[], over: Partial<StandingInput> = {}): StandingInput {
  const direction = over.direction ?? 'higher_better';
  const worse = others.filter((o) => (direction === 'higher_better' ? o < home : o > home)).length;
  return {
    kind: 'percent',
    direction,
    homeStatus: 'ok',
    homeValue: home,
    n: others.length,
    worse,
    equal: others.filter((o) => o === home).length,
    officialClass: null,
    ...over,
  };
}

describe('standing against a comparison set (DESIGN.md, hand-computed)', () => {
  it('p = 4/6 (four of six comparators worse) is exactly 2/3 → favourable', () => {
    expect(classifyStanding(input(50, [10, 20, 30, 40, 60, 70]))).toEqual({
      standing: 'favourable',
      percentile: 4 / 6,
      reason: 'percentil 67',
    });
  });

  it('nobody worse → p = 0 → unfavourable', () => {
    expect(classifyStanding(input(50, [60, 70, 80, 90, 100])).standing).toBe('unfavourable');
  });

  it('ties count half: (1 worse + ½·2 equal) / 6 = 1/3 → middle, not unfavourable', () => {
    const r = classifyStanding(input(50, [50, 50, 40, 60, 70, 80]));
    expect(r.percentile).toBeCloseTo(1 / 3, 12);
    expect(r.standing).toBe('middle');
  });

  it('lower is better: all five comparators higher → favourable', () => {
    expect(
      classifyStanding(input(5, [10, 20, 30, 40, 50], { direction: 'lower_better' })).standing,
    ).toBe('favourable');
  });

  it('fewer than 5 comparable values → insufficient', () => {
    expect(classifyStanding(input(50, [10, 20, 30, 40]))).toMatchObject({
      standing: 'insufficient',
      reason: '4 jämförbara värden',
    });
  });

  it('own value suppressed or missing → missing, with the reason, never a rank', () => {
    expect(
      classifyStanding({ ...input(50, [1, 2, 3, 4, 5]), homeStatus: 'sekretess', homeValue: null }),
    ).toEqual({
      standing: 'missing',
      percentile: null,
      reason: 'sekretess',
    });
  });

  it('DESIGN’s order: fewer than 5 comparators is insufficient before no direction is asked (yes/no needs no comparators)', () => {
    expect(classifyStanding(input(50, [1, 2, 3], { direction: 'none' }))).toMatchObject({
      standing: 'insufficient',
      reason: '3 jämförbara värden',
    });
    expect(classifyStanding({ ...input(1, [1, 0]), kind: 'yesno' }).standing).toBe('favourable');
  });

  it('no direction → no_direction', () => {
    expect(classifyStanding(input(50, [1, 2, 3, 4, 5], { direction: 'none' })).standing).toBe(
      'no_direction',
    );
  });

  it('yes/no: the desired answer is favourable, the other unfavourable, whatever the others answered', () => {
    expect(classifyStanding({ ...input(1, []), kind: 'yesno' }).standing).toBe('favourable');
    expect(classifyStanding({ ...input(0, [1, 1, 1, 1, 1, 1]), kind: 'yesno' }).standing).toBe(
      'unfavourable',
    );
    expect(
      classifyStanding({ ...input(0, [], { direction: 'lower_better' }), kind: 'yesno' }).standing,
    ).toBe('favourable');
  });

  it('official colours and absolute thresholds', () => {
    expect(classifyStanding({ ...input(50, []), officialClass: 'rod' }, 'official').standing).toBe(
      'unfavourable',
    );
    expect(classifyStanding({ ...input(50, []), officialClass: null }, 'official').standing).toBe(
      'insufficient',
    );
    expect(classifyStanding({ ...input(85, []), threshold: 80 }, 'absolute').standing).toBe(
      'favourable',
    );
    expect(
      classifyStanding(
        { ...input(85, [], { direction: 'lower_better' }), threshold: 80 },
        'absolute',
      ).standing,
    ).toBe('unfavourable');
  });

  it('own trend against the mean of the previous 2–3 years', () => {
    expect(ownTrend('higher_better', 70, [60, 62, 64])).toBe('better'); // mean 62
    expect(ownTrend('lower_better', 70, [60, 62, 64])).toBe('worse');
    expect(ownTrend('higher_better', 62, [50, 60, 62, 64])).toBe('unchanged'); // last three: mean 62
    expect(ownTrend('higher_better', 70, [60])).toBeNull();
  });
});
