import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
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
 */
describe('the main journey in Chromium', () => {
  const fx = useApp({ hash: '#/importera' });
  const corpus: FixtureFile[] = [];
  const nextYear: FixtureFile[] = [];
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const dataset = generateDemoDataset({ years: [2021, 2022, 2023, 2024] });
    const units = workbookUnitOrder(dataset.units);
    for (const p of dataset.publications.filter(
      (x) => x.file.area === 'aldreomsorg' || x.file.area === 'ekonomiskt_bistand',
    )) {
      const file = {
        name: p.file.fileName,
        mimeType: XLSX_MIME,
        buffer: Buffer.from(await writeOjWorkbook(p, units)),
      };
      (p.file.year === 2024 ? nextYear : corpus).push(file);
    }
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

  it('imports the fixture corpus: two areas, three years', async () => {
    await importFiles(corpus);
    expect(await fx.app.page.getByTestId('sources').locator('tbody tr').count()).toBe(6);
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
    await page.getByText(/jämfört med FoU Nordväst \(\d+ kommuner\)/).waitFor();
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

  it('made no request outside localhost and logged no errors', () => {
    expectNoRemoteRequests(fx.app.requests);
    expect(fx.app.errors).toEqual([]);
  });
});
