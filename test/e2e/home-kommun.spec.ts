import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { readWorkspace } from '../../shared/workspace/workspace-file';
import { readSetting } from '../../shared/workspace/settings';
import type { DemoPublication } from '../../shared/demo/demo-dataset';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { useApp } from './app-fixture';
import { ImportPage } from './page-models/import-page';

const FILE = 'en-indikator-2024.xlsx';

/** One area, one year, one indicator: the smallest real import (no bakgrundsmått). */
function oneIndicatorPublication(): DemoPublication {
  const p = generateDemoDataset({ years: [2023, 2024] }).publications.find(
    (x) => x.file.area === 'missbruk' && x.file.year === 2024,
  )!;
  const indicator = p.indicators[0]!;
  return {
    ...p,
    specs: p.specs.slice(0, 1),
    indicators: [indicator],
    observations: p.observations.filter((o) => o.indicatorId === indicator.indicatorId),
  };
}

describe('the hemkommun is asked for once per workspace, in Chromium', () => {
  const fx = useApp({ hash: '#/importera' });
  const page = () => fx.app.page;
  const caption = () => page().getByTestId('heatmap').locator('caption');
  let savedFile = '';

  it('counts one imported indicator as "1 indikator", one file as "1 källfil"', async () => {
    const imports = new ImportPage(page());
    await imports.pick(
      FILE,
      await writeOjWorkbook(
        oneIndicatorPublication(),
        workbookUnitOrder(generateDemoDataset({ years: [2024] }).units),
      ),
    );
    await imports.card(FILE).ready();
    await imports.card(FILE).commit();
    await expect
      .poll(() => fx.shell.rowCountsText(), { timeout: 30_000 })
      .toMatch(/ · 1 indikator · .* · 1 källfil$/);
    expect(await fx.shell.rowCountsText()).not.toMatch(/\b1 (indikatorer|källfiler)\b/);
  });

  it('does not interrupt the import: Importera asks nothing', async () => {
    expect(await fx.shell.homeDialog().count()).toBe(0);
  });

  it('asks "Vilken är er kommun?" on Översikt, with focus in the search field, and chooses nothing by itself', async () => {
    await page().goto(fx.app.server.url + '#/oversikt');
    const dialog = fx.shell.homeDialog();
    await dialog.waitFor({ timeout: 60_000 });
    expect(
      await page().evaluate(() => (document.activeElement as HTMLInputElement | null)?.type),
    ).toBe('search');
    expect(await dialog.getByRole('button', { name: 'Spara' }).isDisabled()).toBe(true);
    expect(await page().getByTestId('heatmap').count()).toBe(0);
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('"Inte nu" (Escape) leaves a button to answer later', async () => {
    await page().keyboard.press('Escape');
    await fx.shell.homeDialog().waitFor({ state: 'detached' });
    const question = page().getByTestId('home-question');
    expect(await question.getByRole('heading').textContent()).toBe('Ingen hemkommun vald');
    // Put off for this workspace: another view does not ask again by itself.
    await page().getByRole('link', { name: 'Områden', exact: true }).click();
    await question.waitFor();
    expect(await fx.shell.homeDialog().count()).toBe(0);
    await page().getByRole('link', { name: 'Översikt', exact: true }).click();
    await question.waitFor();
    expect(await fx.shell.homeDialog().count()).toBe(0);
    await question.getByRole('button', { name: 'Välj hemkommun …' }).click();
    await fx.shell.homeDialog().waitFor();
  });

  it('is answered by keyboard: type part of the name, ↓ into the list, Enter', async () => {
    await page().keyboard.type('soln');
    expect(await fx.shell.homeDialog().getByText('1 kommun passar sökningen').count()).toBe(1);
    await page().keyboard.press('ArrowDown');
    expect(await page().evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await page().keyboard.press('Enter');
    await fx.shell.homeDialog().waitFor({ state: 'detached' });
    await expect
      .poll(async () => caption().textContent(), { timeout: 60_000 })
      .toMatch(/^Solna jämfört med/);
    expect(await page().getByTestId('home-question').count()).toBe(0);
  });

  it('asks once: the other views start from the answer', async () => {
    await page().goto(fx.app.server.url + '#/avvikare');
    await page().getByRole('heading', { level: 1, name: 'Återkommande avvikare' }).waitFor();
    await page().goto(fx.app.server.url + '#/oversikt');
    await expect
      .poll(async () => caption().textContent(), { timeout: 60_000 })
      .toMatch(/^Solna jämfört med/);
    expect(await fx.shell.homeDialog().count()).toBe(0);
  });

  it('remembers the answer in the workspace file: opened again, it asks nothing', async () => {
    const download = page().waitForEvent('download');
    await page().getByRole('button', { name: 'Spara arbetsyta' }).click();
    savedFile = await (await download).path();
    await page().getByRole('button', { name: 'Ny arbetsyta' }).click();
    await expect.poll(() => fx.shell.observationCount(), { timeout: 30_000 }).toBe(0);

    await page().reload();
    await fx.shell.waitForEngine();
    const chooser = page().waitForEvent('filechooser');
    await page().getByRole('button', { name: 'Öppna arbetsyta …' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'arbetsyta.ojanalys',
      mimeType: 'application/zip',
      buffer: readFileSync(savedFile),
    });
    await page()
      .getByTestId('message')
      .getByText('Öppnade arbetsyta.ojanalys')
      .waitFor({ timeout: 60_000 });
    await page().goto(fx.app.server.url + '#/oversikt');
    await expect
      .poll(async () => caption().textContent(), { timeout: 60_000 })
      .toMatch(/^Solna jämfört med/);
    expect(await fx.shell.homeDialog().count()).toBe(0);
    expect(await page().getByTestId('home-question').count()).toBe(0);
  });

  it('saves a hemkommun chosen a moment before Spara arbetsyta in the file (the choice is written after the view answers)', async () => {
    await page().goto(fx.app.server.url + '#/oversikt');
    await expect
      .poll(async () => caption().textContent(), { timeout: 60_000 })
      .toMatch(/^Solna jämfört med/);
    // Stockholm, then Spara at once: the choice's write is still waiting when the save starts.
    await page().locator('select:has(option[value="0180"])').selectOption('0180');
    const download = page().waitForEvent('download');
    await page().getByRole('button', { name: 'Spara arbetsyta' }).click();
    const file = await (await download).path();
    const db = await openNodeDb();
    try {
      await readWorkspace(db, new Uint8Array(readFileSync(file)));
      const saved = await readSetting(
        db,
        'analysis.choice',
        (v): v is { home: string } => typeof v === 'object' && v !== null && 'home' in v,
      );
      expect(saved?.home).toBe('0180');
    } finally {
      await db.close();
    }
    await expect
      .poll(async () => caption().textContent(), { timeout: 60_000 })
      .toMatch(/^Stockholm jämfört med/);
  });

  it('logged no errors', () => {
    expect(fx.app.errors).toEqual([]);
  });
});
