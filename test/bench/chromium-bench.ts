import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { serveWebApp } from '../../shared/platform/node/web-server';
import { CHROMIUM, CHROMIUM_ARGS, startApp } from '../e2e/harness';
import { AppShell } from '../e2e/page-models/app-shell';

/** ms from navigation: first contentful paint, the engine's start-up phases (performance marks) and ready. */
export type StartTiming = Readonly<{
  paintMs: number;
  engineStartMs: number;
  instantiatedMs: number;
  connectedMs: number;
  /** Schema and reference units in place (a new, empty workspace). */
  workspaceMs: number;
  /** The first frame after the status bar says the engine is ready (the page's own mark). */
  engineReadyMs: number;
  /** When Playwright saw it: the above plus the harness's polling and round trip. */
  seenByHarnessMs: number;
}>;

export type ChromiumBench = Readonly<{
  /** Fresh browser profile each run. */
  coldStart: readonly StartTiming[];
  /** The same browser profile started again: the wasm module comes from the HTTP cache (and V8's code cache). */
  warmStart: readonly StartTiming[];
  /**
   * Opening the workspace in the page: from the file's bytes in hand (after the host read it) to the
   * new engine adopted, with its phases. Playwright's own transfer of the file into the page (several
   * seconds for 46 MB over the DevTools protocol) is not the app's and is left out.
   */
  openWorkspace: Readonly<{
    totalMs: number;
    engineMs: number;
    unzipMs: number;
    loadMs: number;
    finishMs: number;
  }>;
  /** Navigation to Översikt until the heatmap is on screen, the workspace loaded. */
  overviewFirstPaintMs: number;
  /** Another hemkommun, never shown before, until the heatmap shows it (standings in the worker + render). */
  overviewNewChoiceMs: readonly number[];
  /**
   * The same clicks timed inside the page: from the select's change event to the first frame after
   * the new result is in the DOM. The times above also hold Playwright's own round trips (the
   * selectOption's checks, the polling), which are the harness's, not the app's.
   */
  overviewNewChoiceInPageMs: readonly number[];
  /** Back to a hemkommun shown a moment ago (the standings cache answers). */
  overviewRevisitMs: readonly number[];
  overviewRevisitInPageMs: readonly number[];
  /** All kommuner → kommungrupp (not computed before), then back to all kommuner (cached). */
  overviewGroupSwitchMs: readonly number[];
  /**
   * The standings index (issue 21 item 1) built in the background after the workspace opened:
   * from its start to ready. The new-hemkommun clicks are timed after it.
   */
  standingsIndexMs: number;
}>;

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
/** Large and small kommuner across the country, none of them the first one shown (the first in Swedish order). */
const HOMES = ['0180', '1480', '1280', '0380', '2480', '0580', '1880', '2580', '0114', '2523'];

export const summarize = (xs: readonly number[]) => ({
  medianMs: Math.round(median(xs)),
  maxMs: Math.round(Math.max(...xs)),
});

/**
 * The app in Debian's Chromium (playwright-core), served from `dist/`:
 * cold start, then the full corpus opened as a workspace and the Översikt
 * measured as a user meets it. Null when there is no Chromium.
 */
async function startTiming(page: Page, url: string): Promise<StartTiming> {
  await page.goto(url);
  await page.waitForSelector('[data-testid="engine-status"][data-phase="ready"]', {
    timeout: 90_000,
  });
  const seen = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => performance.getEntriesByName('oj-engine:ready').length > 0);
  // No named helpers inside evaluate: tsx would wrap them in __name(), which does not exist in the page.
  const t = await page.evaluate(() =>
    Object.fromEntries(
      [
        'first-contentful-paint',
        'oj-engine:start',
        'oj-engine:instantiated',
        'oj-engine:connected',
        'oj-engine:workspace',
        'oj-engine:ready',
      ].map(
        (name) => [name, performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN] as const,
      ),
    ),
  );
  const timing = {
    paintMs: t['first-contentful-paint']!,
    engineStartMs: t['oj-engine:start']!,
    instantiatedMs: t['oj-engine:instantiated']!,
    connectedMs: t['oj-engine:connected']!,
    workspaceMs: t['oj-engine:workspace']!,
    engineReadyMs: t['oj-engine:ready']!,
    seenByHarnessMs: seen,
  };
  return Object.fromEntries(
    Object.entries(timing).map(([k, v]) => [k, Math.round(v)]),
  ) as StartTiming;
}

