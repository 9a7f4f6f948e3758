import type { DevelopmentFollowUp } from '../../../shared/analysis/development-follow-up';
import { useI18n } from '../../state/i18n-context';
import { pointLabel, sinceLabel } from './follow-up-text';

/** What happened to each indicator since the decision: then, now (its own latest year), every publication between, the verdict in words. */
export function FollowUpTable({ followUp }: Readonly<{ followUp: DevelopmentFollowUp }>) {
  const { t, num } = useI18n();
  if (followUp.indicators.length === 0) return <p className="hint">{t('development.noSeries')}</p>;
  return (
    <>
      <table className="data-table" data-testid="follow-up">
        <caption>{t('development.followUp')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('development.colIndicator')}</th>
            <th scope="col">{t('development.colThen')}</th>
            <th scope="col">{t('development.colNow')}</th>
            <th scope="col">{t('development.colSince')}</th>
            <th scope="col">{t('development.colVerdict')}</th>
          </tr>
        </thead>
        <tbody>
          {followUp.indicators.map((i) => (
            <tr key={i.seriesId}>
              <th scope="row">{i.label}</th>
              <td>{i.verdict === 'not_decided' ? '–' : pointLabel(i.then, i.kind, t, num)}</td>
              <td>{pointLabel(i.now, i.kind, t, num)}</td>
              <td>{sinceLabel(i, t, num)}</td>
              <td data-verdict={i.verdict}>{t(`development.verdict.${i.verdict}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {followUp.followUpDue && followUp.followUpYear !== null && (
        <p className="hint">{t('development.followUpDue', { year: followUp.followUpYear })}</p>
      )}
    </>
  );
}
