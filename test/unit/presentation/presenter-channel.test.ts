import { describe, expect, it } from 'vitest';
import { PRESENTER_URL } from '../../../main/window-options';
import { validatePayload } from '../../../shared/contract/host-validators';
import {
  isPresenterHash,
  keyAction,
  movedIndex,
  parseChannelMessage,
  PRESENTER_HASH,
} from '../../../renderer/features/presentation/presenter-channel';
import type { PresentationSlide } from '../../../renderer/features/presentation/presentation-slides';
import { clockText } from '../../../renderer/features/presentation/PresenterWindow';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {},
) => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...mods });
const slide: PresentationSlide = {
  title: 'Nöjda brukare',
  body: {
    kind: 'finding',
    area: 'Äldreomsorg',
    headline: '▼ Ogynnsamt',
    svg: '<svg/>',
    latest: '2024: 40',
  },
  ref: 'Källa 1',
  notes: { explanation: 'x', userNotes: ['y'], sources: 'z' },
};

describe('a clicker and the keyboard', () => {
  it('moves with Page Down/Up and the arrows, Home/End, blacks out with B or "."', () => {
    for (const k of ['PageDown', 'ArrowRight', 'ArrowDown'])
      expect(keyAction(key(k), 'audience')).toBe('next');
    for (const k of ['PageUp', 'ArrowLeft', 'ArrowUp'])
      expect(keyAction(key(k), 'presenter')).toBe('prev');
    expect(keyAction(key('Home'), 'audience')).toBe('first');
    expect(keyAction(key('End'), 'presenter')).toBe('last');
    for (const k of ['b', 'B', '.']) expect(keyAction(key(k), 'audience')).toBe('black');
  });

  it('leaves on Esc and swallows F5 on the audience screen only; the presenter window keeps Space, Enter and Esc for its buttons', () => {
    expect(keyAction(key('Escape'), 'audience')).toBe('leave');
    expect(keyAction(key('F5'), 'audience')).toBe('swallow');
    expect(keyAction(key('Tab'), 'audience')).toBe('swallow');
    expect(keyAction(key(' '), 'audience')).toBe('next');
    for (const k of ['Escape', 'F5', ' ', 'Enter', 'Backspace', 'Tab'])
      expect(keyAction(key(k), 'presenter')).toBeNull();
    expect(keyAction(key('b', { ctrlKey: true }), 'audience')).toBeNull();
  });

  it('stays inside the show', () => {
    expect(movedIndex(0, 5, 'prev')).toBe(0);
    expect(movedIndex(4, 5, 'next')).toBe(4);
    expect(movedIndex(2, 5, 'first')).toBe(0);
    expect(movedIndex(2, 5, 'last')).toBe(4);
    expect(movedIndex(0, 0, 'next')).toBe(0);
  });
});

describe('messages between the two windows', () => {
  const state = {
    index: 0,
    total: 3,
    presenting: true,
    black: false,
    current: slide,
    nextTitle: 'Källor',
  };

  it('accepts the state, commands, hello and closed', () => {
    expect(parseChannelMessage({ type: 'state', state })).toEqual({ type: 'state', state });
    expect(parseChannelMessage({ type: 'command', command: 'black' })).toEqual({
      type: 'command',
      command: 'black',
    });
    expect(parseChannelMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseChannelMessage({ type: 'closed', extra: 1 })).toEqual({ type: 'closed' });
  });

  it('refuses anything else', () => {
    for (const bad of [
      null,
      'state',
      [],
      { type: 'command', command: 'reload' },
      { type: 'eval' },
      { type: 'state', state: { ...state, index: 3 } },
      {
        type: 'state',
        state: { ...state, current: { ...slide, body: { kind: 'html', html: '<script>' } } },
      },
      { type: 'state', state: { ...state, current: { ...slide, notes: { explanation: 1 } } } },
      { type: 'state', state: { ...state, nextTitle: 'x'.repeat(300_000) } },
    ])
      expect(parseChannelMessage(bad)).toBeNull();
  });

  it('the presenter window is the app’s own page with the hash the renderer knows', () => {
    expect(PRESENTER_URL).toBe(`app://oj-analys/index.html${PRESENTER_HASH}`);
    expect(isPresenterHash(PRESENTER_HASH)).toBe(true);
    expect(isPresenterHash('#/presentation')).toBe(false);
  });

  it('opening the presenter window takes no argument: the page cannot choose what main loads', () => {
    expect(validatePayload('presenter.open', null)).toBeNull();
    expect(() => validatePayload('presenter.open', { url: 'https://example.org/' })).toThrow();
    expect(() => validatePayload('presenter.open', 'file:///etc/passwd')).toThrow();
  });

  it('shows the time as m:ss', () => {
    expect([clockText(0), clockText(61_500), clockText(3_725_000)]).toEqual([
      '0:00',
      '1:01',
      '1:02:05',
    ]);
  });
});
