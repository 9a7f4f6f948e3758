import { useEngine } from '../state/engine-context';
import { useI18n } from '../state/i18n-context';
import { useMessages } from '../state/message-context';
import { useRunAction } from '../state/use-run-action';

/** What a new user sees first: where data comes from, and a way to see something at once. */
export function EmptyWorkspace() {
  const { t, num } = useI18n();
  const engine = useEngine();
  const { show } = useMessages();
  const run = useRunAction();
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={engine.state.phase !== 'ready' || engine.busy}
          onClick={() =>
            run(async () => {
              show({ kind: 'info', text: t('demo.loading') });
              const observations = await engine.openDemo();
              show({ kind: 'info', text: t('demo.loaded', { observations: num(observations) }) });
            })
          }
        >
          {t('demo.open')}
        </button>
        <a className="button" href="#/importera">
          {t('nav.import')}
        </a>
      </div>
      <p className="hint">{t('demo.explain')}</p>
    </section>
  );
}
