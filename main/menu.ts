import { Menu, type BrowserWindow } from 'electron';
import {
  HOST_EVENT_CHANNEL,
  type HostEvent,
  type RecentWorkspace,
} from '../shared/contract/host-api';
import type { Lang } from '../shared/i18n/i18n';
import { menuTemplate } from './menu-template';

/** Deliver a host event to the app window (menu command, opened file). */
export function sendHostEvent(window: BrowserWindow | null, event: HostEvent): void {
  window?.webContents.send(HOST_EVENT_CHANNEL, event);
}

/** The native menus in the UI's language; rebuilt when the recent files or the language change. */
export function installMenu(
  recent: readonly RecentWorkspace[],
  target: () => BrowserWindow | null,
  lang: Lang,
): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(recent, (event) => sendHostEvent(target(), event), lang)),
  );
}
