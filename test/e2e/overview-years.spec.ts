import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';

/**
 * Issue 19 items 1 and 3 on Översikt, in Chromium on the demo workspace:
 * the headlines say which years each item compares (the demo's areas are
 * annual, so every item is "2024 jämfört med 2023").
 */
describe('Översikt: the years a headline compares', () => {
  const fx = useApp({ demo: true });
  const page = () => fx.app.page;

  it('each new red and each improvement names the years it compares; the heading names the year its items are from', async () => {
    await page().getByTestId('heatmap').waitFor({ timeout: 60_000 });
    for (const id of ['headline-new-reds', 'headline-improvements']) {
      const box = page().getByTestId(id);
      await box.locator('h3').waitFor({ timeout: 30_000 });
      const items = await box.locator('li').allTextContents();
      for (const item of items) expect(item).toMatch(/, 2024 jämfört med 2023\)$/);
      if (items.length > 0) expect(await box.locator('h3').textContent()).toMatch(/ 2024$/);
    }
    const all = await page()
      .locator('[data-testid="headline-new-reds"] li, [data-testid="headline-improvements"] li')
      .count();
    expect(all).toBeGreaterThan(0);
    expect(await fx.shell.axeViolations()).toEqual([]);
  });
});
