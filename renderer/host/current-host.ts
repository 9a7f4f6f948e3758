import { hostFromBridge, type HostApi, type HostBridge } from '../../shared/contract/host-api';
import { browserHost, watchUnload } from './browser-host';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in plain Chromium. */
    readonly host?: HostBridge;
  }
}

/** Electron's preload bridge when present, otherwise the web host. */
// `typeof window`: modules that import this one are also loaded by unit tests in Node.
const bridge = typeof window === 'undefined' ? undefined : window.host;
export const host: HostApi = bridge ? hostFromBridge(bridge) : browserHost;

/** The web host's prompt on closing the tab with unsaved changes; Electron asks through 'window.closeRequested' instead. */
export function guardUnload(isDirty: () => boolean): () => void {
  return window.host ? () => undefined : watchUnload(isDirty);
}
