import { areaLabel } from '../../../shared/model/areas';
import { useI18n } from '../../state/i18n-context';
import { useCommand } from '../../state/use-command';

/** What is loaded, per area and year: indicators, values and missing values. */
export function PublicationsSummary() {
  const { t, lang, num } = useI18n();
  const rows = useCommand('findings.publications', {}).data ?? [];
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="publications-title">
      <h2 id="publications-title">{t('page.overview.summary')}</h2>
      <table className="data-table" data-testid="publications">
        <thead>
          <tr>
            <th scope="col">{t('page.overview.area')}</th>
            <th scope="col">{t('page.overview.year')}</th>
            <th scope="col" className="num">
              {t('page.overview.indicators')}
            </th>
            <th scope="col" className="num">
              {t('page.overview.values')}
            </th>
            <th scope="col" className="num">
              {t('page.overview.missing')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.area}-${r.year}`}>
              <th scope="row">{areaLabel(r.area, lang)}</th>
              <td>{r.year}</td>
              <td className="num">{num(r.indicators)}</td>
              <td className="num">{num(r.values_ok)}</td>
              <td className="num">{num(r.missing)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
