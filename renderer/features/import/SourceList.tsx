import { removeSource } from '../../../shared/import/commit-import';
import { areaLabel } from '../../../shared/model/areas';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useRunAction } from '../../state/use-run-action';
import { useDbQuery } from '../../state/use-db-query';

type SourceRow = Readonly<{
  file_id: string;
  file_name: string;
  publisher: string | null;
  area: string | null;
  year: number | null;
  sha256: string;
  imported_at: number;
  values: number;
}>;

const SOURCES_SQL = `
SELECT s.file_id, s.file_name, s.publisher, s.area, s.year, s.sha256, s.imported_at,
       (SELECT count(*) FROM observation o WHERE o.file_id = s.file_id) AS values
FROM source_file s ORDER BY s.imported_at DESC, s.file_name`;

/** Every imported source with its checksum and date; removing one takes all its values with it. */
export function SourceList() {
  const { t, lang, num } = useI18n();
  const engine = useEngine();
  const { show } = useMessages();
  const run = useRunAction();
  const rows = useDbQuery<SourceRow>(SOURCES_SQL);
  const db = engine.state.phase === 'ready' ? engine.state.db : null;

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
              <tr key={r.file_id}>
                <th scope="row">{r.file_name}</th>
                <td>{r.publisher ?? '–'}</td>
                <td>{r.area ? areaLabel(r.area, lang) : '–'}</td>
                <td>{r.year ?? t('import.multiYear')}</td>
                <td className="num">{num(r.values)}</td>
                <td>{new Date(r.imported_at).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB')}</td>
                <td>
                  <code title={r.sha256}>{r.sha256.slice(0, 12)}…</code>
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`${t('import.remove')} ${r.file_name}`}
                    onClick={() =>
                      run(async () => {
                        if (!db) return;
                        await removeSource(db, r.file_id);
                        await engine.refresh();
                        show({ kind: 'info', text: t('import.removed', { name: r.file_name }) });
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
