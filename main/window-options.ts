import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_NAME } from '../shared/app-info';
import { translate, type Lang } from '../shared/i18n/i18n';

/**
 * The main window's options, kept free of any electron runtime import so the
 * security settings can be asserted by a unit test without the binary.
 * Electron security checklist: isolation, sandbox, no node, web security on.
 */
const LOCKED_DOWN = {
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
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { preload: preloadPath, ...LOCKED_DOWN },
  };
}

export type Area = Readonly<{ x: number; y: number; width: number; height: number }>;

const PRESENTER_SIZE = { width: 1100, height: 760 } as const;

/**
 * The presenter window (notes, next slide, timer, buttons): locked down like
 * the main window and without a preload — it only shows what the main window
 * sends over a same-origin BroadcastChannel, so it never calls into main.
 * Centred in `area` (the work area of another display than the main
 * window's, when there is one), never larger than it.
 */
export function presenterWindowOptions(
  area: Area | null,
  lang: Lang = 'sv',
): BrowserWindowConstructorOptions {
  const width = Math.min(PRESENTER_SIZE.width, area?.width ?? PRESENTER_SIZE.width);
  const height = Math.min(PRESENTER_SIZE.height, area?.height ?? PRESENTER_SIZE.height);
  const place = area
    ? {
        x: Math.round(area.x + (area.width - width) / 2),
        y: Math.round(area.y + (area.height - height) / 2),
      }
    : {};
  return {
    width,
    height,
    ...place,
    minWidth: 480,
    minHeight: 360,
    title: `${translate(lang, 'presenter.title')} – ${APP_NAME}`,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...LOCKED_DOWN },
  };
}

/** The first display's work area that is not the main window's (the presenter's own screen when a projector is the other), or null with one display. */
export function otherWorkArea(areas: readonly Area[], mainArea: Area): Area | null {
  const same = (a: Area) =>
    a.x === mainArea.x &&
    a.y === mainArea.y &&
    a.width === mainArea.width &&
    a.height === mainArea.height;
  return areas.find((a) => !same(a)) ?? null;
}

/** The app is served from this privileged scheme (OPFS and wasm need a secure origin). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://oj-analys`;
/** The presenter window's page: the app's own, with the hash the renderer reads as "presenter window" (features/presentation/presenter-channel.ts). */
export const PRESENTER_URL = `${APP_ORIGIN}/index.html#/presentator`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'oj-analys';
  } catch {
    return false;
  }
}

/**
 * The one permission the app asks for: full screen for the presentation
 * (requestFullscreen counts as a permission request in Electron), and only
 * from the app's own pages. Everything else is refused.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'fullscreen' && isAppUrl(requestingUrl);
}
