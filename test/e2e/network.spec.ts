import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';

/**
 * Issue 19 item 6 and issue 20 item 1 in Chromium on the exempeldata: a
 * group saved twice keeps both versions (the history says what changed and
 * what uses which version), and the network's member × indicator table.
 */
describe('Jämförelsegrupper: versions, and the network at indicator level', () => {
  const fx = useApp({ demo: true });

  it('saving the group again makes version 2; the history names what was removed and which version is current', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/jamforelsegrupper');
    await page.getByRole('button', { name: 'Fyll i FoU Nordväst (8 kommuner)' }).click();
    await page.getByRole('button', { name: 'Spara gruppen' }).click();
    const sets = page.getByTestId('peer-sets');
    await sets.getByText('FoU Nordväst').waitFor();
    await page.getByRole('button', { name: 'Ändra FoU Nordväst' }).click();
    const ekero = page.getByRole('checkbox', { name: 'Ekerö', exact: true });
    // The editor is always on screen; the group's members arrive with the command.
    await expect.poll(() => ekero.isChecked(), { timeout: 10_000 }).toBe(true);
    await ekero.uncheck();
    await page.getByRole('button', { name: 'Spara gruppen' }).click();
    await page.getByText('Sparade FoU Nordväst (version 2).').waitFor();
    expect(await sets.locator('tbody tr').first().textContent()).toContain('FoU Nordväst');
    expect(await fx.shell.axeViolations()).toEqual([]); // the history closed
    await page.getByRole('button', { name: 'Versioner FoU Nordväst' }).click();
    const history = page.getByTestId('peer-set-history');
    await history.locator('tbody tr').nth(1).waitFor();
    const rows = await history.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^2/);
    expect(rows[0]).toContain('Ekerö'); // removed in version 2
    expect(rows[0]).toContain('aktuell version');
    expect(rows[1]).toMatch(/^1/);
    expect(rows[1]).toContain('första versionen');
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('shows the network member × indicator, sortable, with gemensamma röda for a chosen k', async () => {
    const page = fx.app.page;
    const section = page.getByTestId('network-section');
    await section.getByRole('heading', { name: 'Nätverket: FoU Nordväst, version 2' }).waitFor();
    await section.getByLabel('Område', { exact: true }).selectOption('missbruk');
    await section.getByRole('button', { name: 'Visa indikatorerna' }).click();
    const table = section.getByTestId('network-indicators');
    await table.waitFor({ timeout: 90_000 });
    // Indikator, År, the seven members of version 2, Ogynnsamma mot riket.
    expect(await table.locator('thead th').count()).toBe(10);
    expect(await table.locator('thead').textContent()).not.toContain('Ekerö');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    const firstCell = (await table.locator('tbody tr').first().locator('td').nth(1).textContent())!;
    expect(firstCell).toMatch(/mot nätverket.*mot riket/);
    // The exempeldata's missbruk has Ja/Nej indicators the seven members answer differently.
    expect(await table.getByTestId('network-split').count()).toBeGreaterThan(0);
    for (const split of await table.getByTestId('network-split').allTextContents())
      expect(split).toMatch(/^Delat svar: \d+ Ja, \d+ Nej$/);
    for (const flip of await table.getByTestId('network-flips').allTextContents())
      expect(flip).toMatch(
        /^Bytt svar sedan \d{4}: .+ (Ja|Nej) → (Ja|Nej) \((har|utan) utvecklingsområde\)/,
      );
    await table.getByRole('button', { name: 'Ogynnsamma mot riket' }).click();
    expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain(
      'Ogynnsamma mot riket',
    );
    await section.getByLabel('Minst antal kommuner').fill('1');
    const shared = section.getByTestId('network-shared-reds');
    await shared.waitFor();
    const reds = await shared.locator('tbody tr').allTextContents();
    expect(reds.length).toBeGreaterThan(0);
    for (const red of reds) expect(red).toMatch(/\d+ av 7: .+\d+ av \d+ publicerade år/);
    // A picture of the network table for README (CI keeps test/e2e/artifacts/).
    const artifacts = path.resolve(__dirname, 'artifacts');
    mkdirSync(artifacts, { recursive: true });
    await table.evaluate((el) => el.scrollIntoView({ block: 'start', inline: 'start' }));
    await page.screenshot({ path: path.join(artifacts, 'natverk.png') });
    await section.getByRole('button', { name: 'Pröva mot län och kommungrupp' }).click();
    await shared
      .getByText(/^Ogynnsamt även mot länet: \d+ av \d+; mot kommungruppen: \d+ av \d+$/)
      .first()
      .waitFor({ timeout: 60_000 });
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('turns a shared red into a proposed utvecklingsområde that names the network as its origin', async () => {
    const page = fx.app.page;
    const shared = page.getByTestId('network-shared-reds');
    const first = shared.getByRole('link', { name: /^Skapa utvecklingsområde från / }).first();
    const title = (await shared.locator('tbody tr').first().locator('th').textContent())!;
    await first.click();
    const form = page.getByTestId('development-form');
    await form.waitFor({ timeout: 30_000 });
    expect(await form.getByLabel('Rubrik').inputValue()).toBe(title);
    expect(await form.getByTestId('development-form-series').locator('li').count()).toBe(1);
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.waitFor({ state: 'detached' });
    const card = page.getByTestId('development-area').filter({
      has: page.getByRole('heading', { name: title, exact: true }),
    });
    await card.waitFor();
    expect(await card.textContent()).toContain('Förslag från nätverket');
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('made no request outside localhost and logged no errors', () => {
    expectNoRemoteRequests(fx.app.requests);
    expect(fx.app.errors).toEqual([]);
  });
});
