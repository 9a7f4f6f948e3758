import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  isAppUrl,
  isPermissionAllowed,
  mainWindowOptions,
  otherWorkArea,
  presenterWindowOptions,
} from '../../../main/window-options';
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

  it('locks the presenter window down the same way and gives it no preload (it calls nothing in main)', () => {
    const presenter = presenterWindowOptions(null).webPreferences!;
    expect({ ...presenter, preload: '/app/preload.cjs' }).toEqual(prefs);
    expect(presenter.preload).toBeUndefined();
    expect(presenterWindowOptions(null).show).toBe(false);
  });

  it('puts the presenter window on another display than the main window when there is one, never larger than it', () => {
    const laptop = { x: 0, y: 0, width: 1440, height: 900 };
    const projector = { x: 1440, y: 0, width: 1024, height: 700 };
    expect(otherWorkArea([laptop, projector], projector)).toEqual(laptop);
    expect(otherWorkArea([laptop], laptop)).toBeNull();
    expect(presenterWindowOptions(laptop)).toMatchObject({
      x: 170,
      y: 70,
      width: 1100,
      height: 760,
    });
    expect(presenterWindowOptions(projector)).toMatchObject({
      x: 1440,
      y: 0,
      width: 1024,
      height: 700,
    });
    expect(presenterWindowOptions(null)).not.toHaveProperty('x');
  });

  it('grants only full screen, and only to the app itself', () => {
    expect(isPermissionAllowed('fullscreen', 'app://oj-analys/index.html#/presentation')).toBe(
      true,
    );
    expect(isPermissionAllowed('fullscreen', 'app://oj-analys')).toBe(true); // the permission check passes an origin
    expect(isPermissionAllowed('fullscreen', 'https://example.org/')).toBe(false);
    for (const other of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(isPermissionAllowed(other, 'app://oj-analys/index.html')).toBe(false);
    }
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
