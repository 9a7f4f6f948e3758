import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';

/** Headline items and drill-down rows are links to the Indikator view; a drill-down takes focus (issue 17, item 6). */
describe('Översikt: links to the indicators and focus on the drill-down, in Chromium', () => {
  const fx = useApp({ demo: true });
  const page = () => fx.app.page;
  const drill = () => page().getByTestId('drill-down');

  it('opens the exempeldata on its own hemkommun, without asking', async () => {
    await page().getByTestId('heatmap').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page().getByTestId('heatmap').locator('caption').textContent(), {
        timeout: 30_000,
      })
      .toMatch(/^Göteborg jämfört med/);
    expect(await fx.shell.homeDialog().count()).toBe(0);
    expect(await page().getByTestId('home-question').count()).toBe(0);
  });

  it('moves focus to a drill-down when it opens, onto its heading, in view', async () => {
    const cell = page().getByRole('button', { name: /^Ekonomiskt bistånd 2024: / });
    await cell.focus();
    await page().keyboard.press('Enter');
    await drill().waitFor();
    const focus = await page().evaluate(() => {
      const active = document.activeElement;
      const section = document.querySelector('[data-testid="drill-down"]');
      const box = active?.getBoundingClientRect();
      return {
        inside: !!section && !!active && section.contains(active),
        tag: active?.tagName,
        text: active?.textContent,
        inView: !!box && box.top >= 0 && box.bottom <= window.innerHeight,
      };
    });
    expect(focus).toEqual({
      inside: true,
      tag: 'H2',
      text: 'Indikatorer i Ekonomiskt bistånd 2024',
      inView: true,
    });
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('gives focus back to the cell when the drill-down closes', async () => {
    await drill().getByRole('button', { name: 'Stäng' }).click();
    await drill().waitFor({ state: 'detached' });
    expect(
      await page().evaluate(() => document.activeElement?.classList.contains('heat-cell')),
    ).toBe(true);
    await page().keyboard.press('Enter');
    await drill().waitFor();
  });

  it('opens the Indikator view of a drill-down row by keyboard', async () => {
    const link = drill().locator('tbody tr').first().getByRole('link');
    const title = (await link.textContent()) ?? '';
    expect(title.length).toBeGreaterThan(0);
    expect(await link.getAttribute('href')).toMatch(/^#\/indikator\/ekonomiskt_bistand/);
    await link.focus();
    await page().keyboard.press('Enter');
    await page().getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
    await page().getByTestId('indicator-table').waitFor({ timeout: 30_000 });
  });

  it('opens the Indikator view of a headline item', async () => {
    await page().goto(fx.app.server.url + '#/oversikt');
    const link = page().getByTestId('headline-persistent').getByRole('link').first();
    await link.waitFor({ timeout: 60_000 });
    const title = (await link.textContent()) ?? '';
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#\/indikator\//);
    await link.click();
    await page().getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
    expect(new URL(page().url()).hash).toBe(href);
    await page().getByTestId('indicator-table').waitFor({ timeout: 30_000 });
  });

  it('shows no emoji as icons in any view (📌 is an empty box without an emoji font)', async () => {
    const indicatorUrl = page().url();
    const views = [
      'importera',
      'oversikt',
      'omraden',
      'indikatorer',
      'avvikare',
      'jamforelsegrupper',
      'anteckningar',
      'rapport',
    ];
    for (const url of [indicatorUrl, ...views.map((slug) => `${fx.app.server.url}#/${slug}`)]) {
      await page().goto(url);
      await page().getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
      await page().waitForTimeout(500); // let the view's queries fill it
      const emoji = await page().evaluate(
        () => document.body.innerText.match(/\p{Emoji_Presentation}/gu) ?? [],
      );
      expect({ url, emoji }).toEqual({ url, emoji: [] });
    }
    // The pin buttons carry the SVG pin beside their text.
    await page().goto(indicatorUrl);
    await page()
      .getByRole('button', { name: 'Fäst i rapporten' })
      .locator('svg[data-icon="pin"][aria-hidden="true"]')
      .waitFor({ timeout: 30_000 });
  });

  it('logged no errors', () => {
    expect(fx.app.errors).toEqual([]);
  });
});
