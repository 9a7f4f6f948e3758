import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';

describe('"Behöver riktning" on Översikt and in the catalogue, in Chromium', () => {
  const fx = useApp({ demo: true });

  it('asks once per series with no direction, by keyboard, and the series leaves the list', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/oversikt');
    const list = page.getByTestId('direction-needed');
    await list.waitFor({ timeout: 30_000 });
    const heading = list.getByRole('heading', { level: 2 });
    const before = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1]);
    expect(before).toBeGreaterThan(0);
    const group = list.getByRole('group', {
      name: 'Riktning för Hembesök vid nyansökan, andel (%)',
    });
    await group.waitFor();
    // Status in words, not colour: the three choices are named buttons.
    expect(await group.getByRole('button').allTextContents()).toEqual([
      'Högt värde är bra',
      'Lågt värde är bra',
      'Ingen riktning',
    ]);
    expect(await fx.shell.axeViolations()).toEqual([]);
    await group.getByRole('button', { name: 'Lågt värde är bra' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByText('Riktningen för "Hembesök vid nyansökan, andel (%)" är sparad: Lågt värde är bra.')
      .waitFor();
    await group.waitFor({ state: 'detached' });
    // Focus stays in the list for the next choice.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    if (before > 1) expect(await heading.textContent()).toContain(`(${before - 1})`);

    // The catalogue shows the same list, without the series just decided, and the choice on every year.
    await page.goto(fx.app.server.url + '#/indikatorer');
    await page.getByTestId('catalogue').waitFor({ timeout: 30_000 });
    if (before > 1)
      expect(
        await page
          .getByTestId('direction-needed')
          .getByRole('group', { name: 'Riktning för Hembesök vid nyansökan, andel (%)' })
          .count(),
      ).toBe(0);
    await page.getByLabel('Sök i titel, kod eller definition').fill('EKB09');
    await page
      .getByRole('status')
      .filter({ hasText: /^Visar 4 av 4$/ })
      .waitFor();
    const directions = await page
      .getByTestId('catalogue')
      .getByRole('combobox', { name: /^Riktning för / })
      .evaluateAll((s) => s.map((x) => (x as HTMLSelectElement).value));
    expect(directions).toEqual(['lower_better', 'lower_better', 'lower_better', 'lower_better']);
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('keeps a hemkommun chosen just before a change of data (the waiting choice is written before the views re-read)', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/oversikt');
    const list = page.getByTestId('direction-needed');
    await list.waitFor({ timeout: 30_000 });
    const home = page.locator('select:has(option[value="0180"])');
    const other = (await home.inputValue()) === '0180' ? '1480' : '0180';
    // A new hemkommun, then at once a change of data (a direction saved): the views re-read the
    // saved choice at the new revision, before the choice's own write was due.
    await home.selectOption(other);
    await list
      .getByRole('group')
      .first()
      .getByRole('button', { name: 'Högt värde är bra' })
      .click();
    await page.getByText(/^Riktningen för .* är sparad: Högt värde är bra\.$/).waitFor();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="heatmap"]')?.getAttribute('aria-busy') === 'false',
    );
    // Past the write's delay and the re-read: the choice has not gone back.
    await page.waitForTimeout(1_000);
    expect(await home.inputValue()).toBe(other);
  });
});
