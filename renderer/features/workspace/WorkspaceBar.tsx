import { useEffect, useRef } from 'react';
import type { HostEventCommand } from '../../../shared/contract/host-api';
import { isLang } from '../../../shared/i18n/i18n';
import { host } from '../../host/current-host';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useRunAction } from '../../state/use-run-action';
import { useTheme } from '../../state/use-theme';
import { useUnsavedGuard } from './use-unsaved-guard';

/** Ny / Öppna / Spara / Spara som, theme and language; the native menu (Electron) sends the same commands. */
export function WorkspaceBar() {
  const { t, lang, setLang } = useI18n();
  const engine = useEngine();
  const { show } = useMessages();
  const run = useRunAction();
  const disabled = engine.state.phase !== 'ready' || engine.busy;
  const [theme, setTheme] = useTheme();
  const guard = useUnsavedGuard();

  const act = (command: HostEventCommand, recentId: string | null = null) =>
    run(async () => {
      switch (command) {
        case 'window.closeRequested':
          if (await guard.settle()) await host.invoke('window.close', null);
          return;
        case 'workspace.new':
          if (!(await guard.settle()))
            return show({ kind: 'info', text: t('workspace.cancelled') });
          await engine.newWorkspace();
          show(null);
          return;
        case 'workspace.open':
        case 'workspace.openRecent': {
          if (!(await guard.settle()))
            return show({ kind: 'info', text: t('workspace.cancelled') });
          const name = await engine.openWorkspace(
            command === 'workspace.openRecent' ? recentId : null,
          );
          show({
            kind: 'info',
            text: name ? t('workspace.opened', { name }) : t('workspace.cancelled'),
          });
          return;
        }
        case 'workspace.save':
        case 'workspace.saveAs': {
          const name = await engine.saveWorkspace(command === 'workspace.saveAs');
          show({
            kind: 'info',
            text: name ? t('workspace.saved', { name }) : t('workspace.cancelled'),
          });
          return;
        }
      }
    });
  // The menu's commands arrive as host events; keep the latest handler without re-subscribing.
  const latest = useRef(act);
  latest.current = act;
  useEffect(() => host.onEvent?.((e) => latest.current(e.command, e.recentId)), []);

  return (
    <div className="workspace-bar">
      {guard.dialog}
      <button type="button" disabled={disabled} onClick={() => act('workspace.new')}>
        {t('workspace.new')}
      </button>
      <button type="button" disabled={disabled} onClick={() => act('workspace.open')}>
        {t('workspace.open')}
      </button>
      <button type="button" disabled={disabled} onClick={() => act('workspace.save')}>
        {t('workspace.save')}
      </button>
      <button type="button" disabled={disabled} onClick={() => act('workspace.saveAs')}>
        {t('workspace.saveAs')}
      </button>
      <label className="lang-select">
        <span>{t('theme.label')}</span>
        <select
          value={theme}
          onChange={(e) =>
            setTheme(e.target.value === 'high-contrast' ? 'high-contrast' : 'standard')
          }
        >
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
