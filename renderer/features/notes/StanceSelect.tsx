import { STANCES, type Stance } from '../../../shared/model/stance';
import { useI18n } from '../../state/i18n-context';

/**
 * The stance a note takes on a red (issue 19 item 5): none, or one of the
 * five. Disabled, with the reason beside it, when the note is on no indicator.
 */
export function StanceSelect({
  id,
  value,
  onChange,
  disabled = false,
}: Readonly<{
  id: string;
  value: Stance | null;
  onChange: (stance: Stance | null) => void;
  disabled?: boolean;
}>) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>{t('stance.label')}</label>
      <select
        id={id}
        value={value ?? ''}
        disabled={disabled}
        aria-describedby={disabled ? `${id}-why` : undefined}
        onChange={(e) => onChange((e.target.value || null) as Stance | null)}
      >
        <option value="">{t('stance.none')}</option>
        {STANCES.map((s) => (
          <option key={s} value={s}>
            {t(`stance.${s}`)}
          </option>
        ))}
      </select>
      {disabled && (
        <span id={`${id}-why`} className="hint">
          {' '}
          {t('stance.needsSeries')}
        </span>
      )}
    </div>
  );
}
