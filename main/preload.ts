import { contextBridge, ipcRenderer } from 'electron';
import {
  HOST_EVENT_CHANNEL,
  isHostCommand,
  isHostEvent,
  UNKNOWN_COMMAND_REPLY,
  type HostBridge,
  type HostReply,
} from '../shared/contract/host-api';

/**
 * The only bridge into the page: one `invoke` whose channel names come from
 * the contract's allow-list. Main validates the payloads again.
 */
const host = {
  invoke: (command, payload) => {
    if (!isHostCommand(command)) return Promise.resolve(UNKNOWN_COMMAND_REPLY);
    return ipcRenderer.invoke(`host:${command}`, payload) as Promise<HostReply>;
  },
  onEvent: (listener) => {
    const handler = (_event: unknown, data: unknown) => {
      if (isHostEvent(data)) listener(data);
    };
    ipcRenderer.on(HOST_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(HOST_EVENT_CHANNEL, handler);
  },
} satisfies HostBridge;

contextBridge.exposeInMainWorld('host', host);
