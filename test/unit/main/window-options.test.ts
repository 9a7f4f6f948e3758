import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isAppUrl, mainWindowOptions } from '../../../main/window-options';
import { APP_CSP } from '../../../shared/app-csp';

const ROOT = path.resolve(__dirname, '../../..');

describe('Electron window security settings (from the code the app uses)', () => {
  const prefs = mainWindowOptions('/app/preload.cjs').webPreferences!;

  it('isolates, sandboxes and keeps Node out of the page', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('only treats our own app:// origin as the app', () => {
    expect(isAppUrl('app://oj-analys/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://oj-analys/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('ships one strict CSP: in index.html, without unsafe-eval or remote origins', () => {
    const html = readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(APP_CSP);
    expect(APP_CSP).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(APP_CSP).toContain("object-src 'none'");
    expect(APP_CSP).not.toMatch(/'unsafe-eval'|https?:|\*/);
  });

  it('never imports electron at runtime (unit tests run without the binary)', () => {
    const source = readFileSync(path.join(ROOT, 'main/window-options.ts'), 'utf8');
    expect(source).not.toMatch(/^import (?!type)[^;]*from 'electron'/m);
  });
});
