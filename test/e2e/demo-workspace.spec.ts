import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';
import { readWorkspaceManifest } from '../../shared/workspace/workspace-file';
import { expectNoRemoteRequests } from './network-guard';

describe('demo data and workspace round trip in Chromium', () => {
  const fx = useApp();

  it('offers "Öppna exempeldata" on a fresh workspace and loads it', async () => {
    await fx.app.page.getByRole('heading', { name: 'Arbetsytan är tom' }).waitFor();
    await fx.shell.openDemo();
    const rows = await fx.app.page.getByTestId('publications').locator('tbody tr').count();
    expect(rows).toBe(4 * 5); // four areas × five years
    expect(await fx.shell.observationCount()).toBeGreaterThan(60_000);
    expect(await fx.app.page.getByRole('note').textContent()).toContain('inte ett absolut betyg');
  });

  it('shows the metaanalys heatmap and drills down to the indicators behind a cell', async () => {
    await fx.app.page.getByTestId('heatmap').waitFor();
    const rows = await fx.app.page.getByTestId('heatmap').locator('tbody tr').count();
    expect(rows).toBe(4);
    const cell = fx.app.page.getByRole('button', {
      name: /^Missbruk och beroende 2024: \d+ gynnsamma, \d+ mellan, \d+ ogynnsamma/,
    });
    await cell.focus();
    await fx.app.page.keyboard.press('Enter');
    const drill = fx.app.page.getByTestId('drill-down');
    await drill.waitFor();
    expect(await drill.getByRole('heading').textContent()).toBe(
      'Indikatorer i Missbruk och beroende 2024',
    );
    expect(await drill.locator('tbody tr').count()).toBe(10);
    // every standing is written out with a symbol, never colour alone
    expect(await drill.locator('.standing-badge').first().textContent()).toMatch(
      /^[▲●▼◌–○] (Gynnsamt|Mellan|Ogynnsamt|Otillräckligt underlag|Värde saknas|Ingen riktning)$/,
    );
    expect(await fx.app.page.getByTestId('headline-persistent').isVisible()).toBe(true);
  });

  it('has no WCAG 2.1 AA violations with data on screen', async () => {
    expect(await fx.shell.axeViolations()).toEqual([]);
  });

  it('saves the workspace as a file and reopens it with the same numbers', async () => {
    const before = await fx.shell.observationCount();
    const downloadPromise = fx.app.page.waitForEvent('download');
    await fx.app.page.getByRole('button', { name: 'Spara arbetsyta' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('arbetsyta.ojanalys');
    const file = await download.path();
    const manifest = readWorkspaceManifest(readFileSync(file));
    expect(manifest.tables['observation']?.rows).toBe(before);

    await fx.app.page.getByRole('button', { name: 'Ny arbetsyta' }).click();
    await fx.app.page.getByRole('heading', { name: 'Arbetsytan är tom' }).waitFor();
    expect(await fx.shell.observationCount()).toBe(0);

    const chooserPromise = fx.app.page.waitForEvent('filechooser');
    await fx.app.page.getByRole('button', { name: 'Öppna arbetsyta …' }).click();
    await (
      await chooserPromise
    ).setFiles({
      name: 'arbetsyta.ojanalys',
      mimeType: 'application/zip',
      buffer: readFileSync(file),
    });
    await fx.app.page.getByTestId('publications').waitFor();
    expect(await fx.shell.observationCount()).toBe(before);
    expect(await fx.app.page.getByTestId('message').textContent()).toContain(
      'Öppnade arbetsyta.ojanalys',
    );
  });

  it('refuses a file that is not a workspace and keeps the open one', async () => {
    const before = await fx.shell.observationCount();
    const chooserPromise = fx.app.page.waitForEvent('filechooser');
    await fx.app.page.getByRole('button', { name: 'Öppna arbetsyta …' }).click();
    await (
      await chooserPromise
    ).setFiles({
      name: 'trasig.ojanalys',
      mimeType: 'application/zip',
      buffer: Buffer.from('inte en zip'),
    });
    await fx.app.page.getByRole('alert').filter({ hasText: 'inte en läsbar arbetsyta' }).waitFor();
    expect(await fx.shell.observationCount()).toBe(before);
  });

  it('made no request outside localhost', () => {
    expectNoRemoteRequests(fx.app.requests);
  });
});
