import type { Lang } from '../shared/i18n/i18n';
import { BrowserWindow, screen } from 'electron';
import { otherWorkArea, PRESENTER_URL, presenterWindowOptions } from './window-options';

let presenter: BrowserWindow | null = null;

/**
 * Open the presenter window beside the presentation (on another display when
 * there is one), or bring the open one forward. It closes with the window
 * that opened it. The two windows keep in step by themselves (same origin,
 * BroadcastChannel); main only opens and closes.
 */
export function openPresenterWindow(owner: BrowserWindow, lang: Lang = 'sv'): boolean {
  if (presenter && !presenter.isDestroyed()) {
    presenter.show();
    presenter.focus();
    return true;
  }
  const mainArea = screen.getDisplayMatching(owner.getBounds()).workArea;
  const window = new BrowserWindow(
    presenterWindowOptions(
      otherWorkArea(
        screen.getAllDisplays().map((d) => d.workArea),
        mainArea,
      ),
      lang,
    ),
  );
  presenter = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (presenter === window) presenter = null;
  });
  owner.once('closed', () => {
    if (!window.isDestroyed()) window.close();
  });
  void window.loadURL(PRESENTER_URL);
  return true;
}
