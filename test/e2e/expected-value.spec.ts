import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { areaLabel } from '../../shared/model/areas';
import { useApp } from './app-fixture';

/**
 * Förväntat värde on Indikator (issue 19 item 8) with the exempeldata (three
 * bakgrundsmått per area) and an own variable. The demo's indicators of one
 * area share a per-kommun quality, so another indicator of the same area,
 * imported as the own variable "Kvalitetsindex", explains a good part of the
 * chosen one; population (a bakgrundsmått) explains almost nothing.
 */
const HOME = '1480'; // the exempeldata's hemkommun, Göteborg
const dataset = generateDemoDataset();
const latest = dataset.publications
  .filter((p) => p.file.area === 'missbruk')
  .sort((a, b) => b.file.year - a.file.year)[0]!;
const kommunValues = (indicatorId: string) =>
  new Map(
    latest.observations
      .filter(
        (o) =>
          o.indicatorId === indicatorId &&
          o.status === 'ok' &&
          o.valueNum !== null &&
          /^\d{4}$/.test(o.unitCode) &&
          dataset.units.find((u) => u.unitCode === o.unitCode)?.level === 'kommun',
      )
      .map((o) => [o.unitCode, o.valueNum!]),
  );
const [target, explaining] = latest.indicators
  .filter(
    (i) =>
      !i.background &&
      i.kind !== 'yesno' &&
      i.kind !== 'text' &&
      i.direction !== 'none' &&
      kommunValues(i.indicatorId).has(HOME),
  )
  .slice(0, 2);
const y = kommunValues(target!.indicatorId);
const v = kommunValues(explaining!.indicatorId);
// Every kommun has a population, so n = kommuner with both the indicator and the own variable.
const n = [...y.keys()].filter((k) => v.has(k)).length;
const csv = `Kommunkod;Kvalitetsindex\n${[...v]
  .map(([k, x]) => `${k};${String(x).replace('.', ',')}`)
  .join('\n')}\n`;

describe('Förväntat värde on Indikator, in Chromium', () => {
  const fx = useApp({ demo: true });

  it('builds a model on a bakgrundsmått and an own variable, with R², n, the verdict and the caveat', async () => {
    const page = fx.app.page;
    await page.goto(fx.app.server.url + '#/jamforelsegrupper');
    const variables = page.getByTestId('unit-variables');
    await variables.waitFor({ timeout: 30_000 });
    const chooser = page.waitForEvent('filechooser');
    await variables.getByRole('button', { name: 'Välj fil med egna variabler …' }).press('Enter');
    await (
      await chooser
    ).setFiles({ name: 'kvalitet.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await variables.getByRole('row', { name: /Kvalitetsindex/ }).waitFor();

    await page.goto(`${fx.app.server.url}#/indikator/${encodeURIComponent(target!.seriesId!)}`);
    const section = page.getByTestId('expected-value');
    await section.waitFor({ timeout: 60_000 });
    await section.getByRole('heading', { name: 'Förväntat värde' }).waitFor();
    // The caveat is there before any choice, and stays.
    const caveat = section.getByTestId('expected-caveat');
    expect(await caveat.textContent()).toContain(
      'En modell på strukturmått visar samband, inte orsak.',
    );

    // One bakgrundsmått: the demo's population is unrelated to its indicators.
    const first = section.getByLabel('Mått 1', { exact: true });
    // The options come from every bakgrundsmått and own variable: give a loaded machine time.
    await first.waitFor({ timeout: 90_000 });
    await first.selectOption({
      label: `Bakgrundsmått: Folkmängd, antal invånare (${areaLabel('missbruk', 'sv')})`,
    });
    const summary = section.getByTestId('expected-summary');
    await summary.waitFor({ timeout: 30_000 });
    // Every kommun has a population: n is every kommun with a value on the indicator.
    expect(await summary.textContent()).toMatch(
      new RegExp(`^R² = [\\d,]+ · n = ${y.size} kommuner$`),
    );
    expect(await caveat.isVisible()).toBe(true);

    // Add the own variable with the keyboard: focus the second select and pick by typing.
    const second = section.getByLabel('Mått 2', { exact: true });
    await second.focus();
    await second.selectOption({ label: 'Egen variabel: Kvalitetsindex' });
    const verdict = section.getByTestId('expected-verdict');
    await verdict.waitFor({ timeout: 30_000 });
    expect(await verdict.locator('strong').textContent()).toMatch(
      /^Göteborg är (bättre än|som|sämre än) förväntat givet folkmängd, antal invånare och kvalitetsindex\.$/,
    );
    expect(await verdict.textContent()).toMatch(/Faktiskt värde [\d,]+, förväntat värde [\d,]+/);
    const text = (await summary.textContent()) ?? '';
    const r2 = Number(/R² = ([\d,]+)/.exec(text)![1]!.replace(',', '.'));
    expect(r2).toBeGreaterThanOrEqual(0.1);
    expect(text).toContain(`n = ${n} kommuner`);
    // Intercept and one row per measure, each named.
    expect(
      await section.getByTestId('expected-coefficients').locator('tbody th').allTextContents(),
    ).toEqual(['Konstant', `Folkmängd, antal invånare (${latest.file.year})`, 'Kvalitetsindex']);
    // The scatter with its caption (the home named, not told by colour alone).
    expect(await section.locator('figcaption').textContent()).toContain(
      'Göteborg är markerad med en större romb och sitt namn',
    );
    expect(await caveat.isVisible()).toBe(true);
    expect(await fx.shell.axeViolations()).toEqual([]);

    // The optional report part: pinned with the measures chosen here.
    await section.getByRole('button', { name: 'Lägg modellen i rapporten' }).click();
    await page
      .getByText(/^Fäst i /)
      .first()
      .waitFor({ timeout: 30_000 });
  });
});
