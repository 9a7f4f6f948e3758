/**
 * `npm start`: build, then launch Electron. When the Electron binary is not
 * installed (it is downloaded on first launch, which fails without GitHub —
 * see TECH-NOTES), say so and serve the web build on localhost instead.
 * `npm run web` (--web) goes straight to the web build.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveWebApp } from '../shared/platform/node/web-server';
import { electronBinary } from './electron-binary';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webOnly = process.argv.includes('--web');
const port = Number(process.env['PORT'] ?? 5180);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function serveWeb(reason: string | null): Promise<void> {
  if (reason) console.log(`\n${reason}\n`);
  const server = await serveWebApp(path.join(root, 'dist'), port).catch(() =>
    serveWebApp(path.join(root, 'dist'), 0),
  );
  console.log(`ÖJ-analys (webbversion) körs på ${server.url}  –  avsluta med Ctrl+C`);
  console.log(`ÖJ-analys (web build) is served at ${server.url}  –  stop with Ctrl+C`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
run(npm, ['run', '--silent', 'build:web']);
if (webOnly) {
  await serveWeb(null);
} else {
  run(npm, ['run', '--silent', 'build:electron']);
  const binary = electronBinary(root);
  if (!binary) {
    await serveWeb(
      'Electron-programfilen saknas (den laddas ner vid första start och kunde inte hämtas). ' +
        'Startar webbversionen i stället.\n' +
        'The Electron binary is missing (it is downloaded on first launch, which failed). ' +
        'Serving the web build instead.',
    );
  } else {
    const child = spawn(binary, [path.join(root, 'dist-electron', 'main.cjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
