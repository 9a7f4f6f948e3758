import { useEffect, useId, useState } from 'react';
import type { DevelopmentFollowUp } from '../../../shared/analysis/development-follow-up';
import type { PeerSetSpec } from '../../../shared/analysis/peer-sets';
import { useI18n } from '../../state/i18n-context';
import { useMessages } from '../../state/message-context';
import { useCommand, useRunCommand } from '../../state/use-command';
import { useRunAction } from '../../state/use-run-action';
import { FollowUpTable } from './FollowUpTable';

type Props = Readonly<{ home: string; peers: PeerSetSpec; years: readonly number[] }>;

/** The evaluation station: per year, what was decided and what happened to each indicator, what closed, what is still open, and our own words. */
export function EvaluationSection({ home, peers, years }: Props) {
  const { t } = useI18n();
  const id = useId();
  const run = useRunAction();
  const runCommand = useRunCommand();
  const { show } = useMessages();
  const [year, setYear] = useState<number | null>(years[0] ?? null);
  useEffect(() => {
    if (year === null || !years.includes(year)) setYear(years[0] ?? null);
  }, [years, year]);
  const evaluation = useCommand(
    'development.evaluation',
    year === null ? null : { home, peers, year },
  ).data;
  const [text, setText] = useState('');
  useEffect(() => setText(evaluation?.text ?? ''), [evaluation?.text, evaluation?.year]);
  const list = (heading: string, items: readonly DevelopmentFollowUp[], detail: boolean) => (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      {items.length === 0 ? (
        <p className="hint">{t('development.evaluationNone')}</p>
      ) : detail ? (
        items.map((f) => (
          <div key={f.developmentAreaId} className="evaluation-item">
            <h4>{f.title}</h4>
            <FollowUpTable followUp={f} />
          </div>
        ))
      ) : (
        <ul>
          {items.map((f) => (
            <li key={f.developmentAreaId}>
              {f.title} ({t(`development.status.${f.status}`)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <section aria-labelledby={`${id}-title`} data-testid="evaluation">
      <h2 id={`${id}-title`}>{t('development.evaluation')}</h2>
      <p>{t('development.evaluationIntro')}</p>
      {years.length === 0 || year === null ? (
        <p className="hint">{t('development.evaluationNoYears')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-year`}>{t('development.evaluationYear')}</label>
            <select
              id={`${id}-year`}
              value={year}
              onChange={(e) => setYear(Number(e.target.value))}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          {evaluation && evaluation.year === year && (
            <>
              {list(t('development.evaluationDecided', { year }), evaluation.decided, true)}
              <p data-testid="evaluation-counts">
                {t('development.evaluationCounts', {
                  improved: evaluation.counts.improved,
                  unchanged: evaluation.counts.unchanged,
                  worsened: evaluation.counts.worsened,
                  pending: evaluation.counts.pending,
                  notComparable: evaluation.counts.not_comparable,
                })}
              </p>
              {list(t('development.evaluationClosed', { year }), evaluation.closed, false)}
              {list(t('development.evaluationOpen', { year }), evaluation.open, false)}
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  run(async () => {
                    await runCommand(
                      'development.saveEvaluation',
                      { home, year, text },
                      { changesData: true },
                    );
                    show({ kind: 'info', text: t('development.evaluationSaved', { year }) });
                  });
                }}
              >
                <div className="field">
                  <label htmlFor={`${id}-text`}>{t('development.evaluationText', { year })}</label>
                  <textarea
                    id={`${id}-text`}
                    rows={4}
                    maxLength={20000}
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                  />
                </div>
                <div className="actions">
                  <button type="submit">{t('development.evaluationSave')}</button>
                </div>
              </form>
            </>
          )}
        </>
      )}
    </section>
  );
}
