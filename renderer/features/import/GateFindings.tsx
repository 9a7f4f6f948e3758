import { useId, useState } from 'react';
import { diagnosticText } from '../../../shared/i18n/diagnostic-text';
import type { GateFinding } from '../../../shared/import/import-report';
import { useI18n } from '../../state/i18n-context';
import { cellList } from './report-text';
import { Icon } from '../../components/Icon';

function FindingItem({ finding }: Readonly<{ finding: GateFinding }>) {
  const { t, lang } = useI18n();
  const cells = cellList(finding.cells);
  const where = finding.sheet
    ? cells
      ? t('import.gate.where', { sheet: finding.sheet, cells })
      : t('import.gate.whereSheet', { sheet: finding.sheet })
    : cells
      ? t('import.gate.whereCells', { cells })
      : null;
  return (
    <li>
      <strong>{t(`import.gateCheck.${finding.check}`)}:</strong> {diagnosticText(finding, lang)}
      {where && (
        <>
          {' '}
          <span className="gate-where">({where})</span>
        </>
      )}
    </li>
  );
}

type Props = Readonly<{
  findings: readonly GateFinding[];
  /** Editing is possible (the file is read and not yet imported). */
  editable: boolean;
  /** Show the mapping preview (null when the file has none to correct). */
  onCorrect: (() => void) | null;
  onAccept: () => void;
}>;

/**
 * The plausibility gate's findings. A blocking one says in plain words, in
 * the user's language, what looks wrong, where, and offers to correct the
 * reading or to import anyway after an explicit confirmation. Status is told
 * by icon and text, never by colour alone.
 */
export function GateFindings({ findings, editable, onCorrect, onAccept }: Props) {
  const { t, num } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const blocking = findings.filter((f) => f.blocking);
  const review = findings.filter((f) => !f.blocking);
  return (
    <>
      {blocking.length > 0 && (
        <section className="gate-box" data-testid="gate-blocking" aria-labelledby={headingId}>
          <h4 id={headingId}>
            <Icon name="error" />
            {t('import.gate.title')}
          </h4>
          <ul>
            {blocking.map((f, i) => (
              <FindingItem key={i} finding={f} />
            ))}
          </ul>
          {editable && (
            <>
              <p>{t('import.gate.body')}</p>
              {confirming ? (
                <div className="actions" role="group" aria-label={t('import.gate.accept')}>
                  <p className="gate-confirm">{t('import.gate.confirm')}</p>
                  <button type="button" className="primary" onClick={onAccept}>
                    {t('import.gate.confirmYes')}
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    {t('import.gate.confirmNo')}
                  </button>
                </div>
              ) : (
                <div className="actions">
                  {onCorrect && (
                    <button type="button" className="primary" onClick={onCorrect}>
                      {t('import.gate.correct')}
                    </button>
                  )}
                  <button type="button" onClick={() => setConfirming(true)}>
                    {t('import.gate.accept')}
                  </button>
                </div>
              )}
            </>
          )}
        </section>
      )}
      {review.length > 0 && (
        <details open data-testid="gate-review">
          <summary>
            <Icon name="warning" />
            {t('import.gate.review', { count: num(review.length) })}
          </summary>
          <ul className="diagnostics">
            {review.map((f, i) => (
              <FindingItem key={i} finding={f} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
