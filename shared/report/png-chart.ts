import { zlibSync } from 'fflate';

/**
 * A tiny raster renderer (rectangles with fill patterns, written as PNG with
 * fflate): scripts/make-icon.ts draws the app icon with it. The report charts
 * no longer use it: the DOCX has native Word charts, the PDF SVG and the
 * PPTX native PowerPoint charts (issue 17).
 */
export type Rgb = readonly [number, number, number];
export type Pattern = 'solid' | 'hatch' | 'dots';

export class Raster {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb = [255, 255, 255],
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    this.rect(0, 0, width, height, background);
  }

  rect(
    x: number,
    y: number,
    w: number,
    h: number,
    colour: Rgb,
    pattern: Pattern = 'solid',
    ink: Rgb = [40, 40, 40],
  ): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let py = y0; py < y1; py++)
      for (let px = x0; px < x1; px++) {
        const marked =
          pattern === 'hatch'
            ? (px + py) % 8 === 0
            : pattern === 'dots'
              ? px % 6 === 0 && py % 6 === 0
              : false;
        const c = marked ? ink : colour;
        const i = (py * this.width + px) * 3;
        this.pixels[i] = c[0];
        this.pixels[i + 1] = c[1];
        this.pixels[i + 2] = c[2];
      }
  }

  outline(x: number, y: number, w: number, h: number, colour: Rgb): void {
    this.rect(x, y, w, 1, colour);
    this.rect(x, y + h - 1, w, 1, colour);
    this.rect(x, y, 1, h, colour);
    this.rect(x + w - 1, y, 1, h, colour);
  }

  /** PNG: 8-bit RGB, no interlace, one zlib stream (fflate). */
  toPng(): Uint8Array {
    const stride = this.width * 3 + 1;
    const raw = new Uint8Array(stride * this.height);
    for (let y = 0; y < this.height; y++)
      raw.set(this.pixels.subarray(y * this.width * 3, (y + 1) * this.width * 3), y * stride + 1); // filter 0
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, this.width);
    view.setUint32(4, this.height);
    header.set([8, 2, 0, 0, 0], 8);
    return concat([
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', zlibSync(raw, { level: 6 })),
      chunk('IEND', new Uint8Array(0)),
    ]);
  }
}

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Ogiltig färg: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
