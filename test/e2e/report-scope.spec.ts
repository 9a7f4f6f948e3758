import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'oj-scope-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every XML part of an Office file as one text. */
const officeText = (bytes: Uint8Array) =>
  Object.entries(unzipSync(bytes))
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, data]) => strFromU8(data))
    .join('\n');

/**
 * Issue 20 item 6 in Chromium on the exempeldata: a report from the template
 * "Socialnämnd (IFO)" limited to two areas (missbruk, barn och unga) with
 * the utvecklingsområde part, exported to all four formats; each says what
 * it is limited to and carries the utvecklingsområde on a missbruk
 * indicator. Axe clean on the composer with the area choice.
 */
describe('A report for one nämnd: limited to two areas, in every format', () => {
  const fx = useApp({ demo: true });
  const TITLE = 'Färre avbrutna behandlingar';
  const SCOPE = 'Avgränsad till Barn och unga, Missbruk och beroende';

  it('creates an utvecklingsområde on a missbruk indicator', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/utvecklingsomraden');
    await page.getByTestId('development-candidates').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Nytt utvecklingsområde' }).click();
    const form = page.getByTestId('development-form');
    await form.getByLabel('Rubrik').fill(TITLE);
    const add = form.getByLabel('Indikator att lägga till');
    const missbruk = add.locator('optgroup[label="Missbruk och beroende"] option').first();
    await missbruk.waitFor({ state: 'attached', timeout: 30_000 });
    await add.selectOption((await missbruk.getAttribute('value'))!);
    await form.getByRole('button', { name: 'Lägg till indikator' }).click();
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.waitFor({ state: 'detached' });
  });

  it('composes a Socialnämnd (IFO) report and limits it to two areas', async () => {
    const page = fx.app.page;
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    const composer = page.getByTestId('composer');
    await composer.getByLabel('Mall').selectOption({ label: 'Socialnämnd (IFO)' });
    await composer.getByRole('button', { name: 'Skapa rapport från mallen' }).click();
    const areas = composer.getByRole('group', { name: 'Områden i rapporten' });
    await areas.getByRole('checkbox', { name: 'Ekonomiskt bistånd' }).waitFor({ timeout: 30_000 });
    // The template starts with the IFO areas; äldreomsorg is not among them.
    expect(await areas.getByRole('checkbox', { name: 'Missbruk och beroende' }).isChecked()).toBe(
      true,
    );
    expect(
      await areas
        .getByRole('checkbox', { name: 'Vård och omsorg om äldre', exact: true })
        .isChecked(),
    ).toBe(false);
    // The template's areas without data in the exempeldata stay in the list, saying so.
    for (const name of [
      'Ekonomiskt bistånd',
      'Brottsoffer och våld i nära relationer (inga data i arbetsytan)',
      'Hemlöshet och utestängning från bostadsmarknaden (inga data i arbetsytan)',
    ]) {
      const box = areas.getByRole('checkbox', { name, exact: true });
      await box.uncheck();
      expect(await box.isChecked()).toBe(false);
    }
    await areas
      .getByText('Rapporten är avgränsad till: Missbruk och beroende, Barn och unga.')
      .waitFor({ timeout: 30_000 });
    const report = page.getByTestId('report');
    await expect
      .poll(async () => (await report.textContent()) ?? '', { timeout: 60_000 })
      .toContain(SCOPE);
    const text = (await report.textContent())!;
    expect(text).toContain(TITLE);
    expect(text).not.toContain('Vård och omsorg om äldre');
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('exports it to Excel, PowerPoint, Word and PDF, each limited and with the utvecklingsområde', async () => {
    const page = fx.app.page;
    for (const button of [
      'Exportera siffrorna (Excel)',
      'Exportera bildspel (PowerPoint)',
      'Exportera dokument (Word)',
    ]) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(
        /^Socialnämnd \(IFO\) .+ 20\d\d-20\d\d\.(xlsx|pptx|docx)$/,
      );
      const xml = officeText(new Uint8Array(readFileSync((await file.path())!)));
      expect(xml, button).toContain(SCOPE);
      expect(xml, button).toContain(TITLE);
    }
    // The PDF as the Rapport view prints it (Electron's "Skriv ut till PDF").
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(scratch, 'socialnamnd.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(pdfText).toContain(SCOPE);
    expect(pdfText).toContain(TITLE);
    expectNoRemoteRequests(fx.app.requests);
  });
});
