import { useId, useState } from 'react';
import {
  STATUS_TRANSITIONS,
  localToday,
  type DevelopmentStatus,
} from '../../../shared/analysis/development-areas';
import type { DevelopmentAreaView } from '../../../shared/app/development-areas';
import { useI18n } from '../../state/i18n-context';
import { FollowUpTable } from './FollowUpTable';

type Props = Readonly<{
  area: DevelopmentAreaView;
  onEdit: () => void;
  onStatus: (
    status: DevelopmentStatus,
    decision: Readonly<{ decidedDate?: string; decidedBy?: string }>,
  ) => Promise<boolean>;
  onClose: (closedAt: string, closingNote: string) => Promise<boolean>;
  onDelete: () => Promise<boolean>;
}>;

type Open = 'none' | 'status' | 'close' | 'delete';

/** One utvecklingsområde: status in words, decision, owner, target, follow-up per indicator and its actions. */
export function DevelopmentAreaCard({ area, onEdit, onStatus, onClose, onDelete }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState<Open>('none');
  const moves = STATUS_TRANSITIONS[area.status].filter((s) => s !== 'closed');
  const [next, setNext] = useState<DevelopmentStatus>(moves[0] ?? area.status);
  const [decidedDate, setDecidedDate] = useState(area.decidedDate ?? localToday());
  const [decidedBy, setDecidedBy] = useState(area.decidedBy ?? '');
  const [closedAt, setClosedAt] = useState(localToday());
  const [closingNote, setClosingNote] = useState('');
  const needsDecision = next === 'decided' && area.decidedYear === null;
  const decision =
    area.decidedYear === null
      ? t('development.noDecision')
      : [area.decidedBy, area.decidedDate ?? String(area.decidedYear)].filter(Boolean).join(', ');
  return (
    <article
      className="panel development-area"
      aria-labelledby={`${id}-title`}
      data-testid="development-area"
    >
      <h3 id={`${id}-title`}>{area.title}</h3>
      <p className="development-status" data-status={area.status}>
        <strong>
          {t('development.statusText', { status: t(`development.status.${area.status}`) })}
        </strong>
        {area.status === 'closed' && area.closedAt
          ? ` – ${t('development.closedOn', { date: area.closedAt })}`
          : ''}
      </p>
      <dl className="development-facts">
        <dt>{t('development.decision')}</dt>
        <dd>{decision}</dd>
        {area.owner && (
          <>
            <dt>{t('development.owner')}</dt>
            <dd>{area.owner}</dd>
          </>
        )}
        {area.target && (
          <>
            <dt>{t('development.target')}</dt>
            <dd>{area.target}</dd>
          </>
        )}
        {area.followUpYear !== null && (
          <>
            <dt>{t('development.followUpYear')}</dt>
            <dd>{area.followUpYear}</dd>
          </>
        )}
        <dt>{t('development.origin')}</dt>
        <dd>{t(`development.origin.${area.origin}`)}</dd>
        {area.closingNote && (
          <>
            <dt>{t('development.closingNote')}</dt>
            <dd>{area.closingNote}</dd>
          </>
        )}
      </dl>
      {area.followUp && <FollowUpTable followUp={area.followUp} />}
      <div className="button-row">
        <button
          type="button"
          aria-label={t('development.editLabel', { title: area.title })}
          onClick={onEdit}
        >
          {t('development.edit')}
        </button>
        {moves.length > 0 && (
          <button
            type="button"
            aria-expanded={open === 'status'}
            onClick={() => setOpen(open === 'status' ? 'none' : 'status')}
          >
            {t('development.changeStatus')}
          </button>
        )}
        {area.status !== 'closed' && (
          <button
            type="button"
            aria-label={t('development.closeLabel', { title: area.title })}
            aria-expanded={open === 'close'}
            onClick={() => setOpen(open === 'close' ? 'none' : 'close')}
          >
            {t('development.close')}
          </button>
        )}
        <button
          type="button"
          aria-label={t('development.deleteLabel', { title: area.title })}
          onClick={() => setOpen('delete')}
        >
          {t('development.delete')}
        </button>
      </div>
      {open === 'status' && (
        <form
          className="controls"
          onSubmit={(e) => {
            e.preventDefault();
            void onStatus(next, needsDecision ? { decidedDate, decidedBy } : {}).then(
              (ok) => ok && setOpen('none'),
            );
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-next`}>
              {t('development.newStatus', { title: area.title })}
            </label>
            <select
              id={`${id}-next`}
              value={next}
              onChange={(e) => setNext(e.target.value as DevelopmentStatus)}
            >
              {moves.map((s) => (
                <option key={s} value={s}>
                  {t(`development.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {needsDecision && (
            <>
              <div className="field">
                <label htmlFor={`${id}-date`}>{t('development.fieldDecidedDate')}</label>
                <input
                  id={`${id}-date`}
                  type="date"
                  required
                  value={decidedDate}
                  onChange={(e) => setDecidedDate(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-by`}>{t('development.fieldDecidedBy')}</label>
                <input
                  id={`${id}-by`}
                  value={decidedBy}
                  onChange={(e) => setDecidedBy(e.target.value)}
                />
              </div>
            </>
          )}
          <div className="field">
            <span aria-hidden="true">&nbsp;</span>
            <button type="submit">{t('development.changeStatus')}</button>
          </div>
        </form>
      )}
      {open === 'close' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void onClose(closedAt, closingNote).then((ok) => ok && setOpen('none'));
          }}
        >
          <div className="controls">
            <div className="field">
              <label htmlFor={`${id}-closed`}>{t('development.closedAt')}</label>
              <input
                id={`${id}-closed`}
                type="date"
                required
                value={closedAt}
                onChange={(e) => setClosedAt(e.target.value)}
              />
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('development.closingNote')}</label>
            <textarea
              id={`${id}-note`}
              rows={2}
              value={closingNote}
              onChange={(e) => setClosingNote(e.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="primary">
              {t('development.confirmClose')}
            </button>
            <button type="button" onClick={() => setOpen('none')}>
              {t('development.cancel')}
            </button>
          </div>
        </form>
      )}
      {open === 'delete' && (
        <div role="group" aria-labelledby={`${id}-confirm`} className="development-confirm">
          <p id={`${id}-confirm`}>{t('development.confirmDelete', { title: area.title })}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void onDelete()}>
              {t('development.confirmDeleteYes')}
            </button>
            <button type="button" autoFocus onClick={() => setOpen('none')}>
              {t('development.cancel')}
            </button>
          </div>
        </div>
      )}
    </article>
  );
}
