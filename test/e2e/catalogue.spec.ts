import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';

describe('Indikatorkatalog, bakgrundsmått and own variables in Chromium', () => {
  const fx = useApp({ demo: true });

  it('browses and searches the catalogue, bakgrundsmått apart', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/indikatorer');
    const table = page.getByTestId('catalogue');
    await table.waitFor({ timeout: 30_000 });
    // The demo: 4 areas × 5 years, 9–11 indicators and 3 bakgrundsmått each — all fit on one page.
    const [, shown, total] =
      /^Visar (\d+) av (\d+)$/.exec(
        (await page
          .getByRole('status')
          .filter({ hasText: /^Visar / })
          .textContent()) ?? '',
      ) ?? [];
    expect(Number(shown)).toBe(Number(total));
    expect(Number(total)).toBeGreaterThan(4 * 5 * (9 + 3));
    await page.getByLabel('Visa').selectOption('background');
    await page.getByLabel('Sök i titel, kod eller definition').fill('folkmängd');
    await page
      .getByRole('status')
      .filter({ hasText: /^Visar 20 av 20$/ })
      .waitFor(); // 4 areas × 5 years
    const titles = await table
      .locator('tbody th a, tbody th')
      .evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent ?? ''));
    expect(new Set(titles)).toEqual(new Set(['Folkmängd, antal invånare']));
    expect(await table.locator('tbody tr').first().textContent()).toContain(
      'Bakgrundsmått!D5:D316',
    );
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('corrects the direction of a series for every year, marked as corrected', async () => {
    const page = fx.app.page;
    await page.getByLabel('Visa').selectOption('indicators');
    await page.getByLabel('Sök i titel, kod eller definition').fill('EKB09');
    await page
      .getByRole('status')
      .filter({ hasText: /^Visar 4 av 4$/ })
      .waitFor(); // published 2020–2023
    const first = page.getByTestId('catalogue').locator('tbody tr').first();
    await first.getByRole('combobox', { name: /^Riktning för / }).selectOption('lower_better');
    // Marked with the pencil icon (SVG, no emoji) and the word.
    await page
      .getByTestId('catalogue')
      .locator('tbody tr', {
        has: page.locator('.tag:has(svg[data-icon="edit"])', { hasText: 'rättad' }),
      })
      .nth(3)
      .waitFor();
    const directions = await page
      .getByTestId('catalogue')
      .getByRole('combobox', { name: /^Riktning för / })
      .evaluateAll((s) => s.map((x) => (x as HTMLSelectElement).value));
    expect(directions).toEqual(['lower_better', 'lower_better', 'lower_better', 'lower_better']);
  });

  it('shows bakgrundsmått as context and keeps a note on the indicator view', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/omraden');
    await page.getByTestId('area-table').locator('tbody a').first().click();
    const context = page.getByTestId('background-context');
    await context.waitFor({ timeout: 30_000 });
    expect(await context.locator('tbody tr').count()).toBe(3);
    const notes = page.getByTestId('indicator-notes');
    await notes.getByLabel('Anteckning', { exact: true }).fill('Ny rutin införd 2023 (SN § 45).');
    await notes.getByRole('button', { name: 'Spara anteckningen' }).click();
    await notes.getByText('Ny rutin införd 2023 (SN § 45).').waitFor();
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('imports own variables and turns a grouping into a peer group', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/jamforelsegrupper');
    const section = page.getByTestId('unit-variables');
    await section.waitFor();
    const csv =
      'Kommunkod;Nätverk;Andel i glesbygd\n0125;FoU Nordväst;1,5\n0123;FoU Nordväst;0,5\n0191;FoU Nordväst;3\n0180;Storstad;0\n';
    // The app's own Swedish button, keyboard-operable; no native "Choose File" field on screen.
    expect(await section.locator('input[type="file"]:visible').count()).toBe(0);
    const button = section.getByRole('button', { name: 'Välj fil med egna variabler …' });
    const chooser = page.waitForEvent('filechooser');
    await button.press('Enter'); // focus and key in one step: the view moves focus to <main> as it opens
    await (
      await chooser
    ).setFiles({ name: 'natverk.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await section.getByRole('row', { name: /Nätverk/ }).waitFor();
    await section
      .getByRole('row', { name: /Nätverk/ })
      .getByRole('button', { name: 'Gör jämförelsegrupp av' })
      .click();
    await page.getByText('Kommuner (3 valda)').waitFor();
    const variables = page.getByLabel('Variabler', { exact: true });
    expect(await variables.locator('option').first().textContent()).toBe(
      'Egen variabel: Andel i glesbygd',
    );
    expect(
      await variables
        .locator('option', { hasText: 'Bakgrundsmått: Folkmängd, antal invånare' })
        .count(),
    ).toBeGreaterThan(0);
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('has a high-contrast theme that passes axe on the heatmap and is kept after a reload', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/oversikt');
    await page.getByLabel('Tema').selectOption('high-contrast');
    expect(await page.getAttribute('html', 'data-theme')).toBe('high-contrast');
    await page.getByTestId('heatmap').waitFor({ timeout: 30_000 });
    expect(await fx.shell.axeViolations()).toEqual([]);
    await page.reload();
    await fx.shell.waitForEngine();
    expect(await page.getAttribute('html', 'data-theme')).toBe('high-contrast');
    await page.getByLabel('Tema').selectOption('standard');
    expect(await page.getAttribute('html', 'data-theme')).toBe('standard');
  });

  it('made no request outside localhost and logged no errors', () => {
    expectNoRemoteRequests(fx.app.requests);
    expect(fx.app.errors).toEqual([]);
  });
});
