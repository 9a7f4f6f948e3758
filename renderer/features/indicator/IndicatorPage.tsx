import { linkReasonLabel } from '../../../shared/i18n/model-labels';
import { useMemo } from 'react';
import {
  distributionFigure,
  trendFigure,
  trendHasCi,
  type FigureLabels,
} from '../../../shared/charts/indicator-figures';
import type { ReportItem } from '../../../shared/report/report-definition';
import { PlotlyChart } from '../../charts/PlotlyChart';
import { StandingBadge } from '../../components/StandingBadge';
import { useI18n } from '../../state/i18n-context';
import { yearSmallReasonsText } from '../../../shared/analysis/uncertainty-text';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { HomePartPicker } from '../parts/HomePartPicker';
import { useStandingFormat } from '../../state/use-standing-format';
import { usePalette } from '../../state/use-palette';
import { seriesFromHash } from '../../app/routes';
import { useRunAction } from '../../state/use-run-action';
import { useMessages } from '../../state/message-context';
import { useCommand, useRunCommand } from '../../state/use-command';
import {
  currentReportId,
  draftFromTemplate,
  rememberCurrentReport,
} from '../../state/use-namndrapport';
import { BackgroundContext } from '../../components/BackgroundContext';
import { IndicatorNotes } from './IndicatorNotes';
import { ExpectedValue } from './ExpectedValue';
import { UncertaintyMarker } from '../areas/UncertaintyMarker';
import { YesNoContext } from '../areas/YesNoContext';
import { Icon } from '../../components/Icon';

