import type { OfficialClass } from '../model/observations';

/** A cell fill as SheetJS reports it: explicit RGB, or a theme / indexed colour with tint. */
export type FillColor = Readonly<{ rgb?: string; theme?: number; indexed?: number; tint?: number }>;

/** Excel's default Office theme (2013+), in the order fills index it (lt1, dk1, lt2, dk2, accent1–6). */
export const DEFAULT_THEME = [
  'FFFFFF',
  '000000',
  'E7E6E6',
  '44546A',
  '4472C4',
  'ED7D31',
  'A5A5A5',
  'FFC000',
  '5B9BD5',
  '70AD47',
] as const;

/** The legacy 64-colour palette that `indexed` refers to. */
const INDEXED = [
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '000000',
  'FFFFFF',
  'FF0000',
  '00FF00',
  '0000FF',
  'FFFF00',
  'FF00FF',
  '00FFFF',
  '800000',
  '008000',
  '000080',
  '808000',
  '800080',
  '008080',
  'C0C0C0',
  '808080',
  '9999FF',
  '993366',
  'FFFFCC',
  'CCFFFF',
  '660066',
  'FF8080',
  '0066CC',
  'CCCCFF',
  '000080',
  'FF00FF',
  'FFFF00',
  '00FFFF',
  '800080',
  '800000',
  '008080',
  '0000FF',
  '00CCFF',
  'CCFFFF',
  'CCFFCC',
  'FFFF99',
  '99CCFF',
  'FF99CC',
  'CC99FF',
  'FFCC99',
  '3366FF',
  '33CCCC',
  '99CC00',
  'FFCC00',
  'FF9900',
  'FF6600',
  '666699',
  '969696',
  '003366',
  '339966',
  '003300',
  '333300',
  '993300',
  '993366',
  '333399',
  '333333',
];

function applyTint(channel: number, tint: number): number {
  return Math.round(tint < 0 ? channel * (1 + tint) : channel + (255 - channel) * tint);
}

/** Resolve any fill to RGB hex (no alpha), or null when it names no colour. */
export function resolveFill(
  fill: FillColor,
  theme: readonly string[] = DEFAULT_THEME,
): string | null {
  let hex: string | undefined;
  if (fill.rgb) hex = fill.rgb.length === 8 ? fill.rgb.slice(2) : fill.rgb;
  else if (fill.theme !== undefined) hex = theme[fill.theme];
  else if (fill.indexed !== undefined) hex = INDEXED[fill.indexed];
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return null;
  const tint = fill.tint ?? 0;
  const channels = [0, 2, 4].map((i) => applyTint(parseInt(hex.slice(i, i + 2), 16), tint));
  return channels
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/**
 * Green / yellow / red by hue, for saturated enough fills. Decorative fills
 * (light blue header bands, beige, grey) are not a classification.
 */
export function classifyRgb(hex: string): OfficialClass | null {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const delta = max - min;
  if (delta < 0.12 || lightness < 0.12) return null;
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  if (saturation < 0.3) return null;
  let hue: number;
  if (max === r) hue = 60 * (((g - b) / delta) % 6);
  else if (max === g) hue = 60 * ((b - r) / delta + 2);
  else hue = 60 * ((r - g) / delta + 4);
  if (hue < 0) hue += 360;
  if (hue >= 330 || hue < 20) return 'rod';
  if (hue >= 38 && hue < 70) return 'gul';
  if (hue >= 75 && hue < 165) return 'gron';
  return null;
}

/** Per theme, each fill's class: a workbook's cells share a few style objects (their fills with them). */
const classByTheme = new WeakMap<readonly string[], WeakMap<FillColor, OfficialClass | null>>();

export function fillClass(
  fill: FillColor | null | undefined,
  theme: readonly string[] = DEFAULT_THEME,
): OfficialClass | null {
  if (!fill) return null;
  let known = classByTheme.get(theme);
  if (!known) classByTheme.set(theme, (known = new WeakMap()));
  let found = known.get(fill);
  if (found === undefined) {
    const rgb = resolveFill(fill, theme);
    found = rgb ? classifyRgb(rgb) : null;
    known.set(fill, found);
  }
  return found;
}

/** The words some files use in a "färg" column instead of fills. */
export function colourWordClass(text: string): OfficialClass | null {
  const t = text.trim().toLowerCase();
  if (/^(grön|gron|green|g)$/.test(t)) return 'gron';
  if (/^(gul|yellow|y)$/.test(t)) return 'gul';
  if (/^(röd|rod|red|r)$/.test(t)) return 'rod';
  return null;
}
