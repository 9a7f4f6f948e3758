import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';

describe('autosave and "Återställ osparat arbete?" in Chromium', () => {
  const fx = useApp();

  it('autosaves unsaved work and offers to recover it after the window is reloaded', async () => {
    await fx.shell.openDemo();
    const before = await fx.shell.observationCount();
    await fx.app.page.waitForFunction(
      () => JSON.parse(localStorage.getItem('oj-analys.autosave') ?? 'null')?.dirty === true,
      null,
      { timeout: 60_000 },
    );
    await fx.app.page.reload();
    await fx.shell.waitForEngine();
    const dialog = fx.app.page.getByRole('alertdialog', { name: 'Återställ osparat arbete?' });
    await dialog.waitFor();
    expect(await fx.shell.axeViolations()).toEqual([]);
    expect(await fx.shell.observationCount()).toBe(0);
    await dialog.getByRole('button', { name: 'Återställ' }).click();
    await fx.app.page
      .getByTestId('message')
      .filter({ hasText: 'Återställde det osparade arbetet.' })
      .waitFor();
    expect(await fx.shell.observationCount()).toBe(before);
    expect(await dialog.count()).toBe(0);
  });

  it('does not ask again once the user discards it', async () => {
    await fx.app.page.reload();
    await fx.shell.waitForEngine();
    const dialog = fx.app.page.getByRole('alertdialog', { name: 'Återställ osparat arbete?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Släng' }).click();
    await fx.app.page.reload();
    await fx.shell.waitForEngine();
    expect(await fx.app.page.getByRole('alertdialog').count()).toBe(0);
  });

  it('counts a changed analysis choice as unsaved work: it is autosaved', async () => {
    const page = fx.app.page;
    const marker = () =>
      page.evaluate(
        () =>
          JSON.parse(localStorage.getItem('oj-analys.autosave') ?? 'null') as {
            dirty: boolean;
          } | null,
      );
    await fx.shell.openDemo();
    await page.waitForFunction(
      () => JSON.parse(localStorage.getItem('oj-analys.autosave') ?? 'null')?.dirty === true,
      null,
      { timeout: 60_000 },
    );
    // As after a save: nothing unsaved.
    await page.evaluate(() =>
      localStorage.setItem(
        'oj-analys.autosave',
        JSON.stringify({
          ...JSON.parse(localStorage.getItem('oj-analys.autosave')!),
          dirty: false,
        }),
      ),
    );
    await page.goto(fx.app.server.url + '#/oversikt');
    await page.getByTestId('heatmap').waitFor({ timeout: 60_000 });
    expect((await marker())?.dirty).toBe(false);
    await page
      .locator('select:has(option[value="kommungrupp:2023"])')
      .selectOption('kommungrupp:2023');
    await page.waitForFunction(
      () => JSON.parse(localStorage.getItem('oj-analys.autosave') ?? 'null')?.dirty === true,
      null,
      { timeout: 30_000 },
    );
    expect((await marker())?.dirty).toBe(true);
  });
});
