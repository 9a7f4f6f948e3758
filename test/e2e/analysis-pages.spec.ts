import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { expectNoRemoteRequests } from './network-guard';
import { AppShell } from './page-models/app-shell';

describe('Avvikare and Jämförelsegrupper in Chromium', () => {
  let app: App;
  let shell: AppShell;
  beforeAll(async () => {
    app = await startApp();
    shell = new AppShell(app.page);
    await shell.open(app.server.url);
    await shell.openDemo();
  });
  afterAll(async () => app?.close());

  it('saves a named peer group (FoU Nordväst) and offers it in the översikt', async () => {
    await app.page.goto(app.server.url + '#/jamforelsegrupper');
    await app.page.getByRole('button', { name: 'Fyll i FoU Nordväst (8 kommuner)' }).click();
    expect(await app.page.getByText('Kommuner (8 valda)').isVisible()).toBe(true);
    await app.page.getByRole('button', { name: 'Spara gruppen' }).click();
    const table = app.page.getByTestId('peer-sets');
    await table.waitFor();
    expect(await table.locator('tbody tr').first().textContent()).toContain('FoU Nordväst');
    expect(await shell.axeViolations()).toEqual([]);
    await app.page.goto(app.server.url + '#/oversikt');
    await app.page.getByTestId('heatmap').waitFor();
    await app.page.locator('select:has(option:text-is("FoU Nordväst"))').selectOption({ label: 'FoU Nordväst' });
    await app.page.getByText(/jämfört med fou nordväst \(\d+ kommuner\)/).waitFor();
  });

  it('finds liknande kommuner on chosen variables and explains them', async () => {
    await app.page.goto(app.server.url + '#/jamforelsegrupper');
    const variables = app.page.getByLabel('Variabler');
    await variables.waitFor();
    const options = await variables.locator('option').evaluateAll((os) => os.slice(0, 2).map((o) => (o as HTMLOptionElement).value));
    await variables.selectOption(options);
    await app.page.getByRole('button', { name: 'Hitta liknande' }).click();
    const similar = app.page.getByTestId('similar');
    await similar.waitFor();
    expect(await similar.locator('tbody tr').count()).toBe(7);
  });

  it('shows one area as a sortable table with standing, median, trend and change', async () => {
    await app.page.goto(app.server.url + '#/omraden');
    const table = app.page.getByTestId('area-table');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('tbody tr').count()).toBe(11); // Vård och omsorg om äldre has 11 indicators in 2024
    await table.getByRole('button', { name: 'Indikator' }).click();
    expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain('Indikator');
    expect(await table.locator('svg[role="img"]').first().getAttribute('aria-label')).toMatch(/^Hemkommunens värden 2020: /);
    expect(await shell.axeViolations()).toEqual([]);
  });

  it('opens an indicator: plotly trend and distribution, the same numbers as a table, lineage', async () => {
    const table = app.page.getByTestId('area-table');
    await table.locator('tbody a').first().click();
    await app.page.getByTestId('indicator-table').waitFor({ timeout: 30_000 });
    await app.page.locator('.chart .main-svg').first().waitFor({ timeout: 30_000 });
    expect(await app.page.locator('figure.chart-figure figcaption').count()).toBe(2);
    expect(await app.page.getByTestId('indicator-table').locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await app.page.getByRole('heading', { name: 'Indikatorns historik (serie)' }).isVisible()).toBe(true);
    expect(await shell.axeViolations()).toEqual([]);
  });

  it('lists återkommande avvikare with a robustness verdict against other groups', async () => {
    await app.page.goto(app.server.url + '#/avvikare');
    await app.page.getByRole('heading', { level: 1, name: 'Återkommande avvikare' }).waitFor();
    const table = app.page.getByTestId('outliers');
    await table.waitFor({ timeout: 30_000 });
    await app.page.getByText(/^(✓ Robust|⚠ Beror på jämförelsegrupp)$/).first().waitFor({ timeout: 30_000 });
    expect(await shell.axeViolations()).toEqual([]);
  });

  it('made no request outside localhost and logged no errors', () => {
    expectNoRemoteRequests(app.requests);
    expect(app.errors).toEqual([]);
  });
});

describe('Rapport in Chromium', () => {
  let app: App;
  let shell: AppShell;
  beforeAll(async () => {
    app = await startApp();
    shell = new AppShell(app.page);
    await shell.open(app.server.url);
    await shell.openDemo();
  });
  afterAll(async () => app?.close());

  it('keeps the förvaltning’s note and shows it in the report', async () => {
    await app.page.goto(app.server.url + '#/anteckningar');
    await app.page.getByRole('heading', { level: 2, name: 'Ny anteckning' }).waitFor({ timeout: 30_000 });
    await app.page.getByLabel('Anteckning', { exact: true }).fill('Det får vara rött – vi har valt att prioritera hemtjänsten.');
    await app.page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await app.page.getByTestId('notes').getByText('vi har valt att prioritera hemtjänsten').waitFor();
    expect(await shell.axeViolations()).toEqual([]);
  });

  it('renders the Nämndrapport from data and exports its numbers as xlsx', async () => {
    await app.page.goto(app.server.url + '#/rapport');
    const report = app.page.getByTestId('report');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.textContent()).toContain('inte ett absolut betyg');
    expect(await report.textContent()).toContain('Jämförelsegrupp:');
    expect(await report.textContent()).toContain('vi har valt att prioritera hemtjänsten');
    const download = app.page.waitForEvent('download');
    await app.page.getByRole('button', { name: 'Exportera siffrorna (Excel)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Namndrapport .+ \d{4}-\d{4}\.xlsx$/);
    expect(await shell.axeViolations()).toEqual([]);
  });

  it('presents the report slide by slide from the keyboard, with presenter notes', async () => {
    await app.page.goto(app.server.url + '#/presentation');
    const stage = app.page.getByTestId('stage');
    await stage.waitFor({ timeout: 30_000 });
    await stage.focus();
    expect(await stage.getAttribute('aria-label')).toBe('Bild 1 av 4');
    await app.page.keyboard.press('ArrowRight');
    expect(await stage.getAttribute('aria-label')).toBe('Bild 2 av 4');
    expect(await stage.locator('h2').textContent()).toMatch(/^Metaanalys per område och år \d{4}$/);
    await app.page.keyboard.press('n');
    expect(await app.page.getByRole('complementary', { name: 'Talarstöd' }).textContent()).toContain('Jämförelsegrupp:');
    await app.page.keyboard.press('End');
    expect(await stage.getAttribute('aria-label')).toBe('Bild 4 av 4');
    expect(await shell.axeViolations()).toEqual([]);
  });

  it('made no request outside localhost', () => {
    expectNoRemoteRequests(app.requests);
  });
});
