import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';

describe('app shell in Chromium', () => {
  const fx = useApp();

  it('shows the Swedish shell with the navigation of DESIGN.md', async () => {
    expect(await fx.shell.navLinks().allTextContents()).toEqual([
      'Importera',
      'Översikt',
      'Områden',
      'Indikatorer',
      'Avvikare',
      'Enheter',
      'Jämförelsegrupper',
      'Anteckningar',
      'Utvecklingsområden',
      'Hjulet',
      'Rapport',
      'Presentation',
    ]);
    expect(await fx.shell.heading().textContent()).toBe('Översikt');
    expect(await fx.app.page.getAttribute('html', 'lang')).toBe('sv');
  });

  it('has a live engine: DuckDB version and row counts from a real query', async () => {
    expect(await fx.shell.statusText()).toMatch(
      /Databasmotor: duckdb-wasm \d+\.\d+\.\d+ \(DuckDB v\d+\.\d+\.\d+\)/,
    );
    // riket + 21 län + 290 kommuner, counted by SQL in the worker
    expect(await fx.shell.statusText()).toContain('312 enheter');
  });

  it('starts from the prebuilt empty workspace (fetched beside index.html, not built in the page)', async () => {
    expect(fx.app.requests.filter((url) => url.endsWith('/empty-workspace.duckdb'))).toHaveLength(
      1,
    );
    const from = await fx.app.page.evaluate(
      () => (performance.getEntriesByName('oj-engine:workspace')[0] as PerformanceMark).detail,
    );
    expect(from).toBe('prebuilt');
  });

  it('serves the app under a strict CSP (no unsafe-eval, no remote origin)', async () => {
    const response = await fx.app.page.request.get(fx.app.server.url);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'|https?:|\*/);
    const meta = await fx.app.page.getAttribute(
      'meta[http-equiv="Content-Security-Policy"]',
      'content',
    );
    expect(meta).toBe(csp);
  });

  it('loads without a failing request (the icon is bundled, no 404)', async () => {
    expect(fx.app.failedResponses).toEqual([]);
    expect(await fx.app.page.getAttribute('link[rel="icon"]', 'href')).toMatch(/\.png$/);
  });

  it('has no WCAG 2.1 AA violations (axe-core) on the empty shell', async () => {
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('is navigable by keyboard alone', async () => {
    await fx.app.page.keyboard.press('Tab');
    expect(await fx.shell.focusedText()).toBe('Hoppa till innehållet');
    // Tab through the toolbar to the first navigation link.
    for (let i = 0; i < 20 && (await fx.shell.focusedText()) !== 'Importera'; i++)
      await fx.app.page.keyboard.press('Tab');
    expect(await fx.shell.focusedText()).toBe('Importera');
    await fx.app.page.keyboard.press('Tab');
    await fx.app.page.keyboard.press('Tab');
    expect(await fx.shell.focusedText()).toBe('Områden');
    await fx.app.page.keyboard.press('Enter');
    await fx.app.page.waitForURL(/#\/omraden$/);
    await fx.app.page.getByRole('heading', { level: 1, name: 'Områden', exact: true }).waitFor();
    expect(await fx.app.page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(
      await fx.app.page
        .getByRole('link', { name: 'Områden', exact: true })
        .getAttribute('aria-current'),
    ).toBe('page');
  });

  it('switches to English and back', async () => {
    await fx.app.page.getByLabel('Språk').selectOption('en');
    expect(await fx.shell.navLinks().first().textContent()).toBe('Import');
    expect(await fx.app.page.getAttribute('html', 'lang')).toBe('en');
    await fx.app.page.getByLabel('Language').selectOption('sv');
    expect(await fx.shell.navLinks().first().textContent()).toBe('Importera');
  });

  it('made no request outside localhost and logged no errors', () => {
    expect(fx.app.requests.length).toBeGreaterThan(3);
    expectNoRemoteRequests(fx.app.requests);
    expect(fx.app.errors).toEqual([]);
  });
});
