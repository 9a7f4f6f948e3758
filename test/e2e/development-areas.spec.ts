import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';

/**
 * Issue 20 item 4 in Chromium on the demo workspace (2020–2024): an
 * utvecklingsområde created from scratch on two indicators, edited, moved
 * along its statuses, followed up per indicator against the 2024
 * publication, evaluated for its decision year, closed; one started from a
 * red result and deleted after a confirmation. Axe clean throughout.
 */
describe('Utvecklingsområden from proposal to evaluation', () => {
  const fx = useApp({ demo: true });
  const TITLE = 'Kortare handläggningstid';
  const card = (title: string) =>
    fx.app.page.getByTestId('development-area').filter({
      has: fx.app.page.getByRole('heading', { name: title, exact: true }),
    });

  /** The card's status line, in words ("Status: Pågår"). */
  const status = (title: string, text: string) =>
    card(title).locator('.development-status strong', { hasText: text });

  it('creates one from scratch on two indicators, decided by the nämnd, with a follow-up', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/utvecklingsomraden');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Utvecklingsområden' })
      .waitFor({ timeout: 30_000 });
    await page.getByTestId('development-candidates').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Nytt utvecklingsområde' }).click();
    const form = page.getByTestId('development-form');
    // The title field has focus: the keyboard user starts typing at once.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).required)).toBe(
      true,
    );
    await form.getByLabel('Rubrik').fill(TITLE);
    const add = form.getByLabel('Indikator att lägga till');
    // Two series published in 2024, chosen from the catalogue.
    // The catalogue's series arrive from the core after the form opens.
    await add.locator('option', { hasText: '(2024)' }).first().waitFor({ state: 'attached' });
    for (let i = 0; i < 2; i++) {
      const value = await add.evaluate(
        (s: HTMLSelectElement) =>
          [...s.options].find((o) => o.value && o.text.endsWith('(2024)'))?.value ?? '',
      );
      expect(value).not.toBe('');
      await add.selectOption(value);
      await form.getByRole('button', { name: 'Lägg till indikator' }).click();
    }
    expect(await form.getByTestId('development-form-series').locator('li').count()).toBe(2);
    await form.getByLabel('Ansvarig').fill('IFO-chefen');
    await form.getByLabel('Beslutande nämnd').fill('Socialnämnden');
    await form.getByLabel('Beslutsdatum').fill('2023-03-15');
    await form.getByLabel('Status').selectOption({ label: 'Beslutat' });
    expect(await fx.shell.axeViolations()).toEqual([]);
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.waitFor({ state: 'detached' });

    const area = card(TITLE);
    await area.waitFor();
    expect(await area.locator('.development-status').textContent()).toBe('Status: Beslutat');
    expect(await area.textContent()).toContain('Socialnämnden, 2023-03-15');
    const rows = area.getByTestId('follow-up').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const cells = await rows.nth(i).locator('td').allTextContents();
      // Then: the latest publication up to 2023 (none for a series new in 2024); now: 2024;
      // each with shape and word, never colour alone.
      expect(cells[0]).toMatch(/^(20(2[0-3]|1\d): [▲●▼◌–○] \S|Inget värde$)/);
      expect(cells[1]).toMatch(/^2024: [▲●▼◌–○] \S/);
      expect(cells[2]).toMatch(/^2024: /);
      expect(cells[3]).toMatch(/^(Förbättrat|Oförändrat|Försämrat|Går inte att jämföra)/);
    }
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('edits it and moves it to pågår', async () => {
    const page = fx.app.page;
    await page.getByRole('button', { name: `Redigera ${TITLE}` }).click();
    const form = page.getByTestId('development-form');
    await form.getByLabel('Mål').fill('Minst i nivå med jämförelsegruppen 2025.');
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.waitFor({ state: 'detached' });
    await card(TITLE)
      .locator('dd', { hasText: 'Minst i nivå med jämförelsegruppen 2025.' })
      .waitFor();

    await card(TITLE).getByRole('button', { name: 'Ändra status' }).click();
    await card(TITLE).getByLabel(`Ny status för ${TITLE}`).selectOption({ label: 'Pågår' });
    await card(TITLE).getByRole('button', { name: 'Ändra status' }).last().click();
    await status(TITLE, 'Status: Pågår').waitFor();
  });

  it('evaluates the decision year and keeps the written evaluation', async () => {
    const page = fx.app.page;
    const evaluation = page.getByTestId('evaluation');
    await evaluation.getByLabel('År att utvärdera').selectOption('2023');
    const decided = evaluation.getByRole('region', { name: 'Beslutade 2023' });
    await decided.getByRole('heading', { name: TITLE }).waitFor();
    expect(await decided.getByTestId('follow-up').locator('tbody tr').count()).toBe(2);
    expect(await evaluation.getByTestId('evaluation-counts').textContent()).toMatch(
      /^Indikatorerna sedan årets beslut: \d förbättrade, \d oförändrade, \d försämrade, 0 utan nytt resultat, \d går inte att jämföra\.$/,
    );
    expect(
      await evaluation
        .getByRole('region', { name: 'Fortfarande öppna vid slutet av 2023' })
        .textContent(),
    ).toContain(`${TITLE} (Pågår)`);
    await evaluation.getByLabel('Vår utvärdering av 2023').fill('Arbetet pågår; följs upp 2025.');
    await evaluation.getByRole('button', { name: 'Spara utvärderingen' }).click();
    await page.getByText('Utvärderingen av 2023 är sparad.').waitFor();
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('starts one from a red result, then closes the first and deletes the second after confirming', async () => {
    const page = fx.app.page;
    const start = page
      .getByTestId('development-candidates')
      .getByRole('button', { name: /^Skapa utvecklingsområde från / })
      .first();
    const label = ((await start.getAttribute('aria-label')) ?? '').replace(
      'Skapa utvecklingsområde från ',
      '',
    );
    expect(label).not.toBe('');
    await start.click();
    const form = page.getByTestId('development-form');
    expect(await form.getByLabel('Rubrik').inputValue()).toBe(label);
    expect(await form.textContent()).toContain(`Utgår från resultatet för ${label}.`);
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.waitFor({ state: 'detached' });
    await status(label, 'Status: Föreslaget').waitFor();
    expect(await card(label).getByTestId('follow-up').locator('td').last().textContent()).toBe(
      'Inte beslutat ännu',
    );

    await page.getByRole('button', { name: `Avsluta ${TITLE}` }).click();
    await card(TITLE).getByLabel('Vad blev resultatet?').fill('Handläggningstiden nere.');
    await card(TITLE).getByRole('button', { name: 'Avsluta utvecklingsområdet' }).click();
    await status(TITLE, 'Status: Avslutat').waitFor();

    await page.getByRole('button', { name: `Ta bort ${label}` }).click();
    // Nothing is removed before the confirmation; focus is on Avbryt.
    expect(await fx.shell.focusedText()).toBe('Avbryt');
    expect(await fx.shell.axeViolations()).toEqual([]);
    await card(label).getByRole('button', { name: 'Ja, ta bort' }).click();
    await card(label).waitFor({ state: 'detached' });
    expect(await card(TITLE).count()).toBe(1);
    // Anteckningar no longer keeps its own utvecklingsområden: it links here.
    await page.goto(fx.app.server.url + '#/anteckningar');
    await page
      .getByTestId('development-areas-moved')
      .getByRole('link', { name: 'Utvecklingsområden' })
      .waitFor();
    expectNoRemoteRequests(fx.app.requests);
  });
});
