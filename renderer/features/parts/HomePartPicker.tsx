import type { PartComparison } from '../../../shared/analysis/unit-parts';
import { useI18n } from '../../state/i18n-context';
import { useAnalysisChoice } from '../../state/use-analysis-choice';

/**
 * The hemenhet choice (issue 19 item 7) where Översikt, Område and Indikator
 * show it: the whole kommun or one of its enheter and stadsdelar, and whom the
 * part is compared with. Shown only when the hemkommun has parts.
 */
export function HomePartPicker() {
  const { t } = useI18n();
  const { choice, parts, homePart, kommuner, choosePart } = useAnalysisChoice();
  if (!choice) return null;
  const own = parts.filter((p) => p.kommunCode === choice.home);
  if (own.length === 0) return null;
  const kommunName = kommuner.find((k) => k.code === choice.home)?.name ?? choice.home;
  const comparison = choice.part?.comparison ?? 'within_kommun';
  return (
    <form
      className="controls"
      onSubmit={(e) => e.preventDefault()}
      aria-label={t('parts.pickerLabel')}
      data-testid="home-part-picker"
    >
      <label>
        {t('parts.homePart')}
        <select
          value={homePart?.unitCode ?? ''}
          onChange={(e) => choosePart(own.find((p) => p.unitCode === e.target.value) ?? null)}
        >
          <option value="">{t('parts.wholeKommun', { name: kommunName })}</option>
          {own.map((p) => (
            <option key={p.unitCode} value={p.unitCode}>
              {`${p.name} (${t(`parts.level.${p.level}`)})`}
            </option>
          ))}
        </select>
      </label>
      {homePart && (
        <label>
          {t('parts.comparisonLabel')}
          <select
            value={comparison}
            onChange={(e) => choosePart(homePart, e.target.value as PartComparison)}
          >
            <option value="within_kommun">{t('parts.withinKommun')}</option>
            <option value="national">{t('parts.national')}</option>
          </select>
        </label>
      )}
      {homePart && (
        <p className="hint" data-testid="home-part-note">
          {t('parts.shownFor', {
            name: homePart.name,
            level: t(`parts.level.${homePart.level}`),
            kommun: kommunName,
          })}
        </p>
      )}
    </form>
  );
}
