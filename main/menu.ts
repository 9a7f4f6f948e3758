import { Menu, type BrowserWindow } from 'electron';
import {
  HOST_EVENT_CHANNEL,
  type HostEvent,
  type RecentWorkspace,
} from '../shared/contract/host-api';
import { menuTemplate } from './menu-template';

/** Deliver a host event to the app window (menu command, opened file). */
export function sendHostEvent(window: BrowserWindow | null, event: HostEvent): void {
  window?.webContents.send(HOST_EVENT_CHANNEL, event);
}

/** Swedish native menus; rebuilt when the recent files change. */
export function installMenu(
  recent: readonly RecentWorkspace[],
  target: () => BrowserWindow | null,
): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(recent, (event) => sendHostEvent(target(), event))),
  );
}
