/**
 * Where a unit stands on an indicator (DESIGN.md "Standing"): the words every
 * layer shares. How a standing is computed is analysis/standing.ts.
 */
export type Standing =
  'favourable' | 'middle' | 'unfavourable' | 'insufficient' | 'missing' | 'no_direction';

/** The three standings that place a unit; the others say why it is not placed. */
export const CLASSIFIED: readonly Standing[] = ['favourable', 'middle', 'unfavourable'];

/** Status is never colour alone: every standing has a shape and a letter too. */
export const STANDING_SYMBOL: Readonly<Record<Standing, string>> = {
  favourable: '▲',
  middle: '●',
  unfavourable: '▼',
  insufficient: '◌',
  missing: '–',
  no_direction: '○',
};
