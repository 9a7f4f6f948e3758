import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../state/i18n-context';
import {
  keyAction,
  parseChannelMessage,
  PRESENTER_CHANNEL,
  type ChannelMessage,
  type ShowCommand,
  type ShowState,
} from './presenter-channel';
import { SlideView } from './SlideView';

/** Elapsed time as m:ss, or h:mm:ss past the hour. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

function useElapsed(): [number, () => void] {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const reset = useCallback(() => {
    const t = Date.now();
    setStartedAt(t);
    setNow(t);
  }, []);
  return [now - startedAt, reset];
}

/**
 * The presenter's own screen: the slide on show, the next slide's title, the
 * notes (what the slide shows, the förvaltning's notes, the full sources), a
 * timer and the buttons. It holds no data of its own: it shows what the main
 * window sends and sends back commands, so it needs no engine or workspace.
 */
export function PresenterWindow() {
  const { t } = useI18n();
  const [state, setState] = useState<ShowState | null>(null);
  const [ended, setEnded] = useState(false);
  const [elapsed, resetTimer] = useElapsed();
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    document.title = `${t('presenter.title')} – ${t('app.title')}`;
  }, [t]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(PRESENTER_CHANNEL);
    channel.current = ch;
    ch.onmessage = (event: MessageEvent<unknown>) => {
      const message = parseChannelMessage(event.data);
      if (message?.type === 'state') {
        setState(message.state);
        setEnded(false);
      } else if (message?.type === 'closed') setEnded(true);
    };
    ch.postMessage({ type: 'hello' } satisfies ChannelMessage);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);

  const send = useCallback(
    (command: ShowCommand) =>
      channel.current?.postMessage({ type: 'command', command } satisfies ChannelMessage),
    [],
  );

  // The clicker usually talks to this window (it has the focus on the presenter's screen).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = keyAction(event, 'presenter');
      if (!action || action === 'leave' || action === 'swallow') return;
      event.preventDefault();
      send(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send]);

  const position = state ? t('presentation.slide', { n: state.index + 1, total: state.total }) : '';
  return (
    <main className="presenter" data-testid="presenter" data-slide-index={state?.index ?? ''}>
      <div className="presenter-top">
        <h1>{t('presenter.title')}</h1>
        <p>
          {t('presenter.timer')}{' '}
          <span className="presenter-timer" role="timer">
            {clockText(elapsed)}
          </span>{' '}
          <button type="button" onClick={resetTimer}>
            {t('presenter.resetTimer')}
          </button>
        </p>
      </div>
      <p role="status" data-testid="presenter-status">
        {ended
          ? t('presenter.ended')
          : !state
            ? t('presenter.waiting')
            : `${position}${state.black ? `. ${t('presenter.blackOn')}` : ''}`}
      </p>
      {state && !ended && (
        <>
          {!state.presenting && <p className="hint">{t('presenter.notStarted')}</p>}
          <div className="presenter-controls" role="group" aria-label={t('presenter.controls')}>
            <button type="button" onClick={() => send('prev')} disabled={state.index === 0}>
              ◀ {t('presentation.prev')}
            </button>
            <button
              type="button"
              onClick={() => send('next')}
              disabled={state.index === state.total - 1}
            >
              {t('presentation.next')} ▶
            </button>
            <button type="button" aria-pressed={state.black} onClick={() => send('black')}>
              {t('presenter.black')}
            </button>
            <button type="button" onClick={() => send('end')} disabled={!state.presenting}>
              {t('presenter.end')}
            </button>
          </div>
          <p className="hint">{t('presenter.keysHint')}</p>
          <div className="presenter-grid">
            <section aria-labelledby="presenter-current">
              <h2 id="presenter-current">
                {t('presenter.current')}: {position}
              </h2>
              <div className="presenter-preview">
                <SlideView slide={state.current} mode="preview" headingLevel={3} />
              </div>
              <h2>{t('presenter.next')}</h2>
              <p className="presenter-next" data-testid="presenter-next">
                {state.nextTitle ?? t('presenter.lastSlide')}
              </p>
            </section>
            <section
              className="presenter-notes"
              aria-labelledby="presenter-notes"
              data-testid="presenter-notes"
            >
              <h2 id="presenter-notes">{t('presenter.notes')}</h2>
              <h3>{t('presenter.explanation')}</h3>
              {state.current.notes.explanation.split('\n').map((line, i) => (
                <p key={i}>{line}</p>
              ))}
              <h3>{t('presenter.userNotes')}</h3>
              {state.current.notes.userNotes.length === 0 ? (
                <p className="hint">{t('presenter.noUserNotes')}</p>
              ) : (
                <ul>
                  {state.current.notes.userNotes.map((n, i) => (
                    <li key={i}>{n}</li>
                  ))}
                </ul>
              )}
              <h3>{t('presenter.sources')}</h3>
              <p className="presenter-sources">{state.current.notes.sources}</p>
            </section>
          </div>
        </>
      )}
    </main>
  );
}
