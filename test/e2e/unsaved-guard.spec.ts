import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { useApp } from './app-fixture';
import { ImportPage } from './page-models/import-page';

const FILE = 'oj-missbruk-2024.xlsx';
const NOTE = 'Vi prioriterar hemtjänsten (SN § 12).';
const OPEN = 'Öppna arbetsyta …';

describe('guards before unsaved work is discarded, in Chromium', () => {
  const fx = useApp({ hash: '#/importera' });
  const page = () => fx.app.page;
  const dialog = () => page().getByRole('dialog');
  let imported = 0;
  let savedFile = '';

  async function addNote(text: string): Promise<void> {
    await page().goto(fx.app.server.url + '#/anteckningar');
    await page()
      .getByRole('heading', { level: 2, name: 'Ny anteckning' })
      .waitFor({ timeout: 30_000 });
    await page().getByLabel('Anteckning', { exact: true }).fill(text);
    await page().getByRole('button', { name: 'Spara anteckningen' }).click();
    await page().getByTestId('notes').getByText(text).waitFor();
  }

  /** The notes listed on Anteckningar (polled: the list is read after the page shows). */
  async function expectNotes(text: string, count: number): Promise<void> {
    await page().goto(fx.app.server.url + '#/anteckningar');
    await page()
      .getByRole('heading', { level: 2, name: 'Ny anteckning' })
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page().getByTestId('notes').getByText(text).count(), { timeout: 10_000 })
      .toBe(count);
  }

  it('has unsaved work after an import and a note', async () => {
    const publication = generateDemoDataset({ years: [2024] }).publications.find(
      (p) => p.file.area === 'missbruk',
    )!;
    const imports = new ImportPage(page());
    await imports.pick(
      FILE,
      await writeOjWorkbook(
        publication,
        workbookUnitOrder(generateDemoDataset({ years: [2024] }).units),
      ),
    );
    const card = imports.card(FILE);
    await card.ready();
    expect(await card.commit()).toMatch(/Importerad: [\d\s]+ värden/);
    imported = await fx.shell.observationCount();
    expect(imported).toBeGreaterThan(0);
    // The notes belong to a hemkommun: the fresh workspace asks for it once.
    await page().goto(fx.app.server.url + '#/anteckningar');
    await fx.shell.answerHomeQuestion('Solna');
    await addNote(NOTE);
  });

  it('asks on Ny arbetsyta with focus in the dialog, and is axe-clean', async () => {
    await page().getByRole('button', { name: 'Ny arbetsyta' }).click();
    await dialog().waitFor();
    expect(await dialog().getByRole('heading').textContent()).toBe(
      'Spara ändringarna i den osparade arbetsytan?',
    );
    expect(await dialog().getByRole('button').allTextContents()).toEqual([
      'Spara',
      'Spara inte',
      'Avbryt',
    ]);
    expect(await fx.shell.focusedText()).toBe('Spara');
    await page().keyboard.press('Tab');
    expect(await fx.shell.focusedText()).toBe('Spara inte');
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('Escape is Avbryt: focus returns and the import, its card and the note are all kept', async () => {
    await page().keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await fx.shell.focusedText()).toBe('Ny arbetsyta');
    expect(await fx.shell.observationCount()).toBe(imported);
    await expectNotes(NOTE, 1);
    await page().goto(fx.app.server.url + '#/importera');
    await new ImportPage(page())
      .card(FILE)
      .root.getByText(/Importerad/)
      .waitFor();
  });

  it('Spara saves to a file and then starts the new workspace', async () => {
    const download = page().waitForEvent('download');
    await page().getByRole('button', { name: 'Ny arbetsyta' }).click();
    await dialog().getByRole('button', { name: 'Spara', exact: true }).click();
    savedFile = await (await download).path();
    await expect.poll(() => fx.shell.observationCount(), { timeout: 30_000 }).toBe(0);
    // the import cards went with the workspace they belonged to (cleared by an effect once the new
    // workspace is shown, so a moment after the status bar's count)
    await expect.poll(() => page().getByTestId('import-card').count(), { timeout: 10_000 }).toBe(0);
  });

  async function openFile(file: string): Promise<void> {
    const chooser = page().waitForEvent('filechooser');
    await page().getByRole('button', { name: OPEN }).click();
    await (
      await chooser
    ).setFiles({
      name: 'arbetsyta.ojanalys',
      mimeType: 'application/zip',
      buffer: readFileSync(file),
    });
    await expect.poll(() => fx.shell.observationCount(), { timeout: 60_000 }).toBe(imported);
  }

  it('Öppna on a workspace with nothing unsaved asks nothing', async () => {
    await openFile(savedFile);
    expect(await dialog().count()).toBe(0);
    await expectNotes(NOTE, 1);
  });

  it('Öppna with unsaved changes asks; Avbryt opens no file picker and keeps the change', async () => {
    await addNote('Osparad anteckning.');
    let picked = false;
    page().once('filechooser', () => (picked = true));
    await page().getByRole('button', { name: OPEN }).click();
    expect(await dialog().getByRole('heading').textContent()).toBe(
      'Spara ändringarna i arbetsyta.ojanalys?',
    );
    await dialog().getByRole('button', { name: 'Avbryt' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(await fx.shell.focusedText()).toBe(OPEN);
    expect(picked).toBe(false);
    await expectNotes('Osparad anteckning.', 1);
  });

  it('Öppna, Spara inte: the chosen file replaces the work', async () => {
    const chooser = page().waitForEvent('filechooser');
    await page().getByRole('button', { name: OPEN }).click();
    await dialog().getByRole('button', { name: 'Spara inte' }).click();
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
    await expectNotes('Osparad anteckning.', 0);
    await expectNotes(NOTE, 1);
  });

  it('Ny arbetsyta, Spara inte: starts empty', async () => {
    await addNote('Ännu en osparad anteckning.');
    await page().getByRole('button', { name: 'Ny arbetsyta' }).click();
    await dialog().getByRole('button', { name: 'Spara inte' }).click();
    await expect.poll(() => fx.shell.observationCount(), { timeout: 30_000 }).toBe(0);
  });

  it('closing the tab with unsaved changes gets the browser’s own prompt', async () => {
    const publication = generateDemoDataset({ years: [2024] }).publications.find(
      (p) => p.file.area === 'missbruk',
    )!;
    await page().goto(fx.app.server.url + '#/importera');
    const imports = new ImportPage(page());
    await imports.pick(
      FILE,
      await writeOjWorkbook(
        publication,
        workbookUnitOrder(generateDemoDataset({ years: [2024] }).units),
      ),
    );
    await imports.card(FILE).ready();
    await imports.card(FILE).commit();
    const prompt = page().waitForEvent('dialog');
    await page().close({ runBeforeUnload: true });
    const shown = await prompt;
    expect(shown.type()).toBe('beforeunload');
    await shown.dismiss();
    expect(page().isClosed()).toBe(false);
  });
});
