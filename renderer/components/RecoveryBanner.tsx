import { useEngine } from '../state/engine-context';
import { useI18n } from '../state/i18n-context';
import { useMessages } from '../state/message-context';
import { useRunAction } from '../state/use-run-action';

/** "Återställ osparat arbete?" — shown at start when the last session's work never reached a file. */
export function RecoveryBanner() {
  const { t, lang } = useI18n();
  const engine = useEngine();
  const { show } = useMessages();
  const run = useRunAction();
  if (!engine.recoverable || engine.state.phase !== 'ready') return null;
  const time = new Date(engine.recoverable.savedAt).toLocaleString(
    lang === 'sv' ? 'sv-SE' : 'en-GB',
  );
  return (
    <section
      className="recovery"
      role="alertdialog"
      aria-labelledby="recovery-title"
      aria-describedby="recovery-body"
    >
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p id="recovery-body">{t('recovery.body', { time })}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            run(async () => {
              await engine.recover();
              show({ kind: 'info', text: t('recovery.restored') });
            })
          }
        >
          {t('recovery.restore')}
        </button>
        <button type="button" onClick={engine.discardRecovery}>
          {t('recovery.discard')}
        </button>
      </div>
    </section>
  );
}
