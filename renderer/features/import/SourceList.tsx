import { areaLabel } from '../../../shared/model/areas';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useRunAction } from '../../state/use-run-action';
import { useCommand, useRunCommand } from '../../state/use-command';

/** Every imported source with its checksum and date; removing one takes all its values with it. */
export function SourceList() {
  const { t, lang, num } = useI18n();
  const { show } = useMessages();
  const run = useRunAction();
  const runCommand = useRunCommand();
  const rows = useCommand('import.sources', {}).data ?? [];

  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t('import.sources')}</h2>
      {rows.length === 0 ? (
        <p className="hint">{t('import.noSources')}</p>
      ) : (
        <table className="data-table" data-testid="sources">
          <thead>
            <tr>
              <th scope="col">{t('import.file')}</th>
              <th scope="col">{t('import.publisher')}</th>
              <th scope="col">{t('import.area')}</th>
              <th scope="col">{t('import.year')}</th>
              <th scope="col" className="num">
                {t('import.values')}
              </th>
              <th scope="col">{t('import.importedAt')}</th>
              <th scope="col">{t('import.checksum')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('import.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.fileId}>
                <th scope="row">{r.fileName}</th>
                <td>{r.publisher ?? '–'}</td>
                <td>{r.area ? areaLabel(r.area, lang) : '–'}</td>
                <td>{r.year ?? t('import.multiYear')}</td>
                <td className="num">{num(r.values)}</td>
                <td>{new Date(r.importedAt).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB')}</td>
                <td>
                  <code title={r.sha256}>{r.sha256.slice(0, 12)}…</code>
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`${t('import.remove')} ${r.fileName}`}
                    onClick={() =>
                      run(async () => {
                        await runCommand(
                          'import.removeSource',
                          { fileId: r.fileId },
                          { changesData: true },
                        );
                        show({ kind: 'info', text: t('import.removed', { name: r.fileName }) });
                      })
                    }
                  >
                    {t('import.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
