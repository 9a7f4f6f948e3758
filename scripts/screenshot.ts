/** `tsx scripts/screenshot.ts [out.png]`: the README screenshot, from the built web app in Chromium. */
import { AppShell } from '../test/e2e/page-models/app-shell';
import { startApp } from '../test/e2e/harness';

const out = process.argv[2] ?? 'docs/screenshot.png';
const app = await startApp();
try {
  await app.page.setViewportSize({ width: 1280, height: 1000 });
  const shell = new AppShell(app.page);
  await shell.open(app.server.url);
  await shell.openDemo();
  await app.page.getByTestId('heatmap').waitFor({ timeout: 60_000 });
  await app.page.screenshot({ path: out });
  console.log(`Skrev ${out}`);
} finally {
  await app.close();
}