/** Indikator: trend against the peer median/IQR and riket, the distribution of all kommuner, the table, definition and lineage. */
export function IndicatorPage() {
  const { t, num, lang } = useI18n();
  const run = useRunAction();
  const runCommand = useRunCommand();
  const { show } = useMessages();
  const format = useStandingFormat();
  const { kommuner, choice, unitChoice, unitName, homePart } = useAnalysisChoice();
  const seriesId = seriesFromHash(location.hash);
  const [palette] = usePalette();
  // A hemenhet, when chosen, in place of the hemkommun (issue 19 item 7).
  const answer = useCommand(
    'indicator.detail',
    unitChoice && seriesId
      ? {
          seriesId,
          home: unitChoice.home,
          peers: unitChoice.peers,
          years: [unitChoice.from, unitChoice.to],
        }
      : null,
  );
  // undefined while the first answer is on its way; null when the series is not in the workspace (or failed)
  const detail = answer.error ? null : answer.data ? answer.data.detail : undefined;
  const peersLabel = answer.data?.peersLabel ?? '';
  const homeName = unitName;
  const kommunName = kommuner.find((k) => k.code === choice?.home)?.name ?? '';
  const isPart = homePart !== null;
  const labels: FigureLabels = useMemo(
    () => ({
      home: homeName,
      median: t('overview.median'),
      iqr: t('indicator.iqr'),
      riket: t('indicator.riket'),
      others: t(isPart ? 'indicator.othersParts' : 'indicator.others'),
      peers: t('indicator.peers'),
      year: t('page.overview.year'),
      value: t('overview.value'),
    }),
    [homeName, isPart, t],
  );
  const trend = useMemo(() => (detail ? trendFigure(detail, labels) : null), [detail, labels]);
  const distribution = useMemo(
    () => (detail ? distributionFigure(detail, labels) : null),
    [detail, labels],
  );
  // The series' own latest published year within the chosen years (a biennial area: its 2023, not the workspace's 2024)
  const latestYear = detail?.latest?.year;
  const change = detail?.latestChange ?? null;
  /** Pin a part to the current report, or to a new Nämndrapport for the current choice. */
  const pin = (item: ReportItem) =>
    run(async () => {
      if (!choice) return;
      const saved = await runCommand('indicator.pin', {
        reportId: currentReportId(),
        draft: draftFromTemplate(
          'namndrapport',
          choice,
          kommunName,
          t('reportTemplate.namndrapport'),
        ),
        item,
      });
      rememberCurrentReport(saved.reportId);
      show({ kind: 'info', text: t('composer.pinned', { name: saved.name }) });
    });
  return (
    <>
      <p>
        <a href="#/omraden">{t('indicator.back')}</a>
      </p>
      {detail === null && <p role="alert">{t('indicator.missing')}</p>}
      {detail && trend && distribution && (
        <>
          <h1>{detail.label}</h1>
          <p>
            <button
              type="button"
              onClick={() => pin({ kind: 'indicator', seriesId: detail.seriesId })}
            >
              <Icon name="pin" />
              {t('composer.pin')}
            </button>
          </p>
          <p className="caveat" role="note">
            {t('page.overview.caveat')}
          </p>
          <HomePartPicker />
          <h2>{t('indicator.trend')}</h2>
          <PlotlyChart
            figure={trend}
            label={`${t('indicator.trendAlt', { home: homeName, peers: peersLabel })}${trendHasCi(detail) ? ` ${t('indicator.ciBars', { home: homeName })}` : ''}`}
          />
          {change && change.change !== null && (
            <p data-testid="indicator-change">
              {t('areas.change')}: {`${change.change > 0 ? '+' : ''}${num(change.change)}`} (
              {t('latest.compared', { to: change.toYear, from: change.fromYear })})
              {change.significant === true && (
                <span className="hint">
                  {' '}
                  ({t('uncertainty.significant')}, {change.method === 'ki' ? 'KI' : 'n'})
                </span>
              )}
              {change.significant === false && (
                <span className="hint"> ({t('uncertainty.notSignificant')})</span>
              )}
              {change.smallNumbers && (
                <span className="hint">
                  {' '}
                  ({t('uncertainty.small')}: {yearSmallReasonsText(change.smallReasons ?? [], lang)}
                  )
                </span>
              )}
            </p>
          )}
          <h2>
            {t(isPart ? 'indicator.distributionParts' : 'indicator.distribution', {
              year: latestYear ?? '',
            })}
          </h2>
          <PlotlyChart
            figure={distribution}
            label={t(isPart ? 'indicator.distributionPartsAlt' : 'indicator.distributionAlt', {
              home: homeName,
            })}
          />
          <h2>{t('indicator.table')}</h2>
          <table className="data-table" data-testid="indicator-table">
            <thead>
              <tr>
                <th scope="col">{t('page.overview.year')}</th>
                <th scope="col" className="num">
                  {homeName}
                </th>
                <th scope="col">{t('overview.standing')}</th>
                <th scope="col" className="num">
                  {t('overview.median')}
                </th>
                <th scope="col" className="num">
                  {t('indicator.riket')}
                </th>
                <th scope="col">{t('indicator.source')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.years.map((r) => (
                <tr key={r.year}>
                  <th scope="row">{r.year}</th>
                  <td className="num">
                    {format.homeValue(r)}
                    {r.homeCiLow != null && r.homeCiHigh != null && (
                      <span className="hint">
                        {' '}
                        ({lang === 'sv' ? 'KI' : 'CI'} {num(r.homeCiLow)}–{num(r.homeCiHigh)})
                      </span>
                    )}
                  </td>
                  <td>
                    <StandingBadge standing={r.standing} palette={palette} />
                    <YesNoContext row={r} />
                    <UncertaintyMarker row={r} />
                  </td>
                  <td className="num">{format.peerMedian(r)}</td>
                  <td className="num">{r.riketValue === null ? '–' : num(r.riketValue)}</td>
                  <td>
                    <code>
                      {r.sheet}!{r.cell}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {detail.parts.length > 0 && (
            <section aria-labelledby="parts-title" data-testid="indicator-parts">
              <h2 id="parts-title">
                {t('indicator.parts', { home: homeName, year: latestYear ?? '' })}
              </h2>
              <p className="hint">{t('indicator.partsIntro')}</p>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('indicator.part')}</th>
                    <th scope="col" className="num">
                      {t('overview.value')}
                    </th>
                    <th scope="col" className="num">
                      {t('indicator.partVsHome', { home: homeName })}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {detail.parts.map((p) => {
                    const homeValue = detail.latest?.homeValue ?? null;
                    return (
                      <tr key={p.unitCode}>
                        <th scope="row">{p.name}</th>
                        <td className="num">
                          {p.value === null ? t(`status.${p.status}`) : num(p.value)}
                        </td>
                        <td className="num">
                          {p.value === null || homeValue === null
                            ? '–'
                            : `${p.value - homeValue > 0 ? '+' : ''}${num(p.value - homeValue)}`}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          )}
          {detail.description && (
            <>
              <h2>{t('indicator.definition')}</h2>
              <p>{detail.description}</p>
            </>
          )}
          <h2>{t('indicator.lineage')}</h2>
          <p className="hint">
            {t('indicator.link')}: {linkReasonLabel(detail.linkReason, lang) ?? '–'}
          </p>
          <ul>
            {detail.lineage.map((l) => (
              <li key={`${l.year}-${l.title}`}>
                {l.year}: {l.title}
                {l.code ? ` (${l.code})` : ''}
                {l.fileName ? ` — ${l.fileName}` : ''}
              </li>
            ))}
          </ul>
          {choice && seriesId && latestYear !== undefined && (
            <IndicatorNotes home={choice.home} seriesId={seriesId} latestYear={latestYear} />
          )}
          {choice && !isPart && detail.latest && (
            <ExpectedValue
              indicatorId={detail.latest.indicatorId}
              year={detail.latest.year}
              area={detail.latest.area}
              onPin={(regressors) =>
                pin({ kind: 'expectedValue', seriesId: detail.seriesId, regressors })
              }
              home={choice.home}
              homeName={homeName}
            />
          )}
          {choice && detail.years[0] && (
            <BackgroundContext
              area={detail.years[0].area}
              home={choice.home}
              homeName={kommunName}
            />
          )}
        </>
      )}
    </>
  );
}
