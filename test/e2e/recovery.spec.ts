import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { AppShell } from './page-models/app-shell';

describe('autosave and "Återställ osparat arbete?" in Chromium', () => {
  let app: App;
  let shell: AppShell;
  beforeAll(async () => {
    app = await startApp();
    shell = new AppShell(app.page);
    await shell.open(app.server.url);
  });
  afterAll(async () => app?.close());

  it('autosaves unsaved work and offers to recover it after the window is reloaded', async () => {
    await shell.openDemo();
    const before = await shell.observationCount();
    await app.page.waitForFunction(() => JSON.parse(localStorage.getItem('oj-analys.autosave') ?? 'null')?.dirty === true, null, { timeout: 60_000 });
    await app.page.reload();
    await shell.waitForEngine();
    const dialog = app.page.getByRole('alertdialog', { name: 'Återställ osparat arbete?' });
    await dialog.waitFor();
    expect(await shell.axeViolations()).toEqual([]);
    expect(await shell.observationCount()).toBe(0);
    await dialog.getByRole('button', { name: 'Återställ' }).click();
    await app.page.getByTestId('message').filter({ hasText: 'Återställde det osparade arbetet.' }).waitFor();
    expect(await shell.observationCount()).toBe(before);
    expect(await dialog.count()).toBe(0);
  });

  it('does not ask again once the user discards it', async () => {
    await app.page.reload();
    await shell.waitForEngine();
    const dialog = app.page.getByRole('alertdialog', { name: 'Återställ osparat arbete?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Släng' }).click();
    await app.page.reload();
    await shell.waitForEngine();
    expect(await app.page.getByRole('alertdialog').count()).toBe(0);
  });
});
