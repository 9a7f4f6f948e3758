import type { ImportReport } from '../../../shared/import/import-report';
import type { Status } from '../../../shared/model/observations';
import { useI18n } from '../../state/i18n-context';
import { seriesSummary, unitSummary } from './report-text';

/** What the file holds, in a controller's words: "290 kommuner, 21 län, riket", "6 indikatorer × 1 år", values by status. */
export function ImportSummary({ report }: Readonly<{ report: ImportReport }>) {
  const { t, tn, num } = useI18n();
  const missing = report.missingCodes ?? [];
  return (
    <dl className="import-summary">
      <dt>{t('import.units')}</dt>
      <dd data-testid="import-units">{unitSummary(report.units, t, num)}</dd>
      <dt>{t('import.indicators')}</dt>
      <dd data-testid="import-indicators">
        {seriesSummary(report, t, num)}
        {report.seriesCount === undefined &&
          report.background > 0 &&
          ` (${tn('import.background', report.background)})`}
      </dd>
      <dt>{t('import.values')}</dt>
      <dd>
        {Object.entries(report.valuesByStatus)
          .map(([status, n]) =>
            status === 'ok'
              ? tn('import.valuesOk', n)
              : `${num(n)} ${t(`status.${status as Status}`)}`,
          )
          .join(', ')}
      </dd>
      {report.coloured > 0 && (
        <>
          <dt>{t('import.coloured')}</dt>
          <dd>{num(report.coloured)}</dd>
        </>
      )}
      {missing.length > 0 && (
        <>
          <dt>{t('import.missingCodes')}</dt>
          <dd data-testid="import-missing-codes">
            <ul className="plain-list">
              {missing.map((m) => (
                <li key={`${m.code}-${m.status}`}>
                  <code>{m.code === '' ? t('import.emptyCode') : m.code}</code> ={' '}
                  {t(`status.${m.status}`)}{' '}
                  <span className="hint">({t(`import.missingSource.${m.source}`)})</span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
