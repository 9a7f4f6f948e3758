import { contextBridge, ipcRenderer } from 'electron';
import { isHostCommand, type HostApi } from '../shared/contract/host-api';

/**
 * The only bridge into the page: one `invoke` whose channel names come from
 * the contract's allow-list. Main validates the payloads again.
 */
const host = {
  invoke: (command, payload) => {
    if (!isHostCommand(command)) return Promise.reject(new Error('Okänt kommando.'));
    return ipcRenderer.invoke(`host:${command}`, payload) as never;
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld('host', host);
