import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  writeLanFirstWorkbook,
  writeSurveyWorkbook,
  type WrittenWorkbook,
} from '../fixtures/mapping-workbooks';
import { useApp } from './app-fixture';
import { expectNoRemoteRequests } from './network-guard';
import { ImportPage } from './page-models/import-page';

const swedish = (value: number) => String(value).replace('.', ',');

/**
 * Issue 16: the import card tells a controller what was read (units,
 * indicators × years, sample values with their cells); a workbook the
 * importer cannot read right is stopped by the gate, corrected in the mapping
 * preview and imported; the correction is a template next year's file is
 * read with, without asking.
 */
describe('import card, gate, mapping preview and layout templates in Chromium', () => {
  const fixture = useApp({ hash: '#/importera' });
  let importPage: ImportPage;
  let lanFirst: WrittenWorkbook;
  let survey2024: WrittenWorkbook;
  let survey2025: WrittenWorkbook;
  beforeAll(async () => {
    importPage = new ImportPage(fixture.app.page);
    [lanFirst, survey2024, survey2025] = await Promise.all([
      writeLanFirstWorkbook(2024),
      writeSurveyWorkbook(2024),
      writeSurveyWorkbook(2025),
    ]);
  });

  it('reads a workbook whose unit column is not the first: kommuner, indicators × years, samples with their cells', async () => {
    await importPage.pick('lan-forst-2024.xlsx', lanFirst.bytes);
    const card = importPage.card('lan-forst-2024.xlsx');
    await card.ready();
    expect(await card.text('import-units')).toMatch(/^290 kommuner\b.*riket$/);
    expect(await card.text('import-indicators')).toBe('6 indikatorer × 1 år (2024)');
    const samples = await card.samples();
    expect(samples).toHaveLength(3);
    for (const s of samples) expect(s.value).toBe(swedish(lanFirst.values.get(s.cell)!));
    expect(await card.gate().count()).toBe(0);
    expect(await card.commitButton().isEnabled()).toBe(true);
    expect(await fixture.shell.axeViolations()).toEqual([]);
    expect(await card.commit()).toMatch(/Importerad: 1 746 värden/);
  });

  it('says "redan inläst" before Importera when the same bytes come again', async () => {
    await importPage.pick('samma-fil-igen.xlsx', lanFirst.bytes);
    const card = importPage.card('samma-fil-igen.xlsx');
    await card.ready();
    await card.root.getByTestId('already-imported').waitFor();
    expect(await card.text('already-imported')).toContain('Redan inläst som lan-forst-2024.xlsx');
    expect(await card.commitButton().isDisabled()).toBe(true);
    await card.root.getByRole('button', { name: 'Ta bort från listan' }).click();
  });

  it('stops an ambiguous workbook at the gate, naming sheet and cells; Importera is disabled and "Importera ändå" asks first', async () => {
    await importPage.pick('hemtjanst-2024.xlsx', survey2024.bytes);
    const card = importPage.card('hemtjanst-2024.xlsx');
    await card.ready();
    const gate = card.gate();
    await gate.waitFor();
    const text = (await gate.textContent()) ?? '';
    expect(text).toContain('Filen ser inte rätt tolkad ut');
    expect(text).toContain('Hemtjänst per kommun');
    expect(text).toMatch(/\b[D-F]\d+\b/);
    expect(await card.commitButton().isDisabled()).toBe(true);
    await gate.getByRole('button', { name: 'Importera ändå' }).click();
    expect(await gate.textContent()).toContain('Värdena sparas som de lästes');
    await gate.getByRole('button', { name: 'Nej, tillbaka' }).click();
    expect(await fixture.shell.observationCount()).toBe(1746);
    expect(await fixture.shell.axeViolations()).toEqual([]);
  });

  it('is corrected in the mapping preview (by keyboard-reachable, labelled controls), read again and imported; the correction is saved as a template', async () => {
    const card = importPage.card('hemtjanst-2024.xlsx');
    await card.gate().getByRole('button', { name: 'Rätta tolkningen' }).click();
    const mapping = card.mapping();
    await mapping.waitFor();
    expect(await fixture.shell.focusedText()).toBe('Tolkning av bladet Hemtjänst per kommun');
    expect(await mapping.getByRole('columnheader', { name: 'D', exact: true }).count()).toBe(1);
    expect(['0', '1']).toContain(
      await mapping.getByLabel('Enhetskolumn i Hemtjänst per kommun').inputValue(),
    ); // the kommun code or name
    expect(await fixture.shell.axeViolations()).toEqual([]);
    // From the heading, the next Tab reaches the first control: the unit column.
    await fixture.app.page.keyboard.press('Tab');
    expect(
      await mapping
        .getByLabel('Enhetskolumn i Hemtjänst per kommun')
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);

    await card.setRole('D', 'n');
    await card.setRole('F', 'n');
    await mapping.getByRole('button', { name: 'Läs om med den här tolkningen' }).click();
    await card.ready();
    expect(await card.gate().count()).toBe(0);
    expect(await card.text('import-indicators')).toBe('2 indikatorer × 1 år (2024)');
    expect(await card.root.textContent()).toContain('Läst med din rättade tolkning');
    const outcome = await card.commit();
    expect(outcome).toMatch(/Importerad: 582 värden/);
    expect(outcome).toContain('Tolkningen sparades som mall.');
    const templates = importPage.templates();
    await templates.getByRole('rowheader', { name: 'Hemtjänst per kommun' }).waitFor();
    expect(await templates.textContent()).toContain('Socialstyrelsen');
  });

  it('reads next year’s file of the same layout with the saved template, without asking; a further correction keeps the template’s', async () => {
    await importPage.pick('hemtjanst-2025.xlsx', survey2025.bytes);
    const card = importPage.card('hemtjanst-2025.xlsx');
    await card.ready();
    expect(await card.text('template-applied')).toMatch(
      /^Tolkad med sparad mall från \d{4}-\d{2}-\d{2}\.$/,
    );
    expect(
      await card.root
        .getByTestId('template-applied')
        .locator('svg[data-icon="check"][aria-hidden="true"]')
        .count(),
    ).toBe(1);
    expect(await card.gate().count()).toBe(0);
    expect(await card.text('import-indicators')).toBe('2 indikatorer × 1 år (2025)');
    expect(await fixture.shell.axeViolations()).toEqual([]);

    // A further correction (a direction) keeps the template's own (the count columns stay n) and updates it.
    await card.root.getByRole('button', { name: 'Visa och rätta tolkningen' }).click();
    await card
      .mapping()
      .getByLabel('Riktning för kolumn C', { exact: true })
      .selectOption('higher_better');
    await card.mapping().getByRole('button', { name: 'Läs om med den här tolkningen' }).click();
    await card.ready();
    expect(await card.text('import-indicators')).toBe('2 indikatorer × 1 år (2025)');
    expect(await card.gate().count()).toBe(0);
    const outcome = await card.commit();
    expect(outcome).toMatch(/Importerad: 582 värden/);
    expect(outcome).toContain('Tolkningen sparades som mall.');
    expect(
      await importPage.templates().getByRole('rowheader', { name: 'Hemtjänst per kommun' }).count(),
    ).toBe(1);
    expect(await fixture.shell.observationCount()).toBe(1746 + 582 + 582);
  });

  it('exports the saved templates as a file, removes one, and loads it back from the file', async () => {
    const templates = importPage.templates();
    const download = fixture.app.page.waitForEvent('download');
    await templates.getByRole('button', { name: 'Exportera mallar …' }).click();
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      kind: 'oj-analys/layout-templates',
      templates: [{ sheetName: 'Hemtjänst per kommun' }],
    });

    await templates
      .getByRole('button', { name: 'Ta bort mallen för Hemtjänst per kommun' })
      .click();
    await templates.getByText('Inga sparade mallar ännu.').waitFor();

    expect(await templates.locator('input[type="file"]:visible').count()).toBe(0);
    const chooser = fixture.app.page.waitForEvent('filechooser');
    await templates.getByRole('button', { name: 'Läs in mallar från fil …' }).click();
    await (await chooser).setFiles(file);
    await templates.getByRole('rowheader', { name: 'Hemtjänst per kommun' }).waitFor();
    expect(await fixture.shell.axeViolations()).toEqual([]);
  });

  it('made no request outside localhost and logged no errors', () => {
    expectNoRemoteRequests(fixture.app.requests);
    expect(fixture.app.errors).toEqual([]);
  });
});
