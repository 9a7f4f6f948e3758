import { existsSync } from 'node:fs';
import { CHROMIUM, startApp } from '../e2e/harness';
import { AppShell } from '../e2e/page-models/app-shell';

export type ChromiumBench = Readonly<{
  /** Fresh browser profile each run: first contentful paint and the engine ready, ms from navigation. */
  coldStart: readonly Readonly<{ paintMs: number; engineReadyMs: number }>[];
  /** Opening the workspace file in the page (unzip + Arrow into duckdb-wasm in its worker). */
  openWorkspaceMs: number;
  /** Navigation to Översikt until the heatmap is on screen, the workspace loaded. */
  overviewFirstPaintMs: number;
  /** Changing the comparison group until the heatmap shows the new one (standings in the worker + render). */
  overviewSwitchMs: readonly number[];
}>;

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
export const summarize = (xs: readonly number[]) => ({ medianMs: Math.round(median(xs)), maxMs: Math.round(Math.max(...xs)) });

/**
 * The app in Debian's Chromium (playwright-core), served from `dist/`:
 * cold start, then the full corpus opened as a workspace and the Översikt
 * measured as a user meets it. Null when there is no Chromium.
 */
export async function benchChromium(workspace: Uint8Array, switches: number): Promise<ChromiumBench | null> {
  if (!existsSync(CHROMIUM)) return null;
  const coldStart: { paintMs: number; engineReadyMs: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const app = await startApp();
    try {
      await app.page.goto(app.server.url + '#/oversikt');
      await app.page.waitForSelector('[data-testid="engine-status"][data-phase="ready"]', { timeout: 90_000 });
      const [paintMs, engineReadyMs] = await app.page.evaluate(() => [
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        performance.now(),
      ]);
      coldStart.push({ paintMs: Math.round(paintMs!), engineReadyMs: Math.round(engineReadyMs!) });
    } finally {
      await app.close();
    }
  }

  const app = await startApp();
  try {
    const shell = new AppShell(app.page);
    await shell.open(app.server.url, '#/importera');
    const started = Date.now();
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: 'Öppna arbetsyta …' }).click();
    await (await chooser).setFiles({ name: 'bench.ojanalys', mimeType: 'application/zip', buffer: Buffer.from(workspace) });
    await app.page.getByTestId('message').filter({ hasText: 'Öppnade bench.ojanalys' }).waitFor({ timeout: 600_000 });
    const openWorkspaceMs = Date.now() - started;

    const navigated = Date.now();
    await app.page.goto(app.server.url + '#/oversikt');
    await app.page.getByTestId('heatmap').waitFor({ timeout: 600_000 });
    const overviewFirstPaintMs = Date.now() - navigated;

    const peers = app.page.locator('select:has(option[value="kommungrupp:2023"])');
    const caption = app.page.getByTestId('heatmap').locator('caption');
    const overviewSwitchMs: number[] = [];
    for (let i = 0; i < switches; i++) {
      const before = await caption.textContent();
      const t = Date.now();
      await peers.selectOption(i % 2 === 0 ? 'kommungrupp:2023' : 'all');
      await app.page.waitForFunction((prev) => document.querySelector('[data-testid="heatmap"] caption')?.textContent !== prev, before, { timeout: 600_000 });
      overviewSwitchMs.push(Date.now() - t);
    }
    return { coldStart, openWorkspaceMs, overviewFirstPaintMs, overviewSwitchMs };
  } finally {
    await app.close();
  }
}
