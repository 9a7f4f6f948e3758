/**
 * The reports' font: Liberation Sans, shipped in assets/fonts (SIL OFL 1.1),
 * so a report looks the same on every machine. shared/ cannot read files, so
 * each host loads the bytes (Node from disk, the renderer from its built
 * assets) and hands them to the writers; without them the writers still name
 * the font, and the reader's machine draws it or a font of the same widths.
 */
export const REPORT_FONT = 'Liberation Sans';

/** The CSS font stack: the bundled font first, then Arial (same widths), then any sans-serif. */
export const REPORT_FONT_STACK = `'${REPORT_FONT}', Arial, sans-serif`;

export type ReportFontFiles = Readonly<{
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}>;

/** The files in assets/fonts, by face. */
export const REPORT_FONT_FILES: Readonly<Record<keyof ReportFontFiles, string>> = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
};

function base64(bytes: Uint8Array): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out +=
      chars[(n >> 18) & 63]! +
      chars[(n >> 12) & 63]! +
      (b === undefined ? '=' : chars[(n >> 6) & 63]!) +
      (c === undefined ? '=' : chars[n & 63]!);
  }
  return out;
}

/**
 * @font-face rules with the font inline (data: URLs): the HTML printed to PDF
 * stays one self-contained file that loads nothing. Without files, none.
 */
export function fontFaceCss(fonts: ReportFontFiles | undefined): string {
  if (!fonts) return '';
  const face = (data: Uint8Array, weight: number, style: string) =>
    `@font-face { font-family: '${REPORT_FONT}'; src: url(data:font/ttf;base64,${base64(data)}) format('truetype'); font-weight: ${weight}; font-style: ${style}; }`;
  return [
    face(fonts.regular, 400, 'normal'),
    face(fonts.bold, 700, 'normal'),
    face(fonts.italic, 400, 'italic'),
  ].join('\n');
}
