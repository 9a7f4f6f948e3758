import { useId, useState, type FormEvent } from 'react';
import type { SeriesChoice } from '../../../shared/analysis/development-area-store';
import type { DevelopmentStatus } from '../../../shared/analysis/development-areas';
import { areaLabel } from '../../../shared/model/areas';
import { useI18n } from '../../state/i18n-context';

export type FormValues = Readonly<{
  title: string;
  seriesIds: readonly string[];
  owner: string;
  decidedBy: string;
  decidedDate: string;
  followUpYear: string;
  target: string;
  status: DevelopmentStatus;
}>;

export const EMPTY_FORM: FormValues = {
  title: '',
  seriesIds: [],
  owner: '',
  decidedBy: '',
  decidedDate: '',
  followUpYear: '',
  target: '',
  status: 'proposed',
};

type Props = Readonly<{
  heading: string;
  /** "Utgår från resultatet för …": where a new one comes from. */
  originText: string | null;
  initial: FormValues;
  statuses: readonly DevelopmentStatus[];
  choices: readonly SeriesChoice[];
  onSubmit: (values: FormValues) => Promise<void>;
  onCancel: () => void;
}>;

/** Create or edit an utvecklingsområde: title, several indicators from the catalogue, owner, decision, target, status. */
export function DevelopmentAreaForm({
  heading,
  originText,
  initial,
  statuses,
  choices,
  onSubmit,
  onCancel,
}: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const [v, setV] = useState<FormValues>(initial);
  const [toAdd, setToAdd] = useState('');
  const [busy, setBusy] = useState(false);
  const label = (seriesId: string) =>
    choices.find((c) => c.seriesId === seriesId)?.label ?? seriesId;
  const areas = [...new Set(choices.map((c) => c.area))];
  const set = <K extends keyof FormValues>(k: K, value: FormValues[K]) =>
    setV((old) => ({ ...old, [k]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    void onSubmit(v).finally(() => setBusy(false));
  };
  return (
    <form
      className="panel development-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      data-testid="development-form"
    >
      <h2 id={`${id}-title`}>{heading}</h2>
      {originText && <p className="hint">{originText}</p>}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('development.fieldTitle')}</label>
        <input
          id={`${id}-name`}
          required
          maxLength={200}
          value={v.title}
          onChange={(e) => set('title', e.target.value)}
          autoFocus
        />
      </div>
      <fieldset>
        <legend>{t('development.fieldSeries')}</legend>
        {v.seriesIds.length === 0 ? (
          <p className="hint">{t('development.noSeries')}</p>
        ) : (
          <ul className="development-series" data-testid="development-form-series">
            {v.seriesIds.map((s) => (
              <li key={s}>
                <span>{label(s)}</span>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('development.removeSeries', { label: label(s) })}
                  onClick={() =>
                    set(
                      'seriesIds',
                      v.seriesIds.filter((x) => x !== s),
                    )
                  }
                >
                  {t('notes.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="controls">
          <div className="field">
            <label htmlFor={`${id}-add`}>{t('development.fieldAddSeries')}</label>
            <select id={`${id}-add`} value={toAdd} onChange={(e) => setToAdd(e.target.value)}>
              <option value="">{t('development.chooseSeries')}</option>
              {areas.map((a) => (
                <optgroup key={a} label={areaLabel(a, lang)}>
                  {choices
                    .filter((c) => c.area === a && !v.seriesIds.includes(c.seriesId))
                    .map((c) => (
                      <option key={c.seriesId} value={c.seriesId}>
                        {c.label} ({c.lastYear})
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <span aria-hidden="true">&nbsp;</span>
            <button
              type="button"
              disabled={!toAdd}
              onClick={() => {
                set('seriesIds', [...v.seriesIds, toAdd]);
                setToAdd('');
              }}
            >
              {t('development.addSeries')}
            </button>
          </div>
        </div>
      </fieldset>
      <div className="controls">
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t('development.fieldOwner')}</label>
          <input
            id={`${id}-owner`}
            maxLength={200}
            value={v.owner}
            onChange={(e) => set('owner', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-by`}>{t('development.fieldDecidedBy')}</label>
          <input
            id={`${id}-by`}
            maxLength={200}
            value={v.decidedBy}
            onChange={(e) => set('decidedBy', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('development.fieldDecidedDate')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={v.decidedDate}
            onChange={(e) => set('decidedDate', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-follow`}>{t('development.fieldFollowUpYear')}</label>
          <input
            id={`${id}-follow`}
            type="number"
            min={1990}
            max={2100}
            value={v.followUpYear}
            onChange={(e) => set('followUpYear', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('development.fieldStatus')}</label>
          <select
            id={`${id}-status`}
            value={v.status}
            onChange={(e) => set('status', e.target.value as DevelopmentStatus)}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`development.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('development.fieldTarget')}</label>
        <textarea
          id={`${id}-target`}
          rows={2}
          maxLength={4000}
          value={v.target}
          onChange={(e) => set('target', e.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('development.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('development.cancel')}
        </button>
      </div>
    </form>
  );
}
