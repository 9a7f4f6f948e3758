import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';

const DIMENSIONS = [
  'Kunskapsbaserad',
  'Säker',
  'Individanpassad',
  'Effektiv',
  'Jämlik',
  'Tillgänglig',
  'Ej angiven',
];

describe('quality dimensions, types and counts by their Swedish names in Chromium', () => {
  const fx = useApp({ demo: true });
  const rowNames = () =>
    fx.app.page.getByTestId('heatmap').locator('tbody th[scope="row"]').allTextContents();

  it('names the metaanalys rows by quality dimension, never by code', async () => {
    await fx.app.page.getByLabel('Rader').selectOption('qualityDimension');
    await fx.app.page
      .getByTestId('heatmap')
      .locator('thead th')
      .first()
      .getByText('Kvalitetsområde')
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => (await rowNames()).every((name) => DIMENSIONS.includes(name)), {
        timeout: 30_000,
      })
      .toBe(true);
    expect(await rowNames()).toContain('Jämlik');
  });

  it('names them by indicator type', async () => {
    await fx.app.page.getByLabel('Rader').selectOption('indicatorType');
    await expect
      .poll(async () => (await rowNames()).sort(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['Process', 'Resultat']));
    expect(
      (await rowNames()).every((name) =>
        ['Struktur', 'Process', 'Resultat', 'Ej angiven'].includes(name),
      ),
    ).toBe(true);
  });

  it('counts outliers per area with the right number: never "1 indikatorer"', async () => {
    await fx.app.page.goto(fx.app.server.url + '#/avvikare');
    await fx.app.page.getByTestId('outliers').waitFor({ timeout: 30_000 });
    const counts = await fx.app.page
      .getByRole('heading', { name: 'Områden som sticker ut återkommande' })
      .locator('xpath=following-sibling::ul[1]/li')
      .allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    for (const line of counts) expect(line).toMatch(/: (1 indikator|(?!1 )\d+ indikatorer)$/);
  });
});
