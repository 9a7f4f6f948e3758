import { APP_NAME, APP_VERSION } from '../../shared/app-info';
import type {
  HostApi,
  HostCommands,
  PickedFile,
  RecentWorkspace,
} from '../../shared/contract/host-api';
import { opfsRead, opfsWrite } from '../../shared/platform/browser/opfs';
import { PRESENTER_HASH } from '../features/presentation/presenter-channel';

/**
 * The web host: the same renderer in plain Chromium. Files come from file
 * inputs, saves are downloads, and saved workspaces are also kept in OPFS so
 * "Senaste arbetsytor" can reopen them.
 */
const RECENT_KEY = 'oj-analys.recent';
const MAX_RECENT = 10;

function pickFiles(accept: string, multiple: boolean): Promise<PickedFile[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      if (files.length === 0) return resolve(null);
      void Promise.all(
        files.map(async (f) => ({
          name: f.name,
          bytes: new Uint8Array(await f.arrayBuffer()),
          lastModified: f.lastModified,
        })),
      ).then(resolve);
    });
    input.click();
  });
}

function download(name: string, bytes: Uint8Array, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function readRecent(): RecentWorkspace[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as RecentWorkspace[]) : [];
  } catch {
    return [];
  }
}

function slug(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return (base || 'arbetsyta').slice(0, 48);
}

type Handlers = {
  [K in keyof HostCommands]: (
    payload: HostCommands[K]['payload'],
  ) => Promise<HostCommands[K]['result']>;
};

const handlers: Handlers = {
  'app.info': async () => ({
    name: APP_NAME,
    version: APP_VERSION,
    host: 'web',
    platform: navigator.userAgent,
  }),
  // The browser's own menus and dialogs follow the browser's language.
  'app.setLanguage': async () => null,
  'import.pickFiles': () => pickFiles('.xlsx,.xlsm,.xls,.csv,.txt', true),
  'workspace.open': async ({ recentId }) => {
    if (recentId === null) return (await pickFiles('.ojanalys', false))?.[0] ?? null;
    const entry = readRecent().find((r) => r.id === recentId);
    const bytes = entry ? await opfsRead(entry.id) : null;
    return entry && bytes
      ? { name: entry.name, bytes, lastModified: Date.parse(entry.savedAt) }
      : null;
  },
  'workspace.save': async ({ suggestedName, bytes }) => {
    download(suggestedName, bytes, 'application/zip');
    const id = slug(suggestedName.replace(/\.ojanalys$/, ''));
    await opfsWrite(id, bytes);
    const entry: RecentWorkspace = { id, name: suggestedName, savedAt: new Date().toISOString() };
    const recent = [entry, ...readRecent().filter((r) => r.id !== id)].slice(0, MAX_RECENT);
    localStorage.setItem(RECENT_KEY, JSON.stringify(recent));
    return { name: suggestedName, recentId: id };
  },
  'workspace.recent': async () => readRecent(),
  'export.save': async ({ suggestedName, mimeType, bytes }) => {
    download(suggestedName, bytes, mimeType);
    return { name: suggestedName };
  },
  'print.pdf': async ({ suggestedName }) => {
    window.print();
    return { name: suggestedName };
  },
  // A tab is closed by the browser; the page's part is the beforeunload prompt (watchUnload).
  'window.close': async () => null,
  // The app's own page in a named popup (same origin, nothing remote), so a second click brings the same window forward; null when blocked.
  'presenter.open': async () => {
    const url = new URL(location.href);
    url.hash = PRESENTER_HASH;
    const popup = window.open(url.href, 'oj-analys-presenter', 'popup,width=1100,height=760');
    popup?.focus();
    return { opened: popup !== null };
  },
};

/**
 * While `isDirty()` holds, closing or reloading the tab shows the browser's
 * own "leave the page?" prompt (a page cannot show its own there).
 * Returns the unsubscribe.
 */
export function watchUnload(isDirty: () => boolean): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!isDirty()) return;
    event.preventDefault();
    event.returnValue = ''; // older Chromium needs a value to prompt
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}

export const browserHost: HostApi = {
  invoke: (command, payload) => handlers[command](payload as never) as never,
};
