import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { journeyKiWorkbook } from '../fixtures/journey-ki-workbook';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Screenshots of every view of the journey; CI keeps them as artifacts, a few go into README.md. */
const ARTIFACTS = path.resolve(__dirname, 'artifacts');

type FixtureFile = { name: string; mimeType: string; buffer: Buffer };

/**
 * The journey of issue 7 on a fresh workspace: import the fixture corpus →
 * choose Solna and the FoU Nordväst peer set → heatmap → an area → an
 * indicator → a note → import next year's file → the note is still there.
 * Issue 19 on the same workspace: missbruk is published every other year
 * (2021, 2023) and is shown at its own latest year with its Ja/Nej answers in
 * context; a brukarundersökning with KI draws error bars on Indikator; a
 * stance on a red appears in Översikt and in the report's "Röda med
 * ställningstagande".
 */
describe('the main journey in Chromium', () => {
  const fx = useApp({ hash: '#/importera' });
  const corpus: FixtureFile[] = [];
  const nextYear: FixtureFile[] = [];
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const dataset = generateDemoDataset({ years: [2021, 2022, 2023, 2024] });
    const units = workbookUnitOrder(dataset.units);
    // Missbruk only in 2021 and 2023: a biennial area beside two yearly ones.
    for (const p of dataset.publications.filter(
      (x) =>
        x.file.area === 'aldreomsorg' ||
        x.file.area === 'ekonomiskt_bistand' ||
        (x.file.area === 'missbruk' && (x.file.year === 2021 || x.file.year === 2023)),
    )) {
      const file = {
        name: p.file.fileName,
        mimeType: XLSX_MIME,
        buffer: Buffer.from(await writeOjWorkbook(p, units)),
      };
      (p.file.year === 2024 ? nextYear : corpus).push(file);
    }
    // Next year's brukarundersökning, with KI ± and n beside each value.
    const ki = await journeyKiWorkbook(2024);
    nextYear.push({ name: ki.name, mimeType: XLSX_MIME, buffer: ki.buffer });
  });
  const shot = (name: string) =>
    fx.app.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });

  async function importFiles(files: FixtureFile[]): Promise<void> {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/importera');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Välj filer …' }).click();
    await (await chooser).setFiles(files);
    for (const f of files)
      await page
        .getByTestId('import-card')
        .filter({ hasText: f.name })
        .and(page.locator('[data-phase="ready"]'))
        .waitFor({ timeout: 90_000 });
    if (files.length > 1)
      await page.getByRole('button', { name: 'Importera alla klara filer' }).click();
    else
      await page
        .getByTestId('import-card')
        .filter({ hasText: files[0]!.name })
        .getByRole('button', { name: 'Importera' })
        .click();
    for (const f of files)
      await page.getByTestId('sources').getByText(f.name).waitFor({ timeout: 90_000 });
  }

  it('imports the fixture corpus: two yearly areas for three years, a biennial one for two', async () => {
    await importFiles(corpus);
    expect(await fx.app.page.getByTestId('sources').locator('tbody tr').count()).toBe(8);
    await shot('1-importera');
  });

  it('saves the FoU Nordväst network as a peer group and chooses Solna against it', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/jamforelsegrupper');
    // A fresh workspace with data asks for its hemkommun once.
    await fx.shell.answerHomeQuestion('Solna');
    await page.getByRole('button', { name: 'Fyll i FoU Nordväst (8 kommuner)' }).click();
    await page.getByRole('button', { name: 'Spara gruppen' }).click();
    await page.getByTestId('peer-sets').getByText('FoU Nordväst').waitFor();
    await page.goto(fx.app.server.url + '#/oversikt');
    await page.getByTestId('heatmap').waitFor({ timeout: 60_000 });
    await page.locator('select:has(option:text-is("Solna"))').selectOption({ label: 'Solna' });
    await page
      .locator('select:has(option:text-is("FoU Nordväst"))')
      .selectOption({ label: 'FoU Nordväst' });
    await page.getByText(/jämfört med FoU Nordväst, version \d+ \(\d+ kommuner\)/).waitFor();
    // The caption names the kommun the cells are for, and the table is no longer marked busy.
    const heatmap = page.getByTestId('heatmap');
    expect(await heatmap.locator('caption').textContent()).toMatch(
      /^Solna jämfört med FoU Nordväst/,
    );
    expect(await heatmap.getAttribute('aria-busy')).toBe('false');
    expect(await heatmap.textContent()).toContain('2023');
    await shot('2-oversikt');
  });

  it('opens a heatmap cell, then the area and one indicator', async () => {
    const page = fx.app.page;
    await page.getByTestId('heatmap').getByRole('button').first().click();
    await page.getByTestId('drill-down').waitFor();
    await page.goto(fx.app.server.url + '#/omraden');
    const table = page.getByTestId('area-table');
    await table.waitFor({ timeout: 30_000 });
    await shot('3-omrade');
    await table.locator('tbody a').first().click();
    await page.getByTestId('indicator-table').waitFor({ timeout: 30_000 });
    await page.locator('.chart .main-svg').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('indicator-table').locator('tbody tr').count()).toBe(3);
    await shot('4-indikator');
  });

  it('adds the förvaltning’s note to the indicator', async () => {
    const notes = fx.app.page.getByTestId('indicator-notes');
    await notes
      .getByLabel('Anteckning', { exact: true })
      .fill('Ny rutin införd 2023, beslut SN § 45.');
    await notes.getByRole('button', { name: 'Spara anteckningen' }).click();
    await notes.getByText('Ny rutin införd 2023, beslut SN § 45.').waitFor();
  });

  it('sees the note again after importing next year’s files', async () => {
    const page = fx.app.page;
    const indicatorUrl = page.url();
    await importFiles(nextYear);
    await page.goto(indicatorUrl);
    await page.getByTestId('indicator-table').waitFor({ timeout: 30_000 });
    await page
      .getByTestId('indicator-table')
      .getByRole('rowheader', { name: '2024' })
      .waitFor({ timeout: 30_000 });
    await page
      .getByTestId('indicator-notes')
      .getByText('Ny rutin införd 2023, beslut SN § 45.')
      .waitFor();
    expect(await fx.shell.axeViolations()).toEqual([]);
    await shot('5-indikator-nasta-ar');
  });

  it('shows the biennial area at its own latest year, with its Ja/Nej answers in context', async () => {
    const page = fx.app.page;
    // The choice made before the import ends in 2023: take in the new year.
    await page.goto(fx.app.server.url + '#/oversikt');
    await page.getByTestId('heatmap').waitFor({ timeout: 60_000 });
    await page.getByLabel('Till år').selectOption('2024');
    await page.getByTestId('heatmap').getByRole('columnheader', { name: '2024' }).waitFor();
    await page.goto(fx.app.server.url + '#/omraden');
    const table = page.getByTestId('area-table');
    await table.waitFor({ timeout: 30_000 });
    // Område's area choice (its label also holds the chosen option, so it is found by its options).
    const areaSelect = page.locator('select:has(option:text-is("Missbruk och beroende"))');
    await areaSelect.selectOption({ label: 'Missbruk och beroende' });
    await table.getByText('(2023)').first().waitFor({ timeout: 30_000 });
    // Every row at missbruk's own latest year 2023 (the workspace's is 2024), compared with 2021.
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r).toContain('(2023)');
      expect(r).not.toContain('(2024)');
    }
    expect(rows.some((r) => r.includes('2023 jämfört med 2021'))).toBe(true);
    const context = await table.getByTestId('yesno-context').allTextContents();
    expect(context.length).toBeGreaterThan(0);
    for (const c of context)
      expect(c.trim()).toMatch(
        /^(Ja|Nej) – (som \d+ % av jämförelsegruppen \(\d+ av \d+ som svarat\)|ingen i jämförelsegruppen har svarat)$/,
      );
    expect(await fx.shell.axeViolations()).toEqual([]);
    await shot('6-omrade-vartannat-ar');
  });

  it('draws the brukarundersökning’s KI as error bars on Indikator', async () => {
    const page = fx.app.page;
    await page
      .locator('select:has(option:text-is("Missbruk och beroende"))')
      .selectOption({ label: 'Vård och omsorg om äldre' });
    const table = page.getByTestId('area-table');
    await table.getByRole('link', { name: /Hur nöjd eller missnöjd/ }).click();
    await page.getByTestId('indicator-table').waitFor({ timeout: 30_000 });
    await page.locator('.chart .main-svg').first().waitFor({ timeout: 30_000 });
    // Plotly draws each error bar as a path.yerror; Solna's 2024 value has its KI.
    await page.locator('.chart path.yerror').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.chart path.yerror').count()).toBeGreaterThan(0);
    expect(await fx.shell.axeViolations()).toEqual([]);
    await shot('7-indikator-ki');
  });

  it('takes a stance on a red: Översikt counts it apart, the report lists it under "Röda med ställningstagande"', async () => {
    const page = fx.app.page;
    // Område sorts ogynnsamt first: the first row of äldreomsorg is a red at its latest year.
    await page.goto(fx.app.server.url + '#/omraden');
    const table = page.getByTestId('area-table');
    await table.waitFor({ timeout: 30_000 });
    const first = table.locator('tbody tr').first();
    expect(await first.textContent()).toContain('Ogynnsamt');
    const title = (await first.locator('a').textContent())!.trim();
    await first.locator('a').click();
    await page.getByTestId('indicator-table').waitFor({ timeout: 30_000 });
    const notes = page.getByTestId('indicator-notes');
    const text = 'Det får vara rött, vi har valt att prioritera andra saker.';
    await notes.getByLabel('Anteckning', { exact: true }).fill(text);
    await notes
      .getByRole('combobox', { name: 'Ställningstagande' })
      .selectOption({ label: 'Prioriterat bort' });
    await notes.getByRole('button', { name: 'Spara anteckningen' }).click();
    await notes.getByText('Ställningstagande: Prioriterat bort').waitFor();
    expect(await fx.shell.axeViolations()).toEqual([]);

    await page.goto(fx.app.server.url + '#/oversikt');
    const reds = page.getByTestId('reds-by-stance');
    await reds.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('reds-split').textContent()).toMatch(
      /^Röda: \d+ utan ställningstagande · 1 med ställningstagande$/,
    );
    const withStance = await page.getByTestId('reds-with-stance').textContent();
    expect(withStance).toContain(title);
    expect(withStance).toContain(`Ställningstagande: Prioriterat bort: ${text}`);
    expect(await page.getByTestId('reds-unexplained').textContent()).not.toContain(title);
    expect(await fx.shell.axeViolations()).toEqual([]);
    await shot('8-oversikt-stallningstagande');

    await page.goto(fx.app.server.url + '#/rapport');
    await page.getByTestId('report').waitFor({ timeout: 30_000 });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera siffrorna (Excel)' }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await (await download).path())!);
    const rows: string[][] = [];
    workbook
      .getWorksheet('Röda med ställningstagande')!
      .eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    expect(rows[0]).toEqual([
      'Indikator',
      'Område',
      'Läge',
      'Ställningstagande',
      'Anteckning',
      'År',
    ]);
    expect(rows.slice(1)).toEqual([
      [title, 'Vård och omsorg om äldre', '▼ Ogynnsamt', 'Prioriterat bort', text, '2024'],
    ]);
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('made no request outside localhost and logged no errors', () => {
    expectNoRemoteRequests(fx.app.requests);
    expect(fx.app.errors).toEqual([]);
  });
});
