import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { kommunRows, rawXlsx, sheetXml } from '../fuzz/hostile-workbooks';
import { startApp, type App } from './harness';
import { expectNoRemoteRequests } from './network-guard';
import { AppShell } from './page-models/app-shell';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('importing workbooks in Chromium', () => {
  let app: App;
  let shell: AppShell;
  let workbook: Buffer;
  beforeAll(async () => {
    const dataset = generateDemoDataset({ years: [2024] });
    const publication = dataset.publications.find((p) => p.file.area === 'missbruk')!;
    workbook = Buffer.from(await writeOjWorkbook(publication, workbookUnitOrder(dataset.units)));
    app = await startApp();
    shell = new AppShell(app.page);
    await shell.open(app.server.url, '#/importera');
  });
  afterAll(async () => app?.close());

  async function pick(name: string, buffer: Buffer): Promise<void> {
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: 'Välj filer …' }).click();
    await (await chooser).setFiles({ name, mimeType: XLSX_MIME, buffer });
  }

  it('reads a workbook in a worker and shows its import report before anything is saved', async () => {
    await pick('oj-missbruk-2024.xlsx', workbook);
    const card = app.page.getByTestId('import-card').filter({ hasText: 'oj-missbruk-2024.xlsx' });
    await card.and(app.page.locator('[data-phase="ready"]')).waitFor({ timeout: 60_000 });
    expect(await card.getByLabel('Område', { exact: true }).inputValue()).toBe('missbruk');
    expect(await card.getByLabel('År', { exact: true }).inputValue()).toBe('2024');
    expect(await card.textContent()).toContain('290 kommun');
    expect(await shell.observationCount()).toBe(0); // nothing committed yet
  });

  it('has no WCAG 2.1 AA violations with an import report on screen', async () => {
    expect(await shell.axeViolations()).toEqual([]);
  });

  it('imports on request, lists the source with its checksum, and removes it again', async () => {
    const card = app.page.getByTestId('import-card').filter({ hasText: 'oj-missbruk-2024.xlsx' });
    await card.getByRole('button', { name: 'Importera' }).click();
    await card.getByText(/Importerad: [\d\s]+ värden/).waitFor();
    const imported = await shell.observationCount();
    expect(imported).toBe(312 * (10 + 3)); // ten indicators and three bakgrundsmått in missbruk 2024, riket + 21 län + 290 kommuner
    const sources = app.page.getByTestId('sources');
    expect(await sources.textContent()).toContain('oj-missbruk-2024.xlsx');
    await app.page.getByRole('button', { name: 'Ta bort oj-missbruk-2024.xlsx' }).click();
    await app.page.getByText('Inga källfiler ännu.').waitFor();
    expect(await shell.observationCount()).toBe(0);
  });

  it('refuses a broken file with a Swedish message naming it', async () => {
    await pick('avbruten.xlsx', workbook.subarray(0, 2000));
    const card = app.page.getByTestId('import-card').filter({ hasText: 'avbruten.xlsx' });
    await card.getByRole('alert').waitFor({ timeout: 60_000 });
    expect(await card.getByRole('alert').textContent()).toMatch(
      /avbruten\.xlsx är en skadad eller ofullständig/,
    );
    expect(await shell.observationCount()).toBe(0);
  });

  it('cancels reading a file that waits its turn; nothing is committed', async () => {
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: 'Välj filer …' }).click();
    await (
      await chooser
    ).setFiles(
      ['a', 'b', 'c'].map((x) => ({ name: `ko-${x}.xlsx`, mimeType: XLSX_MIME, buffer: workbook })),
    );
    // Files are read one at a time: ko-c.xlsx is still queued while ko-a.xlsx is read.
    await app.page.getByRole('button', { name: 'Avbryt inläsningen: ko-c.xlsx' }).click();
    await app.page
      .getByTestId('import-card')
      .filter({ hasText: 'ko-b.xlsx' })
      .and(app.page.locator('[data-phase="ready"]'))
      .waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('import-card').filter({ hasText: 'ko-c.xlsx' }).count()).toBe(
      0,
    );
    expect(await shell.observationCount()).toBe(0);
    expect(await shell.axeViolations()).toEqual([]);
  });

  it('refuses hostile files one by one with a Swedish message while the window stays usable, also across pages', async () => {
    // A real zip bomb (300 MB of zeros in 300 kB), a damaged sheet that claims 1 048 576 × 16 384 cells,
    // and a "billion laughs" entity expansion.
    const bomb = Buffer.from(
      zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(300 * 1024 ** 2) }, { level: 9 }),
    );
    const huge = readFileSync(path.resolve(__dirname, '../regression/huge-sparse-sheet.xlsx'));
    const levels = Array.from(
      { length: 10 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('');
    const laughs = Buffer.from(
      rawXlsx({
        sheet: sheetXml(kommunRows(['&l10;']), `<!DOCTYPE worksheet [<!ENTITY l0 "ha">${levels}]>`),
      }),
    );
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByRole('button', { name: 'Välj filer …' }).click();
    await (
      await chooser
    ).setFiles([
      { name: 'bomb.xlsx', mimeType: XLSX_MIME, buffer: bomb },
      { name: 'jatteblad.xlsx', mimeType: XLSX_MIME, buffer: huge },
      { name: 'skratt.xlsx', mimeType: XLSX_MIME, buffer: laughs },
    ]);
    // While the files are read in their worker, the window answers: another page and back, and the
    // files being read are still there when the user returns (they belong to the window, not the page).
    await app.page.getByRole('link', { name: 'Översikt' }).first().click();
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    await app.page.goBack();
    const card = (name: string) => app.page.getByTestId('import-card').filter({ hasText: name });
    await card('bomb.xlsx').getByRole('alert').waitFor({ timeout: 60_000 });
    expect(await card('bomb.xlsx').getByRole('alert').textContent()).toMatch(
      /bomb\.xlsx har en misstänkt hög komprimeringsgrad/,
    );
    for (const name of ['jatteblad.xlsx', 'skratt.xlsx']) {
      // Refused, or read with nothing taken from the entity: never a hang, never a crash.
      await card(name)
        .and(app.page.locator('[data-phase="ready"], [data-phase="refused"]'))
        .waitFor({ timeout: 120_000 });
      expect(await card(name).textContent()).not.toMatch(/(ha){50}/);
    }
    expect(await shell.observationCount()).toBe(0);
    expect(await shell.axeViolations()).toEqual([]);
  });

  it('made no request outside localhost and logged no errors', () => {
    expectNoRemoteRequests(app.requests);
    expect(app.errors).toEqual([]);
  });

  it('recovers when the import worker crashes: the file is refused with a message, nothing is committed, the next import works', async () => {
    // The built worker script is replaced by one that dies on its first message, as a worker does on a bug or a lost engine.
    const crashing = '**/import-worker-*.js';
    await app.page.route(crashing, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "self.onmessage = () => { throw new Error('simulerad krasch i importen'); };",
      }),
    );
    await pick('krasch.xlsx', workbook);
    const card = app.page.getByTestId('import-card').filter({ hasText: 'krasch.xlsx' });
    await card.getByRole('alert').waitFor({ timeout: 60_000 });
    expect(await card.getByRole('alert').textContent()).toContain(
      'Importen av krasch.xlsx kraschade',
    );
    expect(await shell.observationCount()).toBe(0);
    expect(await app.page.getByText('Inga källfiler ännu.').count()).toBe(1);

    await app.page.unroute(crashing);
    await pick('efter-kraschen.xlsx', workbook);
    const next = app.page.getByTestId('import-card').filter({ hasText: 'efter-kraschen.xlsx' });
    await next.and(app.page.locator('[data-phase="ready"]')).waitFor({ timeout: 60_000 });
    await next.getByRole('button', { name: 'Importera' }).click();
    await next.getByText(/Importerad: [\d\s]+ värden/).waitFor();
    expect(await shell.observationCount()).toBe(312 * (10 + 3));
    expect(await shell.axeViolations()).toEqual([]);
    // The only errors logged are the simulated crash's own.
    expect(app.errors.filter((e) => !e.includes('simulerad krasch'))).toEqual([]);
  });
});
