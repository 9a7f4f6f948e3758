import type { PresentationSlide, SlideBody } from './presentation-slides';

/**
 * The main window (the audience screen) and the presenter window speak over a
 * same-origin BroadcastChannel, in the web build (a popup) and in Electron (a
 * second BrowserWindow on app://oj-analys) alike. The main window owns the
 * show; the presenter window only shows its state and sends commands. Every
 * message is checked before use, as any input.
 */
export const PRESENTER_CHANNEL = 'oj-analys.presentation';

/** The presenter window's own address: the app's page with this hash. */
export const PRESENTER_HASH = '#/presentator';
export const isPresenterHash = (hash: string): boolean => hash === PRESENTER_HASH;

export const SHOW_COMMANDS = ['next', 'prev', 'first', 'last', 'black', 'end'] as const;
export type ShowCommand = (typeof SHOW_COMMANDS)[number];

export type ShowState = Readonly<{
  index: number;
  total: number;
  presenting: boolean;
  black: boolean;
  current: PresentationSlide;
  nextTitle: string | null;
}>;

export type ChannelMessage =
  | Readonly<{ type: 'state'; state: ShowState }>
  | Readonly<{ type: 'closed' }>
  | Readonly<{ type: 'hello' }>
  | Readonly<{ type: 'command'; command: ShowCommand }>;

const MAX_TEXT = 200_000;
const MAX_ITEMS = 500;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isTexts = (v: unknown): v is readonly string[] =>
  Array.isArray(v) && v.length <= MAX_ITEMS && v.every(isText);
const isCount = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < 100_000;

function isBody(v: unknown): v is SlideBody {
  if (!isObj(v)) return false;
  switch (v['kind']) {
    case 'cover':
      return isText(v['subtitle']) && isText(v['caveat']);
    case 'section':
      return true;
    case 'text':
      return isTexts(v['paragraphs']);
    case 'chart':
      return isText(v['svg']) && isText(v['alt']);
    case 'finding':
      return isText(v['area']) && isText(v['headline']) && isText(v['svg']) && isText(v['latest']);
    case 'table':
      return (
        isTexts(v['head']) &&
        Array.isArray(v['rows']) &&
        v['rows'].length <= MAX_ITEMS &&
        v['rows'].every(isTexts) &&
        isText(v['legend'])
      );
    case 'list':
      return isTexts(v['items']);
    default:
      return false;
  }
}

function isSlide(v: unknown): v is PresentationSlide {
  if (!isObj(v) || !isText(v['title']) || !isText(v['ref']) || !isBody(v['body'])) return false;
  const n = v['notes'];
  return isObj(n) && isText(n['explanation']) && isTexts(n['userNotes']) && isText(n['sources']);
}

function isState(v: unknown): v is ShowState {
  return (
    isObj(v) &&
    isCount(v['index']) &&
    isCount(v['total']) &&
    (v['index'] as number) < (v['total'] as number) &&
    typeof v['presenting'] === 'boolean' &&
    typeof v['black'] === 'boolean' &&
    (v['nextTitle'] === null || isText(v['nextTitle'])) &&
    isSlide(v['current'])
  );
}

/** A message from the other window, or null when it is not one of ours. */
export function parseChannelMessage(data: unknown): ChannelMessage | null {
  if (!isObj(data)) return null;
  switch (data['type']) {
    case 'hello':
    case 'closed':
      return { type: data['type'] };
    case 'command':
      return (SHOW_COMMANDS as readonly unknown[]).includes(data['command'])
        ? { type: 'command', command: data['command'] as ShowCommand }
        : null;
    case 'state':
      return isState(data['state']) ? { type: 'state', state: data['state'] } : null;
    default:
      return null;
  }
}

export type KeyAction = ShowCommand | 'leave' | 'swallow';

/**
 * What a key does. A clicker sends Page Down/Page Up (some the arrows), B or
 * "." for a black screen, and F5/Esc from its "start" button. The audience
 * screen also leaves on Esc and swallows F5 (a reload would end the show) and Tab;
 * the presenter window, which has buttons, leaves Space, Enter and Esc to them.
 */
export function keyAction(
  event: Readonly<{ key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }>,
  screen: 'audience' | 'presenter',
): KeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'PageDown':
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case ' ':
      return screen === 'audience' ? 'next' : null;
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'prev';
    case 'Backspace':
      return screen === 'audience' ? 'prev' : null;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'Escape':
      return screen === 'audience' ? 'leave' : null;
    case 'F5':
    case 'Tab': // the stage has nothing to tab to; Tab would reach the page hidden under it
      return screen === 'audience' ? 'swallow' : null;
    default:
      return null;
  }
}

/** The slide index after a move, kept inside the show. */
export function movedIndex(
  index: number,
  total: number,
  command: 'next' | 'prev' | 'first' | 'last',
): number {
  if (total === 0) return 0;
  const target =
    command === 'next'
      ? index + 1
      : command === 'prev'
        ? index - 1
        : command === 'first'
          ? 0
          : total - 1;
  return Math.max(0, Math.min(total - 1, target));
}
