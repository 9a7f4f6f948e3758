import { areaLabel } from '../../../shared/model/areas';
import { reportToXlsx } from '../../../shared/report/report-xlsx';
import { STANDING_SYMBOL } from '../../components/standing-style';
import { host } from '../../host/current-host';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useNamndrapport } from '../../state/use-namndrapport';
import { useRunAction } from '../../state/use-run-action';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const OFFICE_MIME = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** Rapport: the Nämndrapport re-rendered from data, exported as numbers (xlsx) or printed to PDF. */
export function ReportPage() {
  const { t, lang, num } = useI18n();
  const { show } = useMessages();
  const run = useRunAction();
  const { choice, doc } = useNamndrapport();

  // The Office writers are loaded on first use: they are large and most sessions never export.
  const exportOffice = (format: 'pptx' | 'docx') =>
    run(async () => {
      if (!doc) return;
      const bytes = format === 'pptx' ? await (await import('../../../shared/report/report-pptx')).reportToPptx(doc) : await (await import('../../../shared/report/report-docx')).reportToDocx(doc);
      const saved = await host.invoke('export.save', { suggestedName: `${fileBase}.${format}`, mimeType: OFFICE_MIME[format], bytes });
      if (saved) show({ kind: 'info', text: t('report.exported', { name: saved.name }) });
    });
  const fileBase = doc ? `Namndrapport ${doc.home.name} ${doc.years[0]}-${doc.years[1]}`.replace(/[\\/:*?"<>|]/g, '') : 'Namndrapport';
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
                const saved = await host.invoke('export.save', { suggestedName: `${fileBase}.xlsx`, mimeType: XLSX_MIME, bytes: reportToXlsx(doc) });
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
          <button type="button" disabled={!doc} onClick={() => run(async () => void (await host.invoke('print.pdf', { suggestedName: `${fileBase}.pdf` })))}>
            {t('report.print')}
          </button>
        </div>
        {!choice && <p className="hint">{t('empty.body')}</p>}
        {choice && !doc && <p className="hint">{t('report.building')}</p>}
      </div>
      {doc && (
        <article className="report" data-testid="report" aria-label={t('report.template')}>
          <h2 className="report-title">{doc.title}</h2>
          <p className="caveat">{t('page.overview.caveat')}</p>
          <h3>{t('report.meta')}</h3>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('overview.byArea')}</th>
                <th scope="col">{t('page.overview.year')}</th>
                <th scope="col" className="num">{STANDING_SYMBOL.favourable} {t('standing.favourable')}</th>
                <th scope="col" className="num">{STANDING_SYMBOL.middle} {t('standing.middle')}</th>
                <th scope="col" className="num">{STANDING_SYMBOL.unfavourable} {t('standing.unfavourable')}</th>
              </tr>
            </thead>
            <tbody>
              {doc.meta.map((c) => (
                <tr key={`${c.key}-${c.year}`}>
                  <th scope="row">{areaLabel(c.key, lang)}</th>
                  <td>{c.year}</td>
                  <td className="num">{c.counts.favourable}</td>
                  <td className="num">{c.counts.middle}</td>
                  <td className="num">{c.counts.unfavourable}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('report.persistent')}</h3>
          {doc.persistent.length === 0 ? (
            <p>{t('overview.none')}</p>
          ) : (
            <ul>
              {doc.persistent.map((o) => (
                <li key={o.seriesId}>
                  {STANDING_SYMBOL.unfavourable} {o.title} — {areaLabel(o.area, lang)}, {t('overview.years', { hits: o.hits, m: o.m })} ({o.years.join(', ')})
                </li>
              ))}
            </ul>
          )}
          <h3>{t('report.changes', { year: doc.years[1] })}</h3>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('overview.indicator')}</th>
                <th scope="col" className="num">{t('report.from')}</th>
                <th scope="col" className="num">{t('report.to')}</th>
                <th scope="col" className="num">{t('report.change')}</th>
              </tr>
            </thead>
            <tbody>
              {doc.changes.map((c) => (
                <tr key={c.seriesId}>
                  <th scope="row">{c.title}</th>
                  <td className="num">{c.from === null ? '–' : num(c.from)}</td>
                  <td className="num">{c.to === null ? '–' : num(c.to)}</td>
                  <td className="num">{c.change === null ? '–' : `${c.change > 0 ? '+' : ''}${num(c.change)}`}{c.smallNumbers ? ' *' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {doc.notes.length > 0 && (
            <>
              <h3>{t('notes.list')}</h3>
              <ul>
                {doc.notes.map((n, i) => (
                  <li key={i}>{n.indicator ? <strong>{n.indicator}: </strong> : null}{n.text}</li>
                ))}
              </ul>
            </>
          )}
          <p className="source-line">{doc.sourceLine}</p>
          <p className="source-line">{t('report.members')}: {doc.peerNames.join(', ')}</p>
        </article>
      )}
    </>
  );
}
