import type { SampleValue } from '../../../shared/import/import-report';
import { useI18n } from '../../state/i18n-context';

/** Three values as read, each with its cell, so a controller can check them against the file: "Solna: 37,7 (G27)". */
export function SampleValues({
  samples,
  sheets,
}: Readonly<{ samples: readonly SampleValue[]; sheets: number }>) {
  const { t } = useI18n();
  if (samples.length === 0) return null;
  return (
    <section
      className="import-samples"
      aria-label={t('import.samples')}
      data-testid="import-samples"
    >
      <h4>{t('import.samples')}</h4>
      <p className="hint">{t('import.samplesHint')}</p>
      <ul className="plain-list">
        {samples.slice(0, 3).map((s) => (
          <li key={`${s.sheet}!${s.cell}`}>
            <strong>
              {s.unitName}: {s.value}
            </strong>{' '}
            ({sheets > 1 ? `${s.sheet}!` : ''}
            {s.cell}) <span className="hint">– {s.indicator}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
