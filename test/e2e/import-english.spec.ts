import { beforeAll, describe, expect, it } from 'vitest';
import { sv } from '../../shared/i18n/sv';
import { writeTroubledWorkbook } from '../fixtures/variant-workbooks';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The fixed parts of the Swedish diagnostic and import reason texts, between their {placeholders}. */
const swedishPieces = (): string[] =>
  Object.entries(sv)
    .filter(([key]) => key.startsWith('diagnostic.') || key.startsWith('importReason.'))
    .flatMap(([, text]) => text.split(/\{\w+\}/).map((p) => p.trim()))
    .filter((p) => p.length >= 12 && /[a-zåäö]{4,}/.test(p));

/**
 * Issue 18 item 2: the import card's warnings, notes and gate findings in
 * English when the user chose English, and in Swedish again when they switch back.
 */
describe('an import card with warnings, in English', () => {
  const fx = useApp({ hash: '#/importera' });
  let troubled: Buffer;
  beforeAll(async () => {
    troubled = Buffer.from(await writeTroubledWorkbook());
  });

  const card = () =>
    fx.app.page
      .getByTestId('import-card')
      .filter({ has: fx.app.page.getByRole('heading', { name: 'brukare.xlsx', exact: true }) });
  const text = async (testId: string) =>
    ((await card().getByTestId(testId).textContent()) ?? '').replace(/\u00a0/g, ' ');

  it('words what it could not place, its notes and its gate findings in English', async () => {
    const page = fx.app.page;
    await page.getByLabel('Språk').selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files …' }).click();
    await (await chooser).setFiles({ name: 'brukare.xlsx', mimeType: XLSX_MIME, buffer: troubled });
    await card().and(page.locator('[data-phase="ready"]')).waitFor({ timeout: 90_000 });

    const warnings = await text('warning-groups');
    expect(warnings).toContain('Unknown unit "Okändby" – the row was not read.');
    expect(warnings).toContain('The column has values but no heading and was not read.');
    expect(warnings).toContain(
      'The year could not be told from the title or file name; enter the year before saving.',
    );
    expect(await text('note-groups')).toContain('The row "Median" is not a unit and was not read.');
    expect(await text('gate-blocking')).toContain(
      '1 row names a unit already in the same table (e.g. A10); only the first row would be read.',
    );
    expect(await text('gate-review')).toContain('is a share but 1 of 5 values is outside 0–100');
    expect(await text('area-reason')).toBe(
      'Why: the title “Brukarundersökning hemtjänst” mentions “hemtjänst”',
    );

    const all = (await card().textContent()) ?? '';
    expect(swedishPieces().filter((p) => all.includes(p))).toEqual([]);
  });

  it('words them in Swedish again when the user switches back', async () => {
    await fx.app.page.getByLabel('Language').selectOption('sv');
    await fx.app.page.waitForFunction(() => document.documentElement.lang === 'sv');
    expect(await text('warning-groups')).toContain('Okänd enhet "Okändby" – raden lästes inte in.');
    expect(await text('gate-blocking')).toContain(
      '1 rad nämner en enhet som redan finns i samma tabell (t.ex. A10)',
    );
    expect(await text('area-reason')).toBe(
      'Varför: titeln ”Brukarundersökning hemtjänst” nämner ”hemtjänst”',
    );
  });

  it('made no request outside localhost and logged no errors', () => {
    expectNoRemoteRequests(fx.app.requests);
    expect(fx.app.errors).toEqual([]);
  });
});
