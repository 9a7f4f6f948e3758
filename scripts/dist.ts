/**
 * `npm run dist`: installers for the current platform with electron-builder
 * (electron-builder.yml: NSIS per-user + MSI on Windows, dmg on macOS,
 * AppImage + deb on Linux) with the electron-builder pinned in devDependencies.
 * Needs the Electron binary (downloaded from GitHub on first launch); without
 * it, it says so.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (!electronBinary(root)) {
  console.error(
    'Installationsfiler kan inte byggas här: Electron-programmet saknas (det hämtas från GitHub vid första start, och GitHub nås inte).',
  );
  console.error(
    'Installers cannot be built here: the Electron binary is missing (it is downloaded from GitHub on first launch, which is unreachable).',
  );
  process.exit(2);
}
const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const builder = spawnSync(
  npx,
  ['--no-install', 'electron-builder', '--config', 'electron-builder.yml', '--publish', 'never'],
  { cwd: root, stdio: 'inherit' },
);
process.exit(builder.status ?? 1);
