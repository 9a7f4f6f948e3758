import { reportToXlsx } from '../../../shared/report/report-xlsx';
import { host } from '../../host/current-host';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useNamndrapport } from '../../state/use-namndrapport';
import { useRunAction } from '../../state/use-run-action';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useDbQuery } from '../../state/use-db-query';
import { ReportComposer } from './ReportComposer';
import { loadReportFonts } from './report-fonts-browser';
import { ReportView } from './ReportView';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const OFFICE_MIME = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Rapport: the Nämndrapport re-rendered from data, exported as numbers (xlsx) or printed to PDF. */
export function ReportPage() {
  const { t } = useI18n();
  const { show } = useMessages();
  const run = useRunAction();
  const { choice, doc, definition, reports, select, save } = useNamndrapport();
  const { kommuner } = useAnalysisChoice();
  const seriesLabels = useDbQuery<{ series_id: string; label: string }>(
    'SELECT series_id, label FROM series',
  );

  // The Office writers are loaded on first use: they are large and most sessions never export.
  const exportOffice = (format: 'pptx' | 'docx') =>
    run(async () => {
      if (!doc) return;
      // The DOCX embeds the bundled font; pptxgenjs cannot embed one, so the deck names it.
      const bytes =
        format === 'pptx'
          ? await (await import('../../../shared/report/report-pptx')).reportToPptx(doc)
          : await (
              await import('../../../shared/report/report-docx')
            ).reportToDocx(doc, { fonts: await loadReportFonts() });
      const saved = await host.invoke('export.save', {
        suggestedName: `${fileBase}.${format}`,
        mimeType: OFFICE_MIME[format],
        bytes,
      });
      if (saved) show({ kind: 'info', text: t('report.exported', { name: saved.name }) });
    });
  const fileBase = doc
    ? `Namndrapport ${doc.home.name} ${doc.years[0]}-${doc.years[1]}`.replace(/[\\/:*?"<>|]/g, '')
    : 'Namndrapport';
  return (
    <>
      <div className="no-print">
        <h1>{t('page.report.title')}</h1>
        <p>{t('report.intro')}</p>
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={!doc}
            onClick={() =>
              run(async () => {
                if (!doc) return;
                const saved = await host.invoke('export.save', {
                  suggestedName: `${fileBase}.xlsx`,
                  mimeType: XLSX_MIME,
                  bytes: reportToXlsx(doc),
                });
                if (saved) show({ kind: 'info', text: t('report.exported', { name: saved.name }) });
              })
            }
          >
            {t('report.exportXlsx')}
          </button>
          <button type="button" disabled={!doc} onClick={() => exportOffice('pptx')}>
            {t('report.exportPptx')}
          </button>
          <button type="button" disabled={!doc} onClick={() => exportOffice('docx')}>
            {t('report.exportDocx')}
          </button>
          <button
            type="button"
            disabled={!doc}
            onClick={() =>
              run(
                async () =>
                  void (await host.invoke('print.pdf', { suggestedName: `${fileBase}.pdf` })),
              )
            }
          >
            {t('report.print')}
          </button>
        </div>
        {!choice && <p className="hint">{t('empty.body')}</p>}
        {choice && (
          <ReportComposer
            definition={definition}
            reports={reports}
            choice={choice}
            homeName={kommuner.find((k) => k.code === choice.home)?.name ?? choice.home}
            seriesLabel={(id) => seriesLabels.find((x) => x.series_id === id)?.label ?? id}
            onSelect={select}
            onSave={save}
          />
        )}
        {choice && !doc && <p className="hint">{t('report.building')}</p>}
      </div>
      {doc && <ReportView doc={doc} />}
    </>
  );
}
