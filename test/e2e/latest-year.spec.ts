import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';

/**
 * Issue 19 items 1 and 3 in Chromium, on the demo workspace: Område states
 * each row's own year and what its change compares with, names the series
 * the area's latest publication no longer has (äldreomsorg: one series last
 * published 2022) instead of showing it as latest, and stays axe clean.
 */
describe('per-series latest year on Område', () => {
  const fx = useApp({ demo: true });

  it('says which years each row shows and compares, and names a dropped series', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/omraden');
    const table = page.getByTestId('area-table');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('tbody tr').count()).toBe(11); // the 2024 publication's 11 series
    const first = await table.locator('tbody tr').first().textContent();
    expect(first).toContain('(2024)');
    expect(first).toContain('2024 jämfört med 2023');
    expect(await page.getByTestId('area-dropped').textContent()).toMatch(
      /^Finns inte längre i områdets senaste publicering \(2024\): .+ \(2022\)\.$/,
    );
    expect(
      await page
        .getByText(/Varje indikator visas med sitt senaste publicerade år \(2024\)/)
        .count(),
    ).toBe(1);
    expect(await fx.shell.axeViolations()).toEqual([]);
  });
});
