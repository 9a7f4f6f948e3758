import type { HostApi } from '../../shared/contract/host-api';
import { browserHost } from './browser-host';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in plain Chromium. */
    readonly host?: HostApi;
  }
}

/** Electron's preload bridge when present, otherwise the web host. */
export const host: HostApi = window.host ?? browserHost;
