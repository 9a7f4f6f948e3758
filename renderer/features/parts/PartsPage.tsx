import { useMemo, useState } from 'react';
import type { PartStanding } from '../../../shared/analysis/unit-parts';
import { areaLabel } from '../../../shared/model/areas';
import { ComputeStatus } from '../../components/ComputeStatus';
import { StandingBadge } from '../../components/StandingBadge';
import { useI18n } from '../../state/i18n-context';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useCommand } from '../../state/use-command';
import { usePalette } from '../../state/use-palette';
import { HomePartStandings } from './HomePartStandings';

/**
 * Enheter och stadsdelar (issue 19 item 7): the drill-down kommun → enheter
 * on one indicator, each with its n and its standing within the kommun and
 * in the country, and a hemenhet whose standings are shown across every
 * indicator it has.
 */
export function PartsPage() {
  const { t, tn, lang, num } = useI18n();
  const [palette] = usePalette();
  // The hemenhet is the window's one choice: Översikt, Område and Indikator show it too.
  const { choice, parts: allParts, homePart, choosePart } = useAnalysisChoice();
  const kommuner = useCommand('parts.kommuner', {});
  const [kommun, setKommun] = useState<string | null>(null);
  const [indicatorId, setIndicatorId] = useState<string | null>(null);

  const withParts = kommuner.data ?? [];
  const currentKommun =
    kommun && withParts.some((k) => k.kommunCode === kommun)
      ? kommun
      : (withParts.find((k) => k.kommunCode === choice?.home)?.kommunCode ??
        withParts[0]?.kommunCode ??
        null);
  const indicators = useCommand(
    'parts.indicators',
    currentKommun ? { kommunCode: currentKommun } : null,
  );
  const indicatorList = useMemo(() => indicators.data ?? [], [indicators.data]);
  const currentIndicator =
    indicatorId && indicatorList.some((i) => i.indicatorId === indicatorId)
      ? indicatorId
      : (indicatorList[0]?.indicatorId ?? null);
  const parts = useCommand(
    'parts.ofKommun',
    currentKommun && currentIndicator
      ? { kommunCode: currentKommun, indicatorId: currentIndicator }
      : null,
  );

  const standingCell = (s: PartStanding) => (
    <>
      <StandingBadge standing={s.standing} palette={palette} />{' '}
      <span className="hint">
        {s.percentile !== null
          ? t('parts.percentile', { p: num(s.percentile * 100, 0), n: s.comparators })
          : t('parts.comparators', { n: s.comparators })}
      </span>
    </>
  );
  const comparison = choice?.part?.comparison ?? 'within_kommun';

  return (
    <>
      <h1>{t('page.parts.title')}</h1>
      <p>{t('parts.intro')}</p>
      <p className="caveat" role="note">
        {t('page.overview.caveat')}
      </p>
      <ComputeStatus busy={kommuner.loading && !kommuner.data} error={kommuner.error} />
      {kommuner.data && withParts.length === 0 && (
        <p className="hint" data-testid="parts-empty">
          {t('parts.none')}
        </p>
      )}
      {currentKommun && (
        <form
          className="controls"
          onSubmit={(e) => e.preventDefault()}
          aria-label={t('page.parts.title')}
        >
          <label>
            {t('parts.kommun')}
            <select value={currentKommun} onChange={(e) => setKommun(e.target.value)}>
              {withParts.map((k) => (
                <option key={k.kommunCode} value={k.kommunCode}>
                  {tn('parts.kommunOption', k.parts, { name: k.name })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('parts.indicator')}
            <select value={currentIndicator ?? ''} onChange={(e) => setIndicatorId(e.target.value)}>
              {indicatorList.map((i) => (
                <option key={i.indicatorId} value={i.indicatorId}>
                  {`${areaLabel(i.area, lang)} – ${i.title} (${i.year})`}
                </option>
              ))}
            </select>
          </label>
        </form>
      )}
      {parts.error && <ComputeStatus busy={false} error={parts.error} />}
      {parts.data && (
        <table className="data-table" data-testid="parts-table">
          <caption>
            {t('parts.caption', {
              title: parts.data.title,
              year: parts.data.year,
              kommun: withParts.find((k) => k.kommunCode === currentKommun)?.name ?? '',
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('parts.unit')}</th>
              <th scope="col">{t('parts.regiform')}</th>
              <th scope="col" className="num">
                {t('parts.value')}
              </th>
              <th scope="col" className="num">
                {t('parts.n')}
              </th>
              <th scope="col">{t('parts.withinKommun')}</th>
              <th scope="col">{t('parts.national')}</th>
              <th scope="col">{t('parts.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('parts.choose')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {parts.data.parts.map((p) => (
              <tr
                key={p.unitCode}
                aria-current={p.unitCode === homePart?.unitCode ? 'true' : undefined}
              >
                <th scope="row">{p.name}</th>
                <td>{p.regiform ?? '–'}</td>
                <td className="num">
                  {p.value !== null ? num(p.value, 1) : t(`status.${p.status}`)}
                </td>
                <td className="num">{p.n !== null ? num(p.n, 0) : '–'}</td>
                <td>{standingCell(p.withinKommun)}</td>
                <td>{standingCell(p.national)}</td>
                <td className="hint">
                  {p.sheet && p.cell ? t('parts.cell', { sheet: p.sheet, cell: p.cell }) : '–'}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      choosePart(allParts.find((u) => u.unitCode === p.unitCode) ?? null)
                    }
                    aria-pressed={p.unitCode === homePart?.unitCode}
                  >
                    {t('parts.chooseHome')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {homePart && (
        <HomePartStandings
          unitCode={homePart.unitCode}
          name={homePart.name}
          comparison={comparison}
          onComparison={(c) => choosePart(homePart, c)}
        />
      )}
    </>
  );
}
