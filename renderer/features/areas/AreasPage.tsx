import { SortableHeader } from '../../components/SortableHeader';
import { peerSetTitle } from '../../../shared/analysis/peer-sets';
import { ComputeStatus } from '../../components/ComputeStatus';
import { useMemo, useState } from 'react';
import { latestChanges } from '../../../shared/analysis/change';
import { latestByArea, latestYearsText } from '../../../shared/analysis/latest-year';
import { areaLabel } from '../../../shared/model/areas';
import { Sparkline } from '../../components/Sparkline';
import { StandingBadge } from '../../components/StandingBadge';
import { useI18n } from '../../state/i18n-context';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { HomePartPicker } from '../parts/HomePartPicker';
import { useStandingFormat } from '../../state/use-standing-format';
import { usePalette } from '../../state/use-palette';
import { useOverview } from '../overview/use-overview';
import { BackgroundContext } from '../../components/BackgroundContext';
import { indicatorHash } from '../../app/routes';
import { UncertaintyMarker } from './UncertaintyMarker';
import { YesNoContext } from './YesNoContext';

type SortKey = 'title' | 'value' | 'median' | 'standing' | 'change';
const STANDING_ORDER = {
  unfavourable: 0,
  middle: 1,
  favourable: 2,
  insufficient: 3,
  no_direction: 4,
  missing: 5,
} as const;

/**
 * Område: every indicator of one area as a sortable table — latest value,
 * peer median, standing, trend, change. "Latest" is each series' own latest
 * published year within the chosen years and the change compares it with
 * the series' own previous published year (a biennial area: 2023 jämfört
 * med 2021), both stated on the row (shared/analysis/latest-year.ts).
 */
export function AreasPage() {
  const { t, lang, num } = useI18n();
  const format = useStandingFormat();
  const { kommuner, choice, unitChoice, unitName } = useAnalysisChoice();
  // A hemenhet, when chosen, in place of the hemkommun (issue 19 item 7).
  const { result, busy, error } = useOverview(unitChoice);
  const [area, setArea] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({
    key: 'standing',
    desc: false,
  });
  const [palette] = usePalette();

  const areas = useMemo(
    () => [...new Set(result?.standings.map((r) => r.area) ?? [])].sort(),
    [result],
  );
  const current = area && areas.includes(area) ? area : (areas[0] ?? null);
  const { rows, dropped, areaYear } = useMemo(() => {
    if (!result || !current) return { rows: [], dropped: [], areaYear: null };
    const inArea = result.standings.filter((r) => r.area === current);
    const byArea = latestByArea(inArea);
    const changes = new Map(latestChanges(inArea).map((c) => [c.seriesId, c]));
    const years = [...(byArea.areaYears.get(current) ?? [])];
    return {
      rows: byArea.current.map(({ key, latest, previous, history }) => ({
        id: key,
        latest,
        previousYear: previous?.year ?? null,
        trend: years.map(
          (y) => history.find((r) => r.year === y && r.homeStatus === 'ok')?.homeValue ?? null,
        ),
        years,
        change: changes.get(key) ?? null,
      })),
      // Series the area's latest publication no longer has: named, not shown as "latest"
      dropped: byArea.discontinued.map((s) => s.latest),
      areaYear: years.at(-1) ?? null,
    };
  }, [result, current]);
  const shownYears = latestYearsText(
    rows.map((r) => r.latest.year),
    lang === 'sv' ? 'och' : 'and',
  );

  const sorted = useMemo(() => {
    const value = (r: (typeof rows)[number]): string | number => {
      switch (sort.key) {
        case 'title':
          return r.latest.title;
        case 'value':
          return r.latest.homeValue ?? -Infinity;
        case 'median':
          return r.latest.peerMedian ?? -Infinity;
        case 'standing':
          return STANDING_ORDER[r.latest.standing];
        case 'change':
          return r.change?.change ?? -Infinity;
      }
    };
    const collator = new Intl.Collator('sv');
    return [...rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const c = typeof va === 'string' ? collator.compare(va, vb as string) : va - (vb as number);
      return sort.desc ? -c : c;
    });
  }, [rows, sort]);

  const header = (key: SortKey, label: string, numeric = false) => (
    <SortableHeader sortKey={key} label={label} numeric={numeric} sort={sort} setSort={setSort} />
  );
  const kommunName = kommuner.find((k) => k.code === choice?.home)?.name ?? '';
  return (
    <>
      <h1>{t('page.areas.title')}</h1>
      <p className="caveat" role="note">
        {t('page.overview.caveat')}
      </p>
      {!choice && <p className="hint">{t('empty.body')}</p>}
      <HomePartPicker />
      {choice && <ComputeStatus busy={busy} error={error} />}
      {result && current && (
        <>
          <div className="controls">
            <label>
              {t('areas.choose')}
              <select value={current} onChange={(e) => setArea(e.target.value)}>
                {areas.map((a) => (
                  <option key={a} value={a}>
                    {areaLabel(a, lang)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p>
            {t('areas.introLatest', {
              home: unitName,
              peers: peerSetTitle(result.peerSet),
              years: shownYears,
            })}
          </p>
          <table className="data-table" data-testid="area-table">
            <thead>
              <tr>
                {header('title', t('overview.indicator'))}
                {header('standing', t('overview.standing'))}
                {header('value', t('areas.latestValue'), true)}
                {header('median', t('overview.median'), true)}
                <th scope="col">{t('areas.trend')}</th>
                {header('change', t('areas.change'), true)}
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <a href={indicatorHash(r.id)}>{r.latest.title}</a>
                  </th>
                  <td>
                    <StandingBadge standing={r.latest.standing} palette={palette} />
                    <YesNoContext row={r.latest} />
                    <UncertaintyMarker row={r.latest} />
                  </td>
                  <td className="num">
                    {format.homeValue(r.latest)} <span className="hint">({r.latest.year})</span>
                  </td>
                  <td className="num">{format.peerMedian(r.latest)}</td>
                  <td>
                    <Sparkline
                      values={r.trend}
                      label={t('areas.trendLabel', {
                        years: r.years
                          .map((y, i) => `${y}: ${r.trend[i] === null ? '–' : num(r.trend[i]!)}`)
                          .join(', '),
                      })}
                    />
                  </td>
                  <td className="num">
                    {r.change?.change === null || r.change === null
                      ? '–'
                      : `${r.change.change > 0 ? '+' : ''}${num(r.change.change)}`}
                    {r.previousYear !== null && (
                      <span className="hint">
                        {' '}
                        ({t('latest.compared', { to: r.latest.year, from: r.previousYear })})
                      </span>
                    )}
                    {r.change?.significant === true && (
                      <span className="hint">
                        {' '}
                        ({t('uncertainty.significant')}, {r.change.method === 'ki' ? 'KI' : 'n'})
                      </span>
                    )}
                    {r.change?.significant === false && (
                      <span className="hint"> ({t('uncertainty.notSignificant')})</span>
                    )}
                    {r.change?.smallNumbers && <span className="hint"> ({t('areas.small')})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {dropped.length > 0 && (
            <p className="hint" data-testid="area-dropped">
              {t('areas.dropped', {
                year: areaYear ?? '',
                list: dropped.map((r) => `${r.title} (${r.year})`).join(', '),
              })}
            </p>
          )}
          {choice && <BackgroundContext area={current} home={choice.home} homeName={kommunName} />}
        </>
      )}
    </>
  );
}
