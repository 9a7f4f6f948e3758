export { STANDING_SYMBOL } from '../model/standing';

export type Palette = 'default' | 'cvd' | 'grey';

// The colours of chart lines (hemkommun, median, riket) and of the metaanalys bars in every format are in chart-palette.ts.
/** Fills chosen for ≥ 4.5:1 contrast with dark text; the colour-blind-safe set is blue/orange (Okabe–Ito hues, lightened). */
export const PALETTES: Readonly<
  Record<Palette, Readonly<Record<'favourable' | 'middle' | 'unfavourable', string>>>
> = {
  default: { favourable: '#b7e1b0', middle: '#fbe7a1', unfavourable: '#f6b6b0' },
  cvd: { favourable: '#9ecae9', middle: '#e6e6e6', unfavourable: '#f5c58a' },
  grey: { favourable: '#f2f2f2', middle: '#c8c8c8', unfavourable: '#9a9a9a' },
};
