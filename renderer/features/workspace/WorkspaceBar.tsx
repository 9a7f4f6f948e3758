import { isLang } from '../../../shared/i18n/i18n';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useRunAction } from '../../state/use-run-action';
import { useTheme } from '../../state/use-theme';

export function WorkspaceBar() {
  const { t, lang, setLang } = useI18n();
  const engine = useEngine();
  const { show } = useMessages();
  const run = useRunAction();
  const disabled = engine.state.phase !== 'ready' || engine.busy;
  const [theme, setTheme] = useTheme();
  return (
    <div className="workspace-bar">
      <button type="button" disabled={disabled} onClick={() => run(async () => {
        await engine.newWorkspace();
        show(null);
      })}>
        {t('workspace.new')}
      </button>
      <button type="button" disabled={disabled} onClick={() => run(async () => {
        const name = await engine.openWorkspace(null);
        show({ kind: 'info', text: name ? t('workspace.opened', { name }) : t('workspace.cancelled') });
      })}>
        {t('workspace.open')}
      </button>
      <button type="button" disabled={disabled} onClick={() => run(async () => {
        const name = await engine.saveWorkspace(false);
        show({ kind: 'info', text: name ? t('workspace.saved', { name }) : t('workspace.cancelled') });
      })}>
        {t('workspace.save')}
      </button>
      <button type="button" disabled={disabled} onClick={() => run(async () => {
        const name = await engine.saveWorkspace(true);
        show({ kind: 'info', text: name ? t('workspace.saved', { name }) : t('workspace.cancelled') });
      })}>
        {t('workspace.saveAs')}
      </button>
      <label className="lang-select">
        <span>{t('theme.label')}</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value === 'high-contrast' ? 'high-contrast' : 'standard')}>
          <option value="standard">{t('theme.standard')}</option>
          <option value="high-contrast">{t('theme.highContrast')}</option>
        </select>
      </label>
      <label className="lang-select">
        <span>{t('lang.label')}</span>
        <select value={lang} onChange={(e) => isLang(e.target.value) && setLang(e.target.value)}>
          <option value="sv">{t('lang.sv')}</option>
          <option value="en">{t('lang.en')}</option>
        </select>
      </label>
    </div>
  );
}
