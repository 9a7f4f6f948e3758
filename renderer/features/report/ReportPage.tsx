import { reportToXlsx } from '../../../shared/report/report-xlsx';
import { host } from '../../host/current-host';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useNamndrapport } from '../../state/use-namndrapport';
import { useRunAction } from '../../state/use-run-action';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useCommand, useRunCommand } from '../../state/use-command';
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
  const labels = useCommand('catalogue.seriesLabels', {});
  const seriesLabels = labels.data ?? [];
  const runCommand = useRunCommand();
  // Each export is noted in the workspace: Hjulet's nämnd station reads it.
  const exported = async (name: string, format: string, announce = true) => {
    if (announce) show({ kind: 'info', text: t('report.exported', { name }) });
    await runCommand('cycle.logExport', {
      at: new Date().toISOString(),
      format,
      name,
      years: doc ? `${doc.years[0]}–${doc.years[1]}` : '',
    });
  };

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
      if (saved) await exported(saved.name, format);
    });
  // A saved report's files carry its name ("Socialnämnd (IFO) Solna 2024"); the template's its kommun and years.
  const fileBase = (
    definition && doc
      ? `${definition.name} ${doc.years[0]}-${doc.years[1]}`
      : doc
        ? `Namndrapport ${doc.home.name} ${doc.years[0]}-${doc.years[1]}`
        : 'Namndrapport'
  ).replace(/[\\/:*?"<>|]/g, '');
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
                if (saved) await exported(saved.name, 'xlsx');
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
              run(async () => {
                const printed = await host.invoke('print.pdf', {
                  suggestedName: `${fileBase}.pdf`,
                });
                // The print dialog says itself whether it saved; only the log is ours.
                if (printed) await exported(printed.name, 'pdf', false);
              })
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
            // Until the labels are read a part says '…', not its series id; an unknown series keeps its id.
            seriesLabel={(id) =>
              seriesLabels.find((x) => x.seriesId === id)?.label ?? (labels.data ? id : '…')
            }
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
