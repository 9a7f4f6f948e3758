import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';

describe('Avvikare and Jämförelsegrupper in Chromium', () => {
  const fx = useApp({ demo: true });

  it('saves a named peer group (FoU Nordväst) and offers it in the översikt', async () => {
    await fx.app.page.goto(fx.app.server.url + '#/jamforelsegrupper');
    await fx.app.page.getByRole('button', { name: 'Fyll i FoU Nordväst (8 kommuner)' }).click();
    expect(await fx.app.page.getByText('Kommuner (8 valda)').isVisible()).toBe(true);
    await fx.app.page.getByRole('button', { name: 'Spara gruppen' }).click();
    const table = fx.app.page.getByTestId('peer-sets');
    await table.waitFor();
    expect(await table.locator('tbody tr').first().textContent()).toContain('FoU Nordväst');
    expect(await fx.shell.axeViolations()).toEqual([]);
    await fx.app.page.goto(fx.app.server.url + '#/oversikt');
    await fx.app.page.getByTestId('heatmap').waitFor();
    await fx.app.page
      .locator('select:has(option:text-is("FoU Nordväst"))')
      .selectOption({ label: 'FoU Nordväst' });
    await fx.app.page.getByText(/jämfört med FoU Nordväst, version \d+ \(\d+ kommuner\)/).waitFor();
  });

  it('shows the network summary: each member against the others, kommun × område', async () => {
    await fx.app.page.goto(fx.app.server.url + '#/jamforelsegrupper');
    await fx.app.page.getByRole('button', { name: 'Visa nätverkets sammanställning' }).click();
    const network = fx.app.page.getByTestId('network');
    await network.waitFor({ timeout: 30_000 });
    expect(await network.locator('tbody tr').count()).toBe(8);
    expect(await network.locator('tbody tr').first().locator('th').textContent()).toBe('Ekerö');
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('finds liknande kommuner on chosen variables and explains them', async () => {
    await fx.app.page.goto(fx.app.server.url + '#/jamforelsegrupper');
    const variables = fx.app.page.getByLabel('Variabler', { exact: true });
    await variables.waitFor();
    const options = await variables
      .locator('option')
      .evaluateAll((os) => os.slice(0, 2).map((o) => (o as HTMLOptionElement).value));
    await variables.selectOption(options);
    await fx.app.page.getByRole('button', { name: 'Hitta liknande' }).click();
    const similar = fx.app.page.getByTestId('similar');
    await similar.waitFor();
    expect(await similar.locator('tbody tr').count()).toBe(7);
  });

  it('shows one area as a sortable table with standing, median, trend and change', async () => {
    await fx.app.page.goto(fx.app.server.url + '#/omraden');
    const table = fx.app.page.getByTestId('area-table');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('tbody tr').count()).toBe(11); // Vård och omsorg om äldre has 11 indicators in 2024
    await table.getByRole('button', { name: 'Indikator' }).click();
    expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain('Indikator');
    expect(await table.locator('svg[role="img"]').first().getAttribute('aria-label')).toMatch(
      /^Hemkommunens värden 2020: /,
    );
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('opens an indicator: plotly trend and distribution, the same numbers as a table, lineage', async () => {
    const table = fx.app.page.getByTestId('area-table');
    await table.locator('tbody a').first().click();
    await fx.app.page.getByTestId('indicator-table').waitFor({ timeout: 30_000 });
    await fx.app.page.locator('.chart .main-svg').first().waitFor({ timeout: 30_000 });
    expect(await fx.app.page.locator('figure.chart-figure figcaption').count()).toBe(2);
    expect(
      await fx.app.page.getByTestId('indicator-table').locator('tbody tr').count(),
    ).toBeGreaterThanOrEqual(4);
    expect(
      await fx.app.page.getByRole('heading', { name: 'Indikatorns historik (serie)' }).isVisible(),
    ).toBe(true);
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('lists återkommande avvikare with a robustness verdict against other groups', async () => {
    await fx.app.page.goto(fx.app.server.url + '#/avvikare');
    await fx.app.page.getByRole('heading', { level: 1, name: 'Återkommande avvikare' }).waitFor();
    const table = fx.app.page.getByTestId('outliers');
    await table.waitFor({ timeout: 30_000 });
    // The verdict is the app's SVG icon (hidden from screen readers) beside its words, not a ✓/⚠ character.
    const verdict = table
      .locator('td span', { hasText: /^(Robust|Beror på jämförelsegrupp)$/ })
      .first();
    await verdict.waitFor({ timeout: 30_000 });
    expect(await verdict.locator('svg[aria-hidden="true"][data-icon]').count()).toBe(1);
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('made no request outside localhost and logged no errors', () => {
    expectNoRemoteRequests(fx.app.requests);
    expect(fx.app.errors).toEqual([]);
  });
});

describe('Rapport in Chromium', () => {
  const fx = useApp({ demo: true });

  it('keeps the förvaltning’s note and shows it in the report', async () => {
    await fx.app.page.goto(fx.app.server.url + '#/anteckningar');
    await fx.app.page
      .getByRole('heading', { level: 2, name: 'Ny anteckning' })
      .waitFor({ timeout: 30_000 });
    await fx.app.page
      .getByLabel('Anteckning', { exact: true })
      .fill('Det får vara rött – vi har valt att prioritera hemtjänsten.');
    await fx.app.page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await fx.app.page
      .getByTestId('notes')
      .getByText('vi har valt att prioritera hemtjänsten')
      .waitFor();
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('renders the Nämndrapport from data and exports its numbers as xlsx', async () => {
    await fx.app.page.goto(fx.app.server.url + '#/rapport');
    const report = fx.app.page.getByTestId('report');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.textContent()).toContain('inte ett absolut betyg');
    expect(await report.textContent()).toContain('Jämförelsegrupp:');
    expect(await report.textContent()).toContain('vi har valt att prioritera hemtjänsten');
    const download = fx.app.page.waitForEvent('download');
    await fx.app.page.getByRole('button', { name: 'Exportera siffrorna (Excel)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Namndrapport .+ \d{4}-\d{4}\.xlsx$/);
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('exports the report as PowerPoint and Word from the browser, offline', async () => {
    for (const [button, ext, part] of [
      ['Exportera bildspel (PowerPoint)', 'pptx', 'ppt/slides/slide1.xml'],
      ['Exportera dokument (Word)', 'docx', 'word/document.xml'],
    ] as const) {
      const download = fx.app.page.waitForEvent('download');
      await fx.app.page.getByRole('button', { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(
        new RegExp(`^Namndrapport .+ \\d{4}-\\d{4}\\.${ext}$`),
      );
      const bytes = readFileSync((await file.path())!);
      const xml = strFromU8(unzipSync(new Uint8Array(bytes))[part]!);
      expect(xml).toContain('Öppna jämförelser');
    }
  });

  it('presents the report slide by slide from the keyboard, with presenter notes', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/presentation');
    const outline = page.getByTestId('slide-outline');
    await outline.waitFor({ timeout: 30_000 });
    const titles = await outline.locator('li').allTextContents();
    const total = titles.length;
    // The presenter notes are in the presenter window (a popup in the web build), never on the projected screen.
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Öppna presentatörsfönstret' }).click();
    const presenter = await popup;
    await presenter
      .getByTestId('presenter-status')
      .filter({ hasText: `Bild 1 av ${total}` })
      .waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Starta presentationen' }).click();
    const stage = page.getByTestId('stage');
    await stage.waitFor();
    expect(await stage.getAttribute('aria-label')).toBe(`Presentation, bild 1 av ${total}`);
    await page.keyboard.press('ArrowRight');
    expect(await stage.getAttribute('aria-label')).toBe(`Presentation, bild 2 av ${total}`);
    expect(await stage.locator('h2').textContent()).toMatch(/^Metaanalys \d{4}: läge per område$/);
    expect(await stage.getByRole('button').count()).toBe(0);
    expect(await stage.textContent()).not.toContain('Jämförelsegrupp:');
    await presenter
      .getByTestId('presenter-status')
      .filter({ hasText: `Bild 2 av ${total}` })
      .waitFor();
    expect(await presenter.getByTestId('presenter-notes').textContent()).toContain(
      'Jämförelsegrupp:',
    );
    // The förvaltning's note saved above has its own slide.
    expect(titles).toContain('Förvaltningens kommentarer');
    await page.keyboard.press('End');
    expect(await stage.getAttribute('aria-label')).toBe(`Presentation, bild ${total} av ${total}`);
    expect(await stage.locator('h2').textContent()).toMatch(/^Källor/);
    expect(await fx.shell.axeViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await stage.waitFor({ state: 'detached' });
    await presenter.close();
  });

  it('made no request outside localhost', () => {
    expectNoRemoteRequests(fx.app.requests);
  });
});

describe('Report composer in Chromium', () => {
  const fx = useApp({ demo: true });

  it('pins an avvikare, adds the förvaltning’s text, reorders, and the report follows', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/avvikare');
    const table = page.getByTestId('outliers');
    await table.waitFor({ timeout: 30_000 });
    const title = (await table.locator('tbody tr').first().locator('th').textContent())!
      .replace(/^▼\s*/, '')
      .trim();
    await table
      .locator('tbody tr')
      .first()
      .getByRole('button', { name: /^Fäst i rapporten/ })
      .click();
    await page
      .getByText(/^✓? ?Fäst i "Nämndrapport .+"\.$/)
      .or(page.getByText(/Fäst i "Nämndrapport/))
      .first()
      .waitFor();
    await page.goto(fx.app.server.url + '#/rapport');
    const composer = page.getByTestId('composer');
    await composer.getByRole('list', { name: 'Delar i ordning' }).waitFor({ timeout: 30_000 });
    const parts = composer.getByRole('list', { name: 'Delar i ordning' }).locator('li');
    expect(await parts.count()).toBe(6); // the template's five parts + the pinned indicator
    // The part is named by its title once the labels are read ('…' until then, never the series id).
    await parts
      .last()
      .filter({ hasText: `Indikator: ${title}` })
      .waitFor();
    await composer
      .getByLabel('Rubrik eller text (t.ex. förvaltningens förklaring)')
      .fill('Vi har valt att prioritera hemtjänsten.');
    await composer.getByRole('button', { name: 'Lägg till som text' }).click();
    await parts.nth(6).waitFor();
    await composer.getByRole('button', { name: /^Flytta upp: Text: Vi har valt/ }).click();
    await parts
      .nth(5)
      .filter({ hasText: 'Text: Vi har valt att prioritera hemtjänsten.' })
      .waitFor();
    const report = page.getByTestId('report');
    await report.getByText('Vi har valt att prioritera hemtjänsten.').waitFor({ timeout: 30_000 });
    const text = (await report.textContent())!;
    expect(text.indexOf('Vi har valt att prioritera hemtjänsten.')).toBeLessThan(
      text.lastIndexOf(title),
    );
    expect(await fx.shell.axeViolations()).toEqual([]);
  });
});
