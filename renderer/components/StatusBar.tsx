import { useEffect } from 'react';
import { useEngine } from '../state/engine-context';
import { useI18n } from '../state/i18n-context';
import { useMessages } from '../state/message-context';
import { Icon } from './Icon';

export function StatusBar() {
  const { t, tn } = useI18n();
  const { state, workspaceName, busy } = useEngine();
  const { message } = useMessages();
  const ready = state.phase === 'ready';
  useEffect(() => {
    // The first frame that tells the user the engine is ready (read by `npm run bench`).
    if (ready && performance.getEntriesByName('oj-engine:ready').length === 0)
      requestAnimationFrame(() => performance.mark('oj-engine:ready'));
  }, [ready]);
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span role="status" data-testid="engine-status" data-phase={state.phase} aria-busy={busy}>
        {state.phase === 'starting' && t('status.engineStarting')}
        {state.phase === 'failed' && (
          <span className="status-error">
            <Icon name="warning" />
            {t('status.engineFailed', { message: state.message })}
          </span>
        )}
        {state.phase === 'ready' && (
          <>
            <span data-testid="engine-version">
              ● {t('status.engineReady', { version: state.engineVersion })}
            </span>
            {' · '}
            <span data-testid="row-counts">
              {[
                tn('status.units', state.counts.unit),
                tn('status.indicators', state.counts.indicator),
                tn('status.observations', state.counts.observation),
                tn('status.files', state.counts.source_file),
              ].join(' · ')}
            </span>
          </>
        )}
      </span>
      <span className="status-workspace">
        {workspaceName ? t('status.workspace', { name: workspaceName }) : t('status.unsaved')}
      </span>
      <span
        className="status-message"
        role={message?.kind === 'error' ? 'alert' : 'status'}
        data-testid="message"
      >
        {message && (
          <>
            <Icon name={message.kind === 'error' ? 'warning' : 'check'} />
            {message.text}
          </>
        )}
      </span>
    </footer>
  );
}
