/** The symbols and fills live in shared/ so reports (PPTX, DOCX, PDF) use the very same ones as the screen. */
export { PALETTES, STANDING_SYMBOL, type Palette } from '../../shared/charts/standing-style';
