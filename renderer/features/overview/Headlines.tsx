import { stanceFor, type StanceNote } from '../../../shared/analysis/annotations';
import type { NewsItem } from '../../../shared/analysis/change';
import type { Stance } from '../../../shared/model/stance';
import type { PersistentOutlier } from '../../../shared/analysis/persistent-outliers';
import { latestYearsText } from '../../../shared/analysis/latest-year';
import { areaLabel } from '../../../shared/model/areas';
import { STANDING_SYMBOL } from '../../components/standing-style';
import { useI18n } from '../../state/i18n-context';
import { indicatorHash } from '../../app/routes';
import { StanceTag } from '../notes/StanceTag';

type Props = Readonly<{
  persistent: readonly PersistentOutlier[];
  news: readonly NewsItem[];
  /** The hemkommun's notes with stances: a red item names its stance (issue 19 item 5). */
  stances: readonly StanceNote[];
  year: number;
}>;

/** Återkommande avvikare, nya ogynnsamma, förbättringar — the three questions a nämnd asks first; each item opens its indicator. */
export function Headlines({ persistent, news, stances, year }: Props) {
  const { t, lang } = useI18n();
  const newReds = news.filter((n) => n.kind === 'new_red');
  const resolved = news.filter((n) => n.kind === 'resolved_red');
  // Each series at its own latest year against its own previous one (a biennial area: 2023 against 2021), said per item;
  // the heading names the years its items are from, not only the workspace's latest.
  const headingYears = (items: readonly NewsItem[]) =>
    items.length === 0
      ? String(year)
      : latestYearsText(
          items.map((n) => n.year),
          lang === 'sv' ? 'och' : 'and',
        );
  const newsDetail = (n: NewsItem) =>
    `${areaLabel(n.area, lang)}, ${n.previousYear === null ? String(n.year) : t('latest.compared', { to: n.year, from: n.previousYear })}`;
  const list = (
    items: readonly { seriesId: string; text: string; detail: string; stance?: Stance | null }[],
  ) =>
    items.length === 0 ? (
      <p className="hint">{t('overview.none')}</p>
    ) : (
      <ul>
        {items.slice(0, 6).map((i) => (
          <li key={i.seriesId}>
            <a href={indicatorHash(i.seriesId)}>{i.text}</a>{' '}
            <span className="hint">({i.detail})</span>
            {i.stance && (
              <>
                {' '}
                <StanceTag stance={i.stance} />
              </>
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <section className="headlines" aria-labelledby="headlines-title">
      <h2 id="headlines-title">{t('overview.headlines')}</h2>
      <div className="headline-grid">
        <div data-testid="headline-persistent">
          <h3>
            <span aria-hidden="true">{STANDING_SYMBOL.unfavourable} </span>
            {t('overview.persistent')}
          </h3>
          <p className="hint">{t('overview.persistentHint')}</p>
          {list(
            persistent.map((o) => ({
              seriesId: o.seriesId,
              text: o.title,
              detail: `${areaLabel(o.area, lang)}, ${t('overview.years', { hits: o.hits, m: o.m })}`,
              stance: o.stance?.stance ?? null,
            })),
          )}
        </div>
        <div data-testid="headline-new-reds">
          <h3>
            <span aria-hidden="true">{STANDING_SYMBOL.unfavourable} </span>
            {t('overview.newReds', { year: headingYears(newReds) })}
          </h3>
          {list(
            newReds.map((n) => ({
              seriesId: n.seriesId,
              text: n.title,
              detail: newsDetail(n),
              stance: stanceFor(stances, n.seriesId, n.year)?.stance ?? null,
            })),
          )}
        </div>
        <div data-testid="headline-improvements">
          <h3>
            <span aria-hidden="true">{STANDING_SYMBOL.favourable} </span>
            {t('overview.improvements', { year: headingYears(resolved) })}
          </h3>
          {list(
            resolved.map((n) => ({ seriesId: n.seriesId, text: n.title, detail: newsDetail(n) })),
          )}
        </div>
      </div>
    </section>
  );
}
