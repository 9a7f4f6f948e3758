import type { PartComparison } from '../../../shared/analysis/unit-parts';
import { areaLabel } from '../../../shared/model/areas';
import { ComputeStatus } from '../../components/ComputeStatus';
import { StandingBadge } from '../../components/StandingBadge';
import { useI18n } from '../../state/i18n-context';
import { useCommand } from '../../state/use-command';
import { usePalette } from '../../state/use-palette';

/** A hemenhet's standings on every indicator it has, within its kommun or in the country. */
export function HomePartStandings({
  unitCode,
  name,
  comparison,
  onComparison,
}: Readonly<{
  unitCode: string;
  name: string;
  comparison: PartComparison;
  onComparison: (c: PartComparison) => void;
}>) {
  const { t, lang, num } = useI18n();
  const [palette] = usePalette();
  const standings = useCommand('parts.homeStandings', { unitCode, comparison });
  const rows = [...(standings.data ?? [])].sort(
    (a, b) =>
      a.area.localeCompare(b.area, 'sv') || a.title.localeCompare(b.title, 'sv') || b.year - a.year,
  );
  return (
    <section aria-labelledby="home-part-heading" data-testid="home-part">
      <h2 id="home-part-heading">{t('parts.homeHeading', { name })}</h2>
      <fieldset className="controls">
        <legend>{t('parts.compareWith')}</legend>
        {(['within_kommun', 'national'] as const).map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="part-comparison"
              value={c}
              checked={comparison === c}
              onChange={() => onComparison(c)}
            />
            {t(c === 'within_kommun' ? 'parts.withinKommun' : 'parts.national')}
          </label>
        ))}
      </fieldset>
      <ComputeStatus busy={standings.loading} error={standings.error} />
      {standings.data && (
        <table className="data-table" data-testid="home-part-standings">
          <thead>
            <tr>
              <th scope="col">{t('overview.indicator')}</th>
              <th scope="col">{t('outliers.area')}</th>
              <th scope="col" className="num">
                {t('parts.year')}
              </th>
              <th scope="col" className="num">
                {t('parts.value')}
              </th>
              <th scope="col" className="num">
                {t('parts.n')}
              </th>
              <th scope="col">{t('parts.standing')}</th>
              <th scope="col" className="num">
                {t('parts.peerMedian')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.indicatorId}>
                <th scope="row">{r.title}</th>
                <td>{areaLabel(r.area, lang)}</td>
                <td className="num">{r.year}</td>
                <td className="num">
                  {r.homeValue !== null ? num(r.homeValue, 1) : t(`status.${r.homeStatus}`)}
                </td>
                <td className="num">{r.homeN !== null ? num(r.homeN, 0) : '–'}</td>
                <td>
                  <StandingBadge standing={r.standing} palette={palette} />{' '}
                  <span className="hint">{t('parts.comparators', { n: r.n })}</span>
                </td>
                <td className="num">{r.peerMedian !== null ? num(r.peerMedian, 1) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
