import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { expectNoRemoteRequests } from './network-guard';
import { AppShell } from './page-models/app-shell';

describe('app shell in Chromium', () => {
  let app: App;
  let shell: AppShell;
  beforeAll(async () => {
    app = await startApp();
    shell = new AppShell(app.page);
    await shell.open(app.server.url);
  });
  afterAll(async () => app?.close());

  it('shows the Swedish shell with the navigation of DESIGN.md', async () => {
    expect(await shell.navLinks().allTextContents()).toEqual([
      'Importera', 'Översikt', 'Områden', 'Avvikare', 'Jämförelsegrupper', 'Anteckningar', 'Rapport', 'Presentation',
    ]);
    expect(await shell.heading().textContent()).toBe('Översikt');
    expect(await app.page.getAttribute('html', 'lang')).toBe('sv');
  });

  it('has a live engine: DuckDB version and row counts from a real query', async () => {
    expect(await shell.statusText()).toMatch(/Databasmotor: duckdb-wasm \d+\.\d+\.\d+ \(DuckDB v\d+\.\d+\.\d+\)/);
    // riket + 21 län + 290 kommuner, counted by SQL in the worker
    expect(await shell.statusText()).toContain('312 enheter');
  });

  it('serves the app under a strict CSP (no unsafe-eval, no remote origin)', async () => {
    const response = await app.page.request.get(app.server.url);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'|https?:|\*/);
    const meta = await app.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(meta).toBe(csp);
  });

  it('has no WCAG 2.1 AA violations (axe-core) on the empty shell', async () => {
    expect(await shell.axeViolations()).toEqual([]);
  });

  it('is navigable by keyboard alone', async () => {
    await app.page.keyboard.press('Tab');
    expect(await shell.focusedText()).toBe('Hoppa till innehållet');
    // Tab through the toolbar to the first navigation link.
    for (let i = 0; i < 20 && (await shell.focusedText()) !== 'Importera'; i++) await app.page.keyboard.press('Tab');
    expect(await shell.focusedText()).toBe('Importera');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Tab');
    expect(await shell.focusedText()).toBe('Områden');
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(/#\/omraden$/);
    await app.page.getByRole('heading', { level: 1, name: 'Områden' }).waitFor();
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await app.page.getByRole('link', { name: 'Områden' }).getAttribute('aria-current')).toBe('page');
  });

  it('switches to English and back', async () => {
    await app.page.getByLabel('Språk').selectOption('en');
    expect(await shell.navLinks().first().textContent()).toBe('Import');
    expect(await app.page.getAttribute('html', 'lang')).toBe('en');
    await app.page.getByLabel('Language').selectOption('sv');
    expect(await shell.navLinks().first().textContent()).toBe('Importera');
  });

  it('made no request outside localhost and logged no errors', () => {
    expect(app.requests.length).toBeGreaterThan(3);
    expectNoRemoteRequests(app.requests);
    expect(app.errors).toEqual([]);
  });
});
