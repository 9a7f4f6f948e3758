import { useId } from 'react';
import type { LayoutTemplate } from '../../../shared/import/layout-template';
import { columnLetters } from '../../../shared/util/cell-address';
import { host } from '../../host/current-host';
import { useRunCommand } from '../../state/use-command';
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
  const { show } = useMessages();
  const run = useRunAction();
  const runCommand = useRunCommand();
  const id = useId();
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
                          await runCommand(
                            'import.deleteTemplate',
                            { templateId: tpl.templateId },
                            { changesData: true },
                          );
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
                const bytes = new TextEncoder().encode(
                  await runCommand('import.exportTemplates', {}),
                );
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
            run(async () => {
              const count = await runCommand(
                'import.importTemplates',
                { json: await file.text() },
                { changesData: true },
              );
              show({ kind: 'info', text: tn('templates.imported', count) });
            });
          }}
        />
      </div>
    </section>
  );
}
