import { PALETTES } from './standing-style';

/**
 * The colours of every chart line and mark, in the app and in every export
 * (PDF, PPTX, DOCX). One place, so the hemkommun is the same colour on the
 * screen and on the nämnd's paper (issue 17: it was orange in the app and
 * blue in the exports).
 *
 * The hemkommun is orange: it is the line the eye should find first, and
 * orange against the blue median stays apart for red-green colour blindness
 * (Okabe–Ito pair). Each series also has its own dash and marker, so no line
 * is told by colour alone.
 */
export const HOME_COLOUR = '#d35400';
export const MEDIAN_COLOUR = '#0b4f8a';
export const RIKET_COLOUR = '#6b6b6b';
/** Other kommuner in a distribution: grey, translucent, behind the rest. */
export const OTHERS_COLOUR = 'rgba(120,120,120,0.45)';
/** Headings and rules in the exports: the app's accent. */
export const ACCENT_COLOUR = '#0b4f8a';
export const INK_COLOUR = '#1b1f24';
export const MUTED_COLOUR = '#4a5560';
/** Table header band and lines, as on screen. */
export const BAND_COLOUR = '#f3f5f7';
export const LINE_COLOUR = '#c9d1d9';

/** The grey of the "utan läge" part of a metaanalys bar: indicators without ▲ ● ▼. */
export const WITHOUT_FILL = '#dde1e6';

/** The metaanalys bar's four parts, in the order they are stacked, in every format: ▲ ● ▼ (the standing fills) and utan läge. */
export const META_BAR_FILLS: Readonly<
  Record<'favourable' | 'middle' | 'unfavourable' | 'without', string>
> = { ...PALETTES.default, without: WITHOUT_FILL };

export type TrendSeries = 'home' | 'median' | 'riket';

/** Colour, dash (SVG dasharray, '' = solid) and marker of each trend line, the same in every format. */
export const TREND_STYLE: Readonly<
  Record<
    TrendSeries,
    Readonly<{
      colour: string;
      dash: string;
      marker: 'circle' | 'square' | 'diamond';
      width: number;
    }>
  >
> = {
  home: { colour: HOME_COLOUR, dash: '', marker: 'circle', width: 3 },
  median: { colour: MEDIAN_COLOUR, dash: '6 3', marker: 'square', width: 2 },
  riket: { colour: RIKET_COLOUR, dash: '2 3', marker: 'diamond', width: 2 },
};

/** "#d35400" → "D35400", as Office files write colours. */
export const officeHex = (colour: string): string => colour.replace('#', '').toUpperCase();
