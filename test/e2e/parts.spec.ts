import { beforeAll, describe, expect, it } from 'vitest';
import { hemtjanstPerVerksamhet } from '../fixtures/published-layouts/hemtjanst-per-verksamhet';
import { useApp } from './app-fixture';
import { ImportPage } from './page-models/import-page';

/**
 * Issue 19 item 7 in Chromium: a file with results per verksamhet is
 * imported, Enheter drills down from a kommun to its enheter (value, n,
 * standing within the kommun and in the country) and one enhet is chosen as
 * hemenhet. Solna has three verksamheter (one with too few answers), so
 * within Solna there are too few comparators; in the country the seven
 * verksamheter of three kommuner leave five comparators for Hemtjänst Centrum.
 */
describe('enheter as units of analysis in Chromium', () => {
  const fixture = useApp({ hash: '#/importera' });

  beforeAll(async () => {
    const built = await hemtjanstPerVerksamhet.build();
    const importPage = new ImportPage(fixture.app.page);
    await importPage.pick(built.fileName, built.bytes);
    const card = importPage.card(built.fileName);
    await card.ready();
    await card.commitButton().click();
    await card.root.getByText(/Importerad: [\d\s]+ värden/).waitFor({ timeout: 60_000 });
    // The file states no direction: decide it for one question, as a user does under "Behöver riktning".
    const page = fixture.app.page;
    await page.goto(fixture.app.server.url + '#/indikatorer');
    const group = page
      .getByTestId('direction-needed')
      .getByRole('group', { name: /Hur nöjd eller missnöjd/ });
    await group.getByRole('button', { name: 'Högt värde är bra' }).click();
    await group.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Enheter' }).click();
  });

  it('drills down from a kommun to its enheter with n and two standings', async () => {
    const page = fixture.app.page;
    await page
      .getByRole('combobox', { name: /^Kommun/ })
      .selectOption({ label: 'Solna (3 enheter)' });
    const question = page.getByRole('combobox', { name: /^Indikator/ });
    const value = await question
      .locator('option', { hasText: 'Hur nöjd eller missnöjd' })
      .getAttribute('value');
    await question.selectOption(value!);
    const table = page.getByTestId('parts-table');
    await table.getByText(/Hur nöjd eller missnöjd.*enheter i Solna/).waitFor();
    await table.getByRole('rowheader', { name: 'Hemtjänst Centrum' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    const centrum = table.locator('tbody tr').filter({ hasText: 'Hemtjänst Centrum' });
    const cells = (await centrum.locator('td').allTextContents()).map((c) =>
      c.replace(/\u00a0/g, ' '),
    );
    expect(cells[0]).toBe('Kommunal'); // regiform as published
    expect(cells[2]).toMatch(/^\d+$/); // n, antal svar
    expect(cells[3]).toMatch(/Otillräckligt underlag.*1 jämförda/);
    expect(cells[4]).toMatch(/(Gynnsamt|Mellan|Ogynnsamt).*percentil \d+, 5 jämförda/);
    expect(cells[5]).toMatch(/blad Hemtjänst per verksamhet, cell [A-Z]+\d+/);
    const hagalund = table.locator('tbody tr').filter({ hasText: 'Hemtjänst Hagalund' });
    expect(await hagalund.locator('td').nth(1).textContent()).toMatch(/sekretess|bortfall|saknas/);
  });

  it('shows a chosen hemenhet’s standings across the file’s questions', async () => {
    const page = fixture.app.page;
    const centrum = page
      .getByTestId('parts-table')
      .locator('tbody tr')
      .filter({ hasText: 'Hemtjänst Centrum' });
    await centrum.getByRole('button', { name: 'Välj som hemenhet' }).click();
    const home = page.getByTestId('home-part');
    await home.getByRole('heading', { name: 'Hemenhet: Hemtjänst Centrum' }).waitFor();
    await home.getByLabel('Alla enheter i riket').check();
    const rows = home.getByTestId('home-part-standings').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    const satisfied = rows.filter({ hasText: 'Hur nöjd eller missnöjd' });
    // The rows of the comparison within Solna stay until the country's arrive.
    await expect
      .poll(() => satisfied.textContent())
      .toMatch(/(Gynnsamt|Mellan|Ogynnsamt).*5 jämförda/);
    expect(await rows.filter({ hasText: 'Känner du förtroende' }).textContent()).toMatch(
      /Ingen riktning/,
    );
  });

  it('shows the hemenhet in place of the kommun in Översikt, Område and Indikator', async () => {
    const page = fixture.app.page;
    await page.getByRole('link', { name: 'Översikt', exact: true }).click();
    const picker = page.getByTestId('home-part-picker');
    const homePart = picker.getByRole('combobox', { name: 'Hemenhet', exact: true });
    await homePart.waitFor();
    // The choice made in Enheter is the window's: Hemtjänst Centrum against every enhet in the country.
    expect(await homePart.locator('option:checked').textContent()).toBe(
      'Hemtjänst Centrum (enhet)',
    );
    expect(await picker.getByRole('combobox', { name: 'Jämför hemenheten med' }).inputValue()).toBe(
      'national',
    );
    await page
      .locator('caption')
      .filter({ hasText: /^Hemtjänst Centrum jämfört med alla enheter i riket \(6 enheter\)/ })
      .waitFor();
    // The kommun's comparison group does not apply to an enhet: its control says so and is off.
    expect(await page.getByRole('combobox', { name: 'Jämförelsegrupp' }).isDisabled()).toBe(true);

    await page.getByRole('link', { name: 'Områden', exact: true }).click();
    await page.getByText(/^Hemtjänst Centrum jämfört med alla enheter i riket\./).waitFor();
    await page
      .getByTestId('area-table')
      .getByRole('link', { name: /Hur nöjd eller missnöjd/ })
      .click();
    await page.getByRole('heading', { name: 'Alla enheter på samma nivå 2023' }).waitFor();
    expect(await page.getByTestId('home-part-note').textContent()).toMatch(
      /Visar hemenheten Hemtjänst Centrum \(enhet i Solna\)/,
    );

    // Avvikare stays with the kommun and says so.
    await page.getByRole('link', { name: 'Avvikare', exact: true }).click();
    await page
      .getByTestId('outliers-kommun-not-part')
      .getByText(/Avvikare gäller hela kommunen\. Hemenheten Hemtjänst Centrum visas i Översikt/)
      .waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Alla enheter på samma nivå 2023' }).waitFor();

    // Back to the whole kommun: the views show Solna again.
    await page
      .getByTestId('home-part-picker')
      .getByRole('combobox', { name: 'Hemenhet', exact: true })
      .selectOption('');
    await page.getByRole('heading', { name: 'Alla kommuner 2023' }).waitFor();
    expect(await page.getByTestId('home-part-note').count()).toBe(0);
    expect(await fixture.shell.axeViolations()).toEqual([]);
  });

  it('has no WCAG 2.1 AA violations', async () => {
    expect(await fixture.shell.axeViolations()).toEqual([]);
  });
});
