import { KNOWN_AREAS, areaLabel } from '../../../shared/model/areas';
import { reasonText, type ReasonWords } from '../../../shared/i18n/import-reason-text';
import { useI18n } from '../../state/i18n-context';

type Props = Readonly<{
  idPrefix: string;
  area: string;
  year: number | null;
  /** Why the area is what it is ("filnamnet nämner …"). */
  areaReason: string | null;
  /** `areaReason` for the user's language; absent in reports made before it. */
  areaReasonWords?: ReasonWords | null;
  editable: boolean;
  onArea: (area: string) => void;
  onYear: (year: number | undefined) => void;
}>;

/** Area and year as read, each correctable; the area with the reason it was chosen. */
export function ImportFacts({
  idPrefix,
  area,
  year,
  areaReason,
  areaReasonWords,
  editable,
  onArea,
  onYear,
}: Props) {
  const { t, lang } = useI18n();
  return (
    <div className="import-facts">
      <label htmlFor={`${idPrefix}-area`}>{t('import.area')}</label>
      <div>
        <select
          id={`${idPrefix}-area`}
          value={area}
          disabled={!editable}
          onChange={(e) => onArea(e.target.value)}
          aria-describedby={areaReason ? `${idPrefix}-area-reason` : undefined}
        >
          {[...KNOWN_AREAS, 'ovrigt'].map((a) => (
            <option key={a} value={a}>
              {a === 'ovrigt' ? t('import.unknownArea') : areaLabel(a, lang)}
            </option>
          ))}
        </select>{' '}
        {areaReason && (
          <span id={`${idPrefix}-area-reason`} className="hint" data-testid="area-reason">
            {t('import.areaReason', { reason: reasonText(areaReason, areaReasonWords, lang) })}
          </span>
        )}
      </div>
      <label htmlFor={`${idPrefix}-year`}>{t('import.year')}</label>
      <input
        id={`${idPrefix}-year`}
        type="number"
        min={1990}
        max={2100}
        disabled={!editable}
        defaultValue={year ?? ''}
        placeholder={t('import.multiYear')}
        onBlur={(e) => {
          const next = e.target.value ? Number(e.target.value) : undefined;
          if (next !== (year ?? undefined)) onYear(next);
        }}
      />
    </div>
  );
}
