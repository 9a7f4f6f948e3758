/**
 * `tsx scripts/make-icon.ts`: the app icon (assets/icons/icon.png, 512×512),
 * drawn with the report's own PNG writer: three bars ▲ ● ▼ in the standing
 * fills on the app's blue. electron-builder derives .ico/.icns from it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PALETTES } from '../shared/charts/standing-style';
import { hexToRgb, Raster } from '../shared/report/png-chart';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const size = 512;
const icon = new Raster(size, size, hexToRgb('#0b4f8a'));
const bars = [
  { h: 300, fill: PALETTES.default.favourable },
  { h: 200, fill: PALETTES.default.middle },
  { h: 120, fill: PALETTES.default.unfavourable },
];
bars.forEach((b, i) => icon.rect(96 + i * 120, 416 - b.h, 88, b.h, hexToRgb(b.fill)));
icon.rect(72, 416, 368, 12, [255, 255, 255]);
mkdirSync(path.join(root, 'assets', 'icons'), { recursive: true });
writeFileSync(path.join(root, 'assets', 'icons', 'icon.png'), icon.toPng());
console.log('assets/icons/icon.png');
