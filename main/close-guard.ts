import type { BrowserWindow } from 'electron';
import { HOST_EVENT_CHANNEL, type HostEvent } from '../shared/contract/host-api';

/** Windows whose page has answered 'window.close': their next close goes through. */
const released = new WeakSet<BrowserWindow>();

/**
 * Closing the window first asks the page, which knows whether there are
 * unsaved changes and asks the user; the page answers with the validated
 * 'window.close' command. A page that is gone cannot answer, so it does not hold the window.
 */
export function guardClose(window: BrowserWindow): void {
  window.on('close', (event) => {
    if (released.has(window) || window.webContents.isDestroyed() || window.webContents.isCrashed())
      return;
    event.preventDefault();
    const request: HostEvent = { command: 'window.closeRequested', recentId: null };
    window.webContents.send(HOST_EVENT_CHANNEL, request);
  });
}

/** The page's answer: close now, without asking again. */
export function releaseAndClose(window: BrowserWindow): void {
  released.add(window);
  window.close();
}
