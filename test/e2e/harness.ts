import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveWebApp, type WebServer } from '../../shared/platform/node/web-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The launch flags our machines need (DEVELOPERS.md / TECH-NOTES.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type App = Readonly<{
  server: WebServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request any page or worker of the context made, in order. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Responses with an error status ("404 http://…/favicon.ico"). */
  failedResponses: string[];
  close: () => Promise<void>;
}>;

export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    const { hostname } = new URL(url);
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  } catch {
    return false;
  }
}

export async function startApp(): Promise<App> {
  const server = await serveWebApp(path.join(ROOT, 'dist'));
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'oj-e2e-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`].filter(
      // playwright-core manages user-data-dir itself for launch(); keep ours out.
      (a) => !a.startsWith('--user-data-dir'),
    ),
  });
  const context = await browser.newContext({ acceptDownloads: true });
  const requests: string[] = [];
  const errors: string[] = [];
  const failedResponses: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on(
    'response',
    (response) =>
      response.status() >= 400 && failedResponses.push(`${response.status()} ${response.url()}`),
  );
  // Anything not on localhost is recorded above and then refused here.
  await context.route('**/*', (route) =>
    isLocal(route.request().url()) ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    server,
    browser,
    context,
    page,
    requests,
    errors,
    failedResponses,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
