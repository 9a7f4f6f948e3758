import type { Lang } from '../i18n/i18n';
import { fromErrorData, isErrorData, toErrorData, type ErrorData } from '../util/app-error';
/**
 * One typed command map between the renderer and its host (Electron main or
 * the browser). Payloads are structured-clone safe: file contents travel as
 * Uint8Array. The preload's channel allow-list is HOST_COMMANDS, and main
 * validates every payload again with host-validators.ts.
 */
export type PickedFile = Readonly<{ name: string; bytes: Uint8Array; lastModified: number }>;

export type AppInfo = Readonly<{
  name: string;
  version: string;
  host: 'electron' | 'web';
  platform: string;
}>;

export type RecentWorkspace = Readonly<{ id: string; name: string; savedAt: string }>;

export type HostCommands = {
  /** Name, version and which host the renderer runs in. */
  'app.info': { payload: null; result: AppInfo };
  /** Let the user pick workbooks/CSV files to import; null when cancelled. */
  'import.pickFiles': { payload: null; result: readonly PickedFile[] | null };
  /** Pick a workspace file, or open a recent one by its id; null when cancelled. */
  'workspace.open': { payload: { recentId: string | null }; result: PickedFile | null };
  /** Save workspace bytes; `saveAs` asks for a name even when one is known. */
  'workspace.save': {
    payload: { suggestedName: string; bytes: Uint8Array; saveAs: boolean };
    result: { name: string; recentId: string } | null;
  };
  'workspace.recent': { payload: null; result: readonly RecentWorkspace[] };
  /** Save an export (pdf, pptx, docx, xlsx, csv) chosen by the user. */
  'export.save': {
    payload: { suggestedName: string; mimeType: string; bytes: Uint8Array };
    result: { name: string } | null;
  };
  /** Print the current view to PDF (Electron: printToPDF; web: the print dialog). */
  'print.pdf': { payload: { suggestedName: string }; result: { name: string } | null };
  /** The page has settled its unsaved changes (saved, discarded or none): the window may close now. */
  'window.close': { payload: null; result: null };
  /** Open (or bring forward) the presenter window: notes, next slide, timer and buttons for the presentation; false when the host could not. */
  'presenter.open': { payload: null; result: { opened: boolean } };
  /** The UI language changed: the host words its menus and dialogs in it (the web host has none). */
  'app.setLanguage': { payload: { lang: Lang }; result: null };
};

export type HostCommand = keyof HostCommands;
export type HostPayload<K extends HostCommand> = HostCommands[K]['payload'];
export type HostResult<K extends HostCommand> = HostCommands[K]['result'];

export const HOST_COMMANDS = [
  'app.info',
  'import.pickFiles',
  'workspace.open',
  'workspace.save',
  'workspace.recent',
  'export.save',
  'print.pdf',
  'window.close',
  'presenter.open',
  'app.setLanguage',
] as const satisfies readonly HostCommand[];

// Compile-time check that HOST_COMMANDS lists every command exactly.
type Missing = Exclude<HostCommand, (typeof HOST_COMMANDS)[number]>;
const allListed: Missing extends never ? true : never = true;
void allListed;

/**
 * What the host tells the page on its own: a native menu command, or a
 * workspace file opened from the desktop (file association, second launch).
 */
export type MenuCommand =
  | 'workspace.new'
  | 'workspace.open'
  | 'workspace.save'
  | 'workspace.saveAs'
  | 'workspace.openRecent';
/** The user asked to close the window: the page decides (asking about unsaved changes) and answers with 'window.close'. */
export type HostEventCommand = MenuCommand | 'window.closeRequested';
export type HostEvent = Readonly<{ command: HostEventCommand; recentId: string | null }>;

export const MENU_COMMANDS = [
  'workspace.new',
  'workspace.open',
  'workspace.save',
  'workspace.saveAs',
  'workspace.openRecent',
] as const satisfies readonly MenuCommand[];
const HOST_EVENT_COMMANDS: readonly string[] = [
  ...MENU_COMMANDS,
  'window.closeRequested',
] satisfies readonly HostEventCommand[];

/** A host event from main is checked like any input before the page acts on it. */
export function isHostEvent(value: unknown): value is HostEvent {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    HOST_EVENT_COMMANDS.includes(v['command'] as string) &&
    (v['recentId'] === null ||
      (typeof v['recentId'] === 'string' && /^[0-9a-f-]{36}$/.test(v['recentId'])))
  );
}

export const HOST_EVENT_CHANNEL = 'host-event';

/**
 * What Electron main answers over IPC: the value, or the error as data.
 * Electron and the context bridge would flatten a thrown error to its message
 * (issue 18 item 6), so main never throws to the page.
 */
export type HostReply = Readonly<{ ok: true; value: unknown } | { ok: false; error: ErrorData }>;

/** The preload's bridge: `invoke` answers a HostReply; the page unwraps it (hostFromBridge). */
export type HostBridge = Readonly<{
  invoke(command: HostCommand, payload: unknown): Promise<HostReply>;
  onEvent: (listener: (event: HostEvent) => void) => () => void;
}>;

/** The HostApi over the preload's bridge: a refused command rejects with its code and parameters. */
export function hostFromBridge(bridge: HostBridge): HostApi {
  return {
    invoke: async (command, payload) => {
      const reply = await bridge.invoke(command, payload);
      if (reply.ok) return reply.value as never;
      throw fromErrorData(isErrorData(reply.error) ? reply.error : toErrorData(reply.error));
    },
    onEvent: bridge.onEvent,
  };
}

/** The preload's answer to a command not in the contract's allow-list. */
export const UNKNOWN_COMMAND_REPLY: HostReply = {
  ok: false,
  error: { code: 'ipc.unknown_command', message: 'Okänt kommando.', params: {}, name: 'Error' },
};

/** Main's side: run the handler and answer its value or its error as data. */
export async function replyOf(run: () => Promise<unknown>): Promise<HostReply> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

export type HostApi = Readonly<{
  invoke<K extends HostCommand>(command: K, payload: HostPayload<K>): Promise<HostResult<K>>;
  /** Listen for host events; returns the unsubscribe. The web host has none. */
  onEvent?: (listener: (event: HostEvent) => void) => () => void;
}>;

export function isHostCommand(value: unknown): value is HostCommand {
  return typeof value === 'string' && (HOST_COMMANDS as readonly string[]).includes(value);
}
