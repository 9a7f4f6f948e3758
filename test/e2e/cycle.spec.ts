import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';

/**
 * Hjulet (issue 20 item 5) in Chromium on the exempeldata (Göteborg): the
 * eight stations of the latest publication year, each with its state in
 * words; exporting the report moves the nämnd station to "Klar".
 */
describe('Hjulet in Chromium', () => {
  const fx = useApp({ demo: true });

  const station = (name: RegExp) =>
    fx.app.page
      .getByTestId('cycle')
      .getByRole('listitem')
      .filter({ has: fx.app.page.getByRole('heading', { name }) });

  it('shows the eight stations with their state in words and a link to the work', async () => {
    const page = fx.app.page;
    await page.getByRole('link', { name: 'Hjulet', exact: true }).click();
    await page.getByTestId('cycle').getByRole('listitem').nth(7).waitFor({ timeout: 60_000 });
    const headings = await page
      .getByTestId('cycle')
      .getByRole('heading', { level: 2 })
      .allTextContents();
    expect(headings).toEqual([
      '1. Publicering',
      '2. Sammanställning för nätverket',
      '3. Gemensam tolkning',
      '4. Analys',
      '5. Nämnden',
      '6. Beslutade utvecklingsområden',
      '7. Uppföljning',
      '8. Utvärdering',
    ]);
    expect(await station(/Publicering/).textContent()).toMatch(
      /Klar.*4 av 4 områden har en fil för året/,
    );
    expect(await station(/Nämnden/).textContent()).toMatch(/Inte påbörjad/);
    expect(
      await station(/Utvärdering/)
        .getByRole('link')
        .textContent(),
    ).toBe('Till Utvärdering');
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('counts an exported report for the nämnd station', async () => {
    const page = fx.app.page;
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera siffrorna (Excel)' }).click();
    await download;
    await page.getByRole('link', { name: 'Hjulet', exact: true }).click();
    await expect
      .poll(async () => station(/Nämnden/).textContent(), { timeout: 30_000 })
      .toMatch(/Klar.*Exporterade rapporter sedan året: 1/);
  });
});