export async function benchChromium(
  workspace: Uint8Array,
  switches: number,
  options: { startup?: boolean } = {},
): Promise<ChromiumBench | null> {
  if (!existsSync(CHROMIUM)) return null;
  const startup = options.startup ?? true;
  const coldStart: StartTiming[] = [];
  for (let i = 0; i < (startup ? 3 : 0); i++) {
    const app = await startApp();
    try {
      coldStart.push(await startTiming(app.page, app.server.url + '#/oversikt'));
    } finally {
      await app.close();
    }
  }

  // Warm: one profile, the app opened four times; the last three are what a user sees from the second start on.
  // Its own context, because request routing (the e2e network guard) turns Chromium's HTTP cache off.
  const warmStart: StartTiming[] = [];
  const server = await serveWebApp(new URL('../../dist', import.meta.url).pathname);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext();
    for (let i = 0; i < (startup ? 4 : 0); i++) {
      const page = await context.newPage();
      const timing = await startTiming(page, server.url + '#/oversikt');
      if (i > 0) warmStart.push(timing);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const app = await startApp();
  try {
    const shell = new AppShell(app.page);
    await shell.open(app.server.url, '#/importera');
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: 'Öppna arbetsyta …' }).click();
    // From a file on disk: Chromium reads it itself. As a buffer, Playwright sends it over the
    // DevTools protocol, which timed out after 30 s for the 46 MB workspace.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'oj-bench-')), 'bench.ojanalys');
    writeFileSync(file, workspace);
    await (await chooser).setFiles(file);
    await app.page
      .getByTestId('message')
      .filter({ hasText: 'Öppnade bench.ojanalys' })
      .waitFor({ timeout: 600_000 });
    const marks = await app.page.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
      ),
    );
    const at = (name: string) => marks[name] ?? Number.NaN;
    const openWorkspace = {
      totalMs: Math.round(at('oj-engine:adopted') - at('oj-open:picked')),
      engineMs: Math.round(at('oj-open:engine') - at('oj-open:picked')),
      // Unpacking runs while the engine starts (both from the file in hand); loading waits for both.
      unzipMs: Math.round(at('oj-open:unzipped') - at('oj-open:picked')),
      loadMs: Math.round(
        at('oj-open:loaded') - Math.max(at('oj-open:engine'), at('oj-open:unzipped')),
      ),
      finishMs: Math.round(at('oj-engine:adopted') - at('oj-open:loaded')),
    };

    const navigated = Date.now();
    await app.page.goto(app.server.url + '#/oversikt');
    // A workspace without a saved hemkommun asks for one first: answer with the first in Swedish order
    // (none of HOMES), as a user would.
    const heatmap = app.page.getByTestId('heatmap');
    const shown = (l: Locator) => l.waitFor({ timeout: 600_000 }).catch(() => undefined);
    await Promise.race([shown(heatmap), shown(shell.homeDialog())]);
    if (await shell.homeDialog().isVisible()) await shell.answerHomeQuestion('Ale');
    await heatmap.waitFor({ timeout: 600_000 });
    const overviewFirstPaintMs = Date.now() - navigated;

    const caption = app.page.getByTestId('heatmap').locator('caption');
    const choose = async (
      select: Locator,
      value: string,
    ): Promise<{ roundTripMs: number; inPageMs: number }> => {
      const before = await caption.textContent();
      // In the page: the change event's time, and the first frame after the heatmap shows the new
      // result (its caption names hemkommun and group; aria-busy drops when it is on screen). As
      // source text: tsx would wrap functions passed to evaluate in its own __name helper.
      await app.page.evaluate(`(() => {
        const prev = ${JSON.stringify(before)};
        delete window.__ojChange;
        delete window.__ojDone;
        document.addEventListener('change', () => { window.__ojChange ??= performance.now(); },
          { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const table = document.querySelector('[data-testid="heatmap"]');
          if (window.__ojChange !== undefined &&
              table?.querySelector('caption')?.textContent !== prev &&
              table?.getAttribute('aria-busy') === 'false') {
            observer.disconnect();
            requestAnimationFrame(() => { window.__ojDone ??= performance.now(); });
          }
        });
        observer.observe(document.body,
          { subtree: true, childList: true, characterData: true, attributes: true });
      })()`);
      const t = Date.now();
      await select.selectOption(value);
      await app.page.waitForFunction(
        (prev) => {
          const table = document.querySelector('[data-testid="heatmap"]');
          return (
            table?.querySelector('caption')?.textContent !== prev &&
            table?.getAttribute('aria-busy') === 'false'
          );
        },
        before,
        { timeout: 600_000 },
      );
      const roundTripMs = Date.now() - t;
      const inPageMs = await app.page.evaluate<number>(`new Promise((resolve) => {
        const poll = () => window.__ojDone !== undefined && window.__ojChange !== undefined
          ? resolve(Math.round(window.__ojDone - window.__ojChange))
          : requestAnimationFrame(poll);
        poll();
      })`);
      return { roundTripMs, inPageMs };
    };
    // The first standings after opening start the index's build in the background (the reference
    // answers meanwhile): wait for it, so the clicks below measure the lookup.
    await app.page.waitForFunction(
      () => performance.getEntriesByName('oj-standings:index-ready').length > 0,
      undefined,
      { timeout: 600_000 },
    );
    const standingsIndexMs = await app.page.evaluate(() => {
      const start = performance.getEntriesByName('oj-standings:build-start').at(-1)?.startTime;
      const ready = performance.getEntriesByName('oj-standings:index-ready').at(-1)?.startTime;
      return Math.round((ready ?? Number.NaN) - (start ?? Number.NaN));
    });
    const homeSelect = app.page.locator('select:has(option[value="0180"])');
    const peersSelect = app.page.locator('select:has(option[value="kommungrupp:2023"])');
    // A kommun not shown before: computed from scratch every time.
    const newChoice = [];
    for (const code of HOMES.slice(0, switches)) newChoice.push(await choose(homeSelect, code));
    // Back and forth between the last two: answered by the standings cache.
    const revisit = [];
    for (let i = 0; i < switches; i++)
      revisit.push(await choose(homeSelect, HOMES[switches - 2 + (i % 2)]!));
    // A comparison group not used before, then back to the one before.
    const overviewGroupSwitchMs = [
      (await choose(peersSelect, 'kommungrupp:2023')).roundTripMs,
      (await choose(peersSelect, 'all')).roundTripMs,
    ];
    const overviewNewChoiceMs = newChoice.map((c) => c.roundTripMs);
    const overviewNewChoiceInPageMs = newChoice.map((c) => c.inPageMs);
    const overviewRevisitMs = revisit.map((c) => c.roundTripMs);
    const overviewRevisitInPageMs = revisit.map((c) => c.inPageMs);
    return {
      coldStart,
      warmStart,
      openWorkspace,
      overviewFirstPaintMs,
      overviewNewChoiceMs,
      overviewNewChoiceInPageMs,
      overviewRevisitMs,
      overviewRevisitInPageMs,
      overviewGroupSwitchMs,
      standingsIndexMs,
    };
  } catch (error) {
    // What the page showed when a step did not come, for whoever reads the log.
    await app.page
      .screenshot({ path: 'bench/results/chromium-failure.png' })
      .catch(() => undefined);
    throw error;
  } finally {
    await app.close();
  }
}
