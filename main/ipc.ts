import { BrowserWindow, ipcMain } from 'electron';
import { HOST_COMMANDS, replyOf, type HostCommand } from '../shared/contract/host-api';
import { AppError } from '../shared/util/app-error';
import { validatePayload } from '../shared/contract/host-validators';
import { createHostHandlers } from './host-handlers';
import type { RecentWorkspaces } from './recent-workspaces';
import type { UiLanguage } from './ui-language';
import { isAppUrl } from './window-options';

export const channelFor = (command: HostCommand) => `host:${command}`;

/**
 * One handler per contract command. The sender must be our own app frame,
 * and every payload is validated again here: the renderer is untrusted.
 */
export function registerIpc(
  recent: RecentWorkspaces,
  onMenuChanged: () => void,
  language: UiLanguage,
): void {
  const handlers = createHostHandlers(recent, onMenuChanged, language);
  for (const command of HOST_COMMANDS) {
    // Answered as a HostReply: a refusal reaches the page with its code, not as a flattened string.
    ipcMain.handle(channelFor(command), (event, payload: unknown) =>
      replyOf(async () => {
        const frameUrl = event.senderFrame?.url ?? '';
        const window = BrowserWindow.fromWebContents(event.sender);
        if (!isAppUrl(frameUrl) || !window)
          throw new AppError('ipc.forbidden_sender', 'Otillåten avsändare.');
        const valid = validatePayload(command, payload);
        const handler = handlers[command] as (p: unknown, w: BrowserWindow) => Promise<unknown>;
        return handler(valid, window);
      }),
    );
  }
}
