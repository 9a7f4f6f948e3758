import { useCallback, useEffect, useRef, useState } from 'react';
import type { PresentationSlide } from './presentation-slides';
import {
  keyAction,
  movedIndex,
  parseChannelMessage,
  PRESENTER_CHANNEL,
  type ChannelMessage,
  type ShowCommand,
  type ShowState,
} from './presenter-channel';

export type SlideShow = Readonly<{
  index: number;
  black: boolean;
  presenting: boolean;
  /** Show the slides over the whole window, full screen where the browser allows it (a user gesture must call this). */
  start: () => void;
  /** Stop presenting (Esc, "Avsluta" in the presenter window, or leaving full screen). */
  stop: () => void;
}>;

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PRESENTER_CHANNEL);
}

/**
 * The show on the audience screen: which slide, black or not, presenting or
 * not. Driven by the keyboard (a clicker) and by the presenter window's
 * commands; every change is sent to the presenter window.
 */
export function useSlideShow(slides: readonly PresentationSlide[], onStop: () => void): SlideShow {
  const [index, setIndex] = useState(0);
  const [black, setBlack] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const total = slides.length;
  const current = Math.min(index, Math.max(0, total - 1));
  const inFullscreen = useRef(false);
  const channel = useRef<BroadcastChannel | null>(null);
  const state = useRef<ShowState | null>(null);
  const onStopRef = useRef(onStop);
  onStopRef.current = onStop;

  const stop = useCallback(() => {
    setPresenting(false);
    setBlack(false);
    if (inFullscreen.current && document.fullscreenElement)
      void document.exitFullscreen().catch(() => undefined);
    inFullscreen.current = false;
    onStopRef.current();
  }, []);

  const start = useCallback(() => {
    setPresenting(true);
    // Full screen for the whole page (the stage covers it); refused in some hosts, where the stage still fills the window.
    document.documentElement.requestFullscreen?.().then(
      () => (inFullscreen.current = true),
      () => undefined,
    );
  }, []);

  const apply = useCallback(
    (command: ShowCommand) => {
      if (command === 'black') setBlack((b) => !b);
      else if (command === 'end') stop();
      else {
        setBlack(false);
        setIndex((i) => movedIndex(Math.min(i, Math.max(0, total - 1)), total, command));
      }
    },
    [total, stop],
  );

  // The presenter window: answer its hello with the state, follow its commands, tell it when the show ends.
  const applyRef = useRef(apply);
  applyRef.current = apply;
  useEffect(() => {
    const ch = openChannel();
    channel.current = ch;
    if (!ch) return;
    ch.onmessage = (event: MessageEvent<unknown>) => {
      const message = parseChannelMessage(event.data);
      if (message?.type === 'hello' && state.current)
        ch.postMessage({ type: 'state', state: state.current } satisfies ChannelMessage);
      if (message?.type === 'command') applyRef.current(message.command);
    };
    return () => {
      ch.postMessage({ type: 'closed' } satisfies ChannelMessage);
      ch.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    const slide = slides[current];
    state.current = slide
      ? {
          index: current,
          total,
          presenting,
          black,
          current: slide,
          nextTitle: slides[current + 1]?.title ?? null,
        }
      : null;
    if (state.current)
      channel.current?.postMessage({
        type: 'state',
        state: state.current,
      } satisfies ChannelMessage);
  }, [slides, current, total, presenting, black]);

  // A clicker's keys, wherever the focus is while presenting.
  useEffect(() => {
    if (!presenting) return;
    const onKey = (event: KeyboardEvent) => {
      const action = keyAction(event, 'audience');
      if (!action) return;
      event.preventDefault();
      if (action === 'leave') stop();
      else if (action !== 'swallow') apply(action);
    };
    // Leaving full screen (the browser's own Esc) ends the show too.
    const onFullscreen = () => {
      if (!document.fullscreenElement && inFullscreen.current) {
        inFullscreen.current = false;
        stop();
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presenting, apply, stop]);

  return { index: current, black, presenting, start, stop };
}
