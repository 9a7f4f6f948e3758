import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../renderer/app/routes';
import { en } from '../../shared/i18n/en';
import { sv } from '../../shared/i18n/sv';
import { useApp } from './app-fixture';

/**
 * Issue 18 item 2: in English, no view shows Swedish words from the
 * catalogue. Every view of the navigation (and Indikator) is opened on the
 * exempeldata in English and its visible text is searched for each Swedish
 * catalogue text that differs from its English one. Data (kommun names,
 * indicator titles as published) is Swedish by nature and not in the catalogue.
 */

/** The fixed parts of a catalogue text: the pieces between its {placeholders}, long enough to mean something. */
function swedishPieces(): Map<string, string> {
  const pieces = new Map<string, string>();
  for (const [key, text] of Object.entries(sv) as [keyof typeof sv, string][]) {
    if (text === en[key]) continue;
    // Units ("per invånare", "procentenheter") are also words of published indicator titles: data.
    if (key.startsWith('reportBody.unit.')) continue;
    for (const piece of text.split(/\{\w+\}/)) {
      const p = piece.trim();
      // A piece that is also English text somewhere (names, symbols, numbers) says nothing.
      if (p.length < 12 || !/[a-zåäö]{4,}/.test(p)) continue;
      if (Object.values(en).some((e) => e.includes(p))) continue;
      pieces.set(p, key);
    }
  }
  return pieces;
}

describe('every view in English', () => {
  const fx = useApp();
  const pieces = swedishPieces();

  it('shows no Swedish catalogue text on any view', async () => {
    const page = fx.app.page;
    // English first, then the exempeldata: its messages are written in English too.
    await page.getByLabel('Språk').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByRole('button', { name: 'Open sample data' }).click();
    await page.getByTestId('publications').waitFor({ timeout: 90_000 });
    const found: string[] = [];
    const visit = async (hash: string) => {
      await page.goto(fx.app.server.url + hash);
      await page.locator('main h1').first().waitFor({ timeout: 30_000 });
      // Let the view's commands answer (a busy view says so in words, which are checked too).
      await page.waitForTimeout(1500);
      // The report document is checked too, body and all (report-texts.ts); code spans hold ids.
      const { text, chrome } = await page.evaluate(() => {
        const clone = document.body.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('code').forEach((e) => e.remove());
        document.body.append(clone);
        clone.style.position = 'absolute';
        const visible = clone.innerText;
        // The app's own words around the data: headings, buttons, labels, legends, navigation.
        const words = [
          ...clone.querySelectorAll('h1, h2, h3, h4, button, label, legend, summary, nav a'),
        ]
          .map((e) => (e as HTMLElement).innerText)
          .join('\n');
        clone.remove();
        return { text: visible, chrome: words };
      });
      // A phrase anywhere; a single word only in the app's own words (data such as a sheet
      // named "Bakgrundsmått" or an indicator title may share a word with the catalogue).
      for (const [piece, key] of pieces)
        if ((piece.includes(' ') ? text : chrome).includes(piece))
          found.push(`${hash}: "${piece}" (${key})`);
    };
    for (const route of ROUTES) await visit(`#/${route.slug}`);
    await visit('#/indikator/' + encodeURIComponent('aldreomsorg:ald01'));
    expect(pieces.size).toBeGreaterThan(300);
    expect(found).toEqual([]);
  });
});
