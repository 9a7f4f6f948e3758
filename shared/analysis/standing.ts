import type { Direction, IndicatorKind } from '../model/indicators';
import type { OfficialClass, Status } from '../model/observations';
import type { Standing } from '../model/standing';

/** GLOSSARY: läge — gynnsamt, mellan, ogynnsamt, otillräckligt underlag (+ saknas, ingen riktning). */
export { CLASSIFIED, type Standing } from '../model/standing';

export type ColourMode = 'relative' | 'official' | 'absolute';

/** Fewer comparable values than this → "otillräckligt underlag" (DESIGN.md). */
export const MIN_COMPARATORS = 5;

export type StandingInput = Readonly<{
  kind: IndicatorKind;
  direction: Direction;
  homeStatus: Status;
  homeValue: number | null;
  /** Comparators with an ok value (home excluded). */
  n: number;
  /** Comparators worse than home, by the indicator's direction. */
  worse: number;
  /** Comparators equal to home. */
  equal: number;
  officialClass: OfficialClass | null;
  threshold?: number | null;
}>;

export type StandingResult = Readonly<{
  standing: Standing;
  percentile: number | null;
  reason: string;
}>;

/**
 * DESIGN.md "Analysis, defined": p = (#worse + ½·#equal) / n over the
 * comparators with an ok value; p ≥ 2/3 favourable, p < 1/3 unfavourable.
 * A suppressed or missing own value is `missing` with its reason, never a rank.
 */
export function classifyStanding(
  input: StandingInput,
  mode: ColourMode = 'relative',
): StandingResult {
  if (input.homeStatus !== 'ok' || input.homeValue === null) {
    return { standing: 'missing', percentile: null, reason: input.homeStatus };
  }
  if (mode === 'official') {
    const byClass = { gron: 'favourable', gul: 'middle', rod: 'unfavourable' } as const;
    return input.officialClass
      ? {
          standing: byClass[input.officialClass],
          percentile: null,
          reason: 'Socialstyrelsens färg',
        }
      : { standing: 'insufficient', percentile: null, reason: 'ingen färg i filen' };
  }
  // DESIGN's order for a ranked value: missing, then n < 5, then no direction.
  const ranked = input.kind !== 'yesno' && mode === 'relative';
  if (ranked && input.n < MIN_COMPARATORS)
    return { standing: 'insufficient', percentile: null, reason: `${input.n} jämförbara värden` };
  if (input.direction === 'none')
    return { standing: 'no_direction', percentile: null, reason: 'riktning saknas' };
  if (input.kind === 'yesno') {
    const desired = input.direction === 'higher_better' ? 1 : 0;
    return {
      standing: input.homeValue === desired ? 'favourable' : 'unfavourable',
      percentile: null,
      reason: 'ja/nej: önskat svar',
    };
  }
  if (mode === 'absolute') {
    if (input.threshold === null || input.threshold === undefined)
      return { standing: 'insufficient', percentile: null, reason: 'inget gränsvärde satt' };
    const good =
      input.direction === 'higher_better'
        ? input.homeValue >= input.threshold
        : input.homeValue <= input.threshold;
    return {
      standing: good ? 'favourable' : 'unfavourable',
      percentile: null,
      reason: `gränsvärde ${input.threshold}`,
    };
  }
  const p = (input.worse + input.equal / 2) / input.n;
  const standing: Standing = p >= 2 / 3 ? 'favourable' : p < 1 / 3 ? 'unfavourable' : 'middle';
  return { standing, percentile: p, reason: `percentil ${Math.round(p * 100)}` };
}

export type Trend = 'better' | 'worse' | 'unchanged';

/** Own trend (KKiK-style): this year against the mean of the previous 2–3 years with a value. */
export function ownTrend(
  direction: Direction,
  current: number | null,
  previous: readonly number[],
): Trend | null {
  if (current === null || direction === 'none' || previous.length < 2) return null;
  const recent = previous.slice(-3);
  const mean = recent.reduce((a, b) => a + b, 0) / recent.length;
  if (current === mean) return 'unchanged';
  return current > mean === (direction === 'higher_better') ? 'better' : 'worse';
}
