import { useId } from 'react';
import {
  deleteLayoutTemplate,
  exportLayoutTemplates,
  importLayoutTemplates,
  type LayoutTemplate,
} from '../../../shared/import/layout-template';
import { columnLetters } from '../../../shared/util/cell-address';
import { host } from '../../host/current-host';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useRunAction } from '../../state/use-run-action';
import { FilePickButton } from '../../components/FilePickButton';

function MappingSummary({ template }: Readonly<{ template: LayoutTemplate }>) {
  const { t, num } = useI18n();
  const { unitCol, columns } = template.mapping;
  const count = num(Object.keys(columns ?? {}).length);
  return (
    <>
      {unitCol !== undefined
        ? t('templates.summary', { col: columnLetters(unitCol), count })
        : t('templates.summaryNoUnit', { count })}
    </>
  );
}

/** The workspace's saved layout templates: what each corrects, when it was saved; remove, export, load. */
export function LayoutTemplateList({
  templates,
}: Readonly<{ templates: readonly LayoutTemplate[] }>) {
  const { t, tn, lang } = useI18n();
  const engine = useEngine();
  const { show } = useMessages();
  const run = useRunAction();
  const id = useId();
  const db = engine.state.phase === 'ready' ? engine.state.db : null;
  const date = (ms: number) => new Date(ms).toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB');

  return (
    <section aria-labelledby={`${id}-title`} data-testid="layout-templates">
      <h2 id={`${id}-title`}>{t('templates.title')}</h2>
      <p className="hint">{t('templates.intro')}</p>
      {templates.length === 0 ? (
        <p className="hint">{t('templates.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('templates.sheet')}</th>
              <th scope="col">{t('templates.publisher')}</th>
              <th scope="col">{t('templates.mapping')}</th>
              <th scope="col">{t('templates.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('templates.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {templates.map((tpl) => {
              const sheet = tpl.sheetName ?? tpl.mapping.sheet;
              return (
                <tr key={tpl.templateId}>
                  <th scope="row">{sheet}</th>
                  <td>{tpl.publisher ?? t('templates.unknownPublisher')}</td>
                  <td>
                    <MappingSummary template={tpl} />
                  </td>
                  <td>{date(tpl.updatedAt)}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={t('templates.deleteOne', { sheet })}
                      onClick={() =>
                        run(async () => {
                          if (!db) return;
                          await deleteLayoutTemplate(db, tpl.templateId);
                          await engine.refresh();
                          show({ kind: 'info', text: t('templates.deleted', { sheet }) });
                        })
                      }
                    >
                      {t('templates.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="actions">
        {templates.length > 0 && (
          <button
            type="button"
            onClick={() =>
              run(async () => {
                if (!db) return;
                const bytes = new TextEncoder().encode(await exportLayoutTemplates(db));
                const saved = await host.invoke('export.save', {
                  suggestedName: 'tolkningsmallar.json',
                  mimeType: 'application/json',
                  bytes,
                });
                if (saved)
                  show({ kind: 'info', text: t('templates.exported', { name: saved.name }) });
              })
            }
          >
            {t('templates.export')}
          </button>
        )}
        <FilePickButton
          label={t('templates.import')}
          accept=".json,application/json"
          onFile={(file) => {
            if (!db) return;
            run(async () => {
              const count = await importLayoutTemplates(db, await file.text());
              await engine.refresh();
              show({ kind: 'info', text: tn('templates.imported', count) });
            });
          }}
        />
      </div>
    </section>
  );
}
