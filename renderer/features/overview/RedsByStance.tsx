import type { RedSplit } from '../../../shared/analysis/annotations';
import { areaLabel } from '../../../shared/model/areas';
import { indicatorHash } from '../../app/routes';
import { STANDING_SYMBOL } from '../../components/standing-style';
import { useI18n } from '../../state/i18n-context';
import { StanceTag } from '../notes/StanceTag';

/**
 * Issue 19 item 5: the reds (▼ ogynnsamt, each series at its own latest
 * year) in two lists — unexplained ones, and those the förvaltning has taken
 * a stance on ("Det får vara rött, vi har valt att prioritera andra saker").
 */
export function RedsByStance({ reds }: Readonly<{ reds: RedSplit }>) {
  const { t, lang } = useI18n();
  const where = (area: string, year: number) => `${areaLabel(area, lang)}, ${year}`;
  return (
    <section aria-labelledby="reds-title" data-testid="reds-by-stance">
      <h2 id="reds-title">
        <span aria-hidden="true">{STANDING_SYMBOL.unfavourable} </span>
        {t('reds.title')}
      </h2>
      <p data-testid="reds-split">
        {t('reds.split', {
          unexplained: reds.unexplained.length,
          withStance: reds.withStance.length,
        })}
      </p>
      <p className="hint">{t('reds.hint')}</p>
      <div className="headline-grid">
        <div data-testid="reds-unexplained">
          <h3>{t('reds.unexplained')}</h3>
          {reds.unexplained.length === 0 ? (
            <p className="hint">{t('reds.none')}</p>
          ) : (
            <ul>
              {reds.unexplained.map((r) => (
                <li key={r.indicatorId}>
                  {r.seriesId ? <a href={indicatorHash(r.seriesId)}>{r.title}</a> : r.title}{' '}
                  <span className="hint">({where(r.area, r.year)})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div data-testid="reds-with-stance">
          <h3>{t('reds.withStance')}</h3>
          {reds.withStance.length === 0 ? (
            <p className="hint">{t('reds.none')}</p>
          ) : (
            <ul>
              {reds.withStance.map(({ row, note }) => (
                <li key={row.indicatorId}>
                  {row.seriesId ? <a href={indicatorHash(row.seriesId)}>{row.title}</a> : row.title}{' '}
                  <span className="hint">
                    ({where(row.area, row.year)}
                    {note.year !== null && note.year !== row.year
                      ? `; ${t('reds.noteFrom', { year: note.year })}`
                      : ''}
                    )
                  </span>
                  <br />
                  <StanceTag stance={note.stance} />: {note.text}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
