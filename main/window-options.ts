import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options, kept free of any electron runtime import so the
 * security settings can be asserted by a unit test without the binary.
 * Electron security checklist: isolation, sandbox, no node, web security on.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'ÖJ-analys',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** The app is served from this privileged scheme (OPFS and wasm need a secure origin). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://oj-analys`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'oj-analys';
  } catch {
    return false;
  }
}
