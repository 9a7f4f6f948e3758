/** Bundle Electron main and preload to CommonJS with esbuild (electron stays external). */
import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
} satisfies BuildOptions;

await build({
  ...common,
  entryPoints: [path.join(root, 'main/main.ts')],
  outfile: path.join(root, 'dist-electron/main.cjs'),
});
await build({
  ...common,
  entryPoints: [path.join(root, 'main/preload.ts')],
  outfile: path.join(root, 'dist-electron/preload.cjs'),
});
