import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';

/**
 * Issue 20 items 2–3 in Chromium: a network interpretation written in one
 * workspace travels as a nätverksfil to a second, fresh workspace; after
 * both edit it, the second file shows the conflict side by side and imports
 * only once the user has chosen — here "Behåll båda".
 */
describe('nätverksfil between two workspaces in Chromium', () => {
  const sender = useApp({ demo: true });
  const receiver = useApp({ demo: true });
  let file = '';

  const notes = (page: Page) => page.getByTestId('notes');

  async function exportNetworkFile(page: Page): Promise<string> {
    const exchange = page.getByTestId('network-exchange');
    await exchange.getByRole('combobox', { name: /^Vad ska delas/ }).selectOption({
      label: 'FoU Nordväst',
    });
    const download = page.waitForEvent('download');
    await exchange.getByRole('button', { name: 'Exportera nätverksfil' }).click();
    return (await (await download).path())!;
  }

  async function importNetworkFile(page: Page, path: string): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importera nätverksfil …' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'fou-nordvast.ojnatverk',
      mimeType: 'application/json',
      buffer: readFileSync(path),
    });
    await page.getByTestId('network-import-preview').waitFor({ timeout: 30_000 });
  }

  it('exports a network interpretation written in the first workspace', async () => {
    const page = sender.app.page;
    await page.goto(sender.app.server.url + '#/jamforelsegrupper');
    await page.getByRole('button', { name: 'Fyll i FoU Nordväst (8 kommuner)' }).click();
    await page.getByRole('button', { name: 'Spara gruppen' }).click();
    await page.getByTestId('peer-sets').getByText('FoU Nordväst').waitFor();
    await page.goto(sender.app.server.url + '#/anteckningar');
    await page.getByRole('combobox', { name: /^Gäller/ }).selectOption({
      label: 'Nätverket FoU Nordväst (syns för alla medlemmar)',
    });
    await page.getByRole('combobox', { name: /^Sort/ }).selectOption('interpretation');
    await page
      .getByRole('textbox', { name: 'Anteckning' })
      .fill('Vi räknar bara skriftliga överenskommelser.');
    await page.getByRole('button', { name: 'Spara anteckningen' }).click();
    await notes(page).getByText('Vi räknar bara skriftliga överenskommelser.').waitFor();
    expect(await notes(page).textContent()).toMatch(
      /Tolkning av frågan: Vi räknar.*FoU Nordväst, skriven av Göteborg/,
    );
    file = await exportNetworkFile(page);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('"format": "oj-analys.natverksfil"');
    expect(text).toContain('Vi räknar bara skriftliga överenskommelser.');
  });

  it('imports it into a fresh workspace: one new item, shown with its network and author', async () => {
    const page = receiver.app.page;
    await page.goto(receiver.app.server.url + '#/anteckningar');
    await importNetworkFile(page, file);
    const preview = page.getByTestId('network-import-preview');
    expect(await preview.textContent()).toMatch(/Från Göteborg, gäller FoU Nordväst/);
    expect(await preview.textContent()).toContain('1 ny post läggs till');
    await preview.getByRole('button', { name: 'Importera' }).click();
    await page.getByText(/Nätverksfilen är importerad: 1 tillagda/).waitFor();
    await notes(page).getByText('Vi räknar bara skriftliga överenskommelser.').waitFor();
    expect(await notes(page).textContent()).toContain('FoU Nordväst, skriven av Göteborg');
  });

  it('shows a conflicting edit side by side and imports only what the user chose', async () => {
    const edit = async (page: Page, text: string) => {
      await notes(page)
        .getByRole('button', { name: /^Ändra: Vi räknar/ })
        .click();
      const box = notes(page).getByRole('textbox', { name: 'Anteckning' });
      await box.fill(text);
      await notes(page).getByRole('button', { name: 'Spara ändringen' }).click();
      await notes(page).getByText(text).waitFor();
    };
    await edit(receiver.app.page, 'Vi räknar även muntliga överenskommelser.');
    await edit(sender.app.page, 'Skriftliga och undertecknade överenskommelser.');
    const second = await exportNetworkFile(sender.app.page);

    const page = receiver.app.page;
    await importNetworkFile(page, second);
    const conflict = page.getByTestId('network-conflict');
    expect(await conflict.textContent()).toMatch(
      /Er version.*Vi räknar även muntliga.*Version från Göteborg.*Skriftliga och undertecknade/,
    );
    const importButton = page
      .getByTestId('network-import-preview')
      .getByRole('button', { name: 'Importera' });
    expect(await importButton.isDisabled()).toBe(true);
    expect(await receiver.shell.axeViolations()).toEqual([]);
    await conflict.getByRole('radio', { name: 'Behåll båda' }).check();
    await importButton.click();
    await page.getByText(/Nätverksfilen är importerad: 1 tillagda, 0 ersatta/).waitFor();
    await notes(page).getByText('Skriftliga och undertecknade överenskommelser.').waitFor();
    expect(await notes(page).textContent()).toContain('Vi räknar även muntliga överenskommelser.');
  });

  it('made no request outside the app', () => {
    expectNoRemoteRequests(receiver.app.requests);
    expectNoRemoteRequests(sender.app.requests);
  });
});
