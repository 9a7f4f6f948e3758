import { describe, expect, it } from 'vitest';
import { useApp } from './app-fixture';

describe('autosave and "Återställ osparat arbete?" in Chromium', () => {
  const fx = useApp();

  it('autosaves unsaved work and offers to recover it after the window is reloaded', async () => {
    await fx.shell.openDemo();
    const before = await fx.shell.observationCount();
    await fx.app.page.waitForFunction(() => JSON.parse(localStorage.getItem('oj-analys.autosave') ?? 'null')?.dirty === true, null, { timeout: 60_000 });
    await fx.app.page.reload();
    await fx.shell.waitForEngine();
    const dialog = fx.app.page.getByRole('alertdialog', { name: 'Återställ osparat arbete?' });
    await dialog.waitFor();
    expect(await fx.shell.axeViolations()).toEqual([]);
    expect(await fx.shell.observationCount()).toBe(0);
    await dialog.getByRole('button', { name: 'Återställ' }).click();
    await fx.app.page.getByTestId('message').filter({ hasText: 'Återställde det osparade arbetet.' }).waitFor();
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
});
