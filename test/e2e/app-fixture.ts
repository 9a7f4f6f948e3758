import { afterAll, beforeAll } from 'vitest';
import { startApp, type App } from './harness';
import { AppShell } from './page-models/app-shell';

export type AppFixture = { app: App; shell: AppShell };

/** One browser + server per describe block: opened on `hash`, optionally with the exempeldata loaded. */
export function useApp(
  options: Readonly<{ hash?: string; demo?: boolean }> = {},
): Readonly<AppFixture> {
  const fixture = {} as AppFixture;
  beforeAll(async () => {
    fixture.app = await startApp();
    fixture.shell = new AppShell(fixture.app.page);
    await fixture.shell.open(fixture.app.server.url, options.hash);
    if (options.demo) await fixture.shell.openDemo();
  });
  afterAll(async () => fixture.app?.close());
  return fixture;
}
