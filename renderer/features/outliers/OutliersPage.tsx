import { useMemo, useState } from 'react';
import { ComputeStatus } from '../../components/ComputeStatus';
import { peerSetTitle } from '../../../shared/analysis/peer-sets';
import type { Sensitivity } from '../../../shared/analysis/peer-sensitivity';
import {
  countedYearsText,
  notCountedReason,
  outliersByArea,
  persistentOutliers,
  type OutlierSide,
} from '../../../shared/analysis/persistent-outliers';
import { areaLabel } from '../../../shared/model/areas';
import { STANDING_SYMBOL } from '../../components/standing-style';
import { useI18n } from '../../state/i18n-context';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useOverview } from '../overview/use-overview';
import { useStandingFormat } from '../../state/use-standing-format';
import { useRunAction } from '../../state/use-run-action';
import { useMessages } from '../../state/message-context';
import {
  currentReportId,
  draftFromTemplate,
  rememberCurrentReport,
} from '../../state/use-namndrapport';
import { useCommand, useRunCommand } from '../../state/use-command';
import { Icon } from '../../components/Icon';
import { UncertaintyMarker } from '../areas/UncertaintyMarker';
import { YesNoContext } from '../areas/YesNoContext';
import { StanceTag } from '../notes/StanceTag';
const RULES = [
  [3, 4],
  [2, 3],
  [4, 5],
  [2, 2],
] as const;

/** Återkommande avvikare: the list behind the headline, with filters and a robustness check against other peer groups. */
export function OutliersPage() {
  const { t, tn, lang } = useI18n();
  const run = useRunAction();
  const { show } = useMessages();
  const format = useStandingFormat();
  const runCommand = useRunCommand();
  const { kommuner, choice, homePart } = useAnalysisChoice();
  const { result, busy, error } = useOverview(choice);
  const [side, setSide] = useState<OutlierSide>('unfavourable');
  const [rule, setRule] = useState(0);
  const [area, setArea] = useState('');
  // Issue 19 item 4: "vanligt svar", default off (shared/analysis/common-answer.ts states the rule).
  const [commonAnswer, setCommonAnswer] = useState(false);
  const [n, m] = RULES[rule]!;

  const outliers = useMemo(() => {
    if (!result) return [];
    return persistentOutliers(result.standings, side, n, m, {
      commonAnswer,
      ...(side === 'unfavourable' ? { stances: result.stances } : {}),
    }).filter((o) => !area || o.area === area);
  }, [result, side, n, m, area, commonAnswer]);
  // Issue 19 item 5: unfavourable avvikare the förvaltning has taken a stance on, apart from unexplained ones.
  const withStance = side === 'unfavourable' ? outliers.filter((o) => o.stance).length : 0;
  /** The series the switch takes out of the list: återkommande ogynnsamma only through answers most of the group shares. */
  const excluded = useMemo(() => {
    if (!result || !commonAnswer || side !== 'unfavourable') return [];
    const kept = new Set(outliers.map((o) => o.seriesId));
    return persistentOutliers(result.standings, side, n, m).filter(
      (o) => (!area || o.area === area) && !kept.has(o.seriesId),
    );
  }, [result, side, n, m, area, commonAnswer, outliers]);

  // Robustness against the other built-in groups; the check is asked for the choice the result is for.
  const checked = useCommand(
    'findings.sensitivity',
    choice && result && result.home === choice.home && outliers.length > 0
      ? { choice, findings: outliers.map((o) => o.latest) }
      : null,
  );
  const sensitivity = useMemo<ReadonlyMap<string, Sensitivity> | null>(
    () =>
      checked.data && !checked.loading
        ? new Map(checked.data.map((s) => [s.indicatorId, s]))
        : null,
    [checked.data, checked.loading],
  );

  const homeName = kommuner.find((k) => k.code === choice?.home)?.name ?? '';
  const pin = (seriesId: string) =>
    run(async () => {
      if (!choice) return;
      // The same pinning as Indikator's: the current report, or a new Nämndrapport for the choice.
      const saved = await runCommand('indicator.pin', {
        reportId: currentReportId(),
        draft: draftFromTemplate(
          'namndrapport',
          choice,
          homeName,
          t('reportTemplate.namndrapport'),
        ),
        item: { kind: 'indicator', seriesId },
      });
      rememberCurrentReport(saved.reportId);
      show({ kind: 'info', text: t('composer.pinned', { name: saved.name }) });
    });
  const areas = [...new Set(result?.standings.map((r) => r.area) ?? [])].sort();
  const ruleText = t('outliers.ruleValue', { n, m });
  return (
    <>
      <h1>{t('page.outliers.title')}</h1>
      <p className="caveat" role="note">
        {t('page.overview.caveat')}
      </p>
      {!choice && <p className="hint">{t('empty.body')}</p>}
      {homePart && (
        <p className="hint" data-testid="outliers-kommun-not-part">
          {t('parts.outliersForKommun', { name: homePart.name })}
        </p>
      )}
      {choice && <ComputeStatus busy={busy} error={error} />}
      {choice && result && (
        <>
          <p>
            {t('outliers.intro', {
              home: homeName,
              peers: peerSetTitle(result.peerSet),
              rule: ruleText,
            })}
          </p>
          <form
            className="controls"
            onSubmit={(e) => e.preventDefault()}
            aria-label={t('page.outliers.title')}
          >
            <label>
              {t('outliers.side')}
              <select value={side} onChange={(e) => setSide(e.target.value as OutlierSide)}>
                <option value="unfavourable">{t('outliers.unfavourable')}</option>
                <option value="favourable">{t('outliers.favourable')}</option>
              </select>
            </label>
            <label>
              {t('outliers.rule')}
              <select value={rule} onChange={(e) => setRule(Number(e.target.value))}>
                {RULES.map(([rn, rm], i) => (
                  <option key={i} value={i}>
                    {t('outliers.ruleValue', { n: rn, m: rm })}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('outliers.area')}
              <select value={area} onChange={(e) => setArea(e.target.value)}>
                <option value="">{t('outliers.allAreas')}</option>
                {areas.map((a) => (
                  <option key={a} value={a}>
                    {areaLabel(a, lang)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input
                type="checkbox"
                checked={commonAnswer}
                onChange={(e) => setCommonAnswer(e.target.checked)}
                data-testid="common-answer"
              />
              {t('commonAnswer.switch')}
            </label>
          </form>
          {commonAnswer && (
            <p className="hint" role="note" data-testid="common-answer-rule">
              {t('commonAnswer.rule')}
              {excluded.length > 0 &&
                ` ${tn('commonAnswer.excluded', excluded.length, { list: excluded.map((o) => o.title).join(', ') })}`}
            </p>
          )}
          {outliers.length === 0 ? (
            <p>{t('outliers.none')}</p>
          ) : (
            <>
              {side === 'unfavourable' && (
                <p data-testid="outliers-stance-split">
                  {t('reds.split', {
                    unexplained: outliers.length - withStance,
                    withStance,
                  })}
                </p>
              )}
              <h2>{t('outliers.byArea')}</h2>
              <ul>
                {outliersByArea(outliers).map((a) => (
                  <li key={a.area}>
                    {areaLabel(a.area, lang)}: {tn('outliers.count', a.count)}
                  </li>
                ))}
              </ul>
              <table className="data-table" data-testid="outliers">
                <thead>
                  <tr>
                    <th scope="col">{t('overview.indicator')}</th>
                    <th scope="col">{t('outliers.area')}</th>
                    <th scope="col">{t('outliers.years')}</th>
                    <th scope="col" className="num">
                      {t('outliers.latest')}
                    </th>
                    <th scope="col" className="num">
                      {t('outliers.median')}
                    </th>
                    <th scope="col">{t('outliers.robustness')}</th>
                    {side === 'unfavourable' && <th scope="col">{t('outliers.stance')}</th>}
                    <th scope="col">
                      <span className="visually-hidden">{t('composer.pin')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {outliers.map((o) => {
                    const s = sensitivity?.get(o.latest.indicatorId);
                    return (
                      <tr key={o.seriesId}>
                        <th scope="row">
                          <span aria-hidden="true">{STANDING_SYMBOL[side]} </span>
                          {o.title}
                        </th>
                        <td>{areaLabel(o.area, lang)}</td>
                        <td>
                          {t('outliers.counted', {
                            hits: o.hits,
                            m: o.m,
                            years: countedYearsText(o),
                          })}
                          {o.notCounted
                            .map(
                              (x) =>
                                `; ${t('outliers.notCounted', { year: x.year, reason: notCountedReason(x, lang) })}`,
                            )
                            .join('')}
                        </td>
                        <td className="num">
                          {format.homeValue(o.latest)}
                          <YesNoContext row={o.latest} />
                          <UncertaintyMarker row={o.latest} />
                        </td>
                        <td className="num">{format.peerMedian(o.latest)}</td>
                        <td>
                          {!s ? (
                            <span className="hint">{t('outliers.checking')}</span>
                          ) : (
                            <span
                              title={s.others
                                .map((x) => `${x.label}: ${t(`standing.${x.standing}`)}`)
                                .join('\n')}
                            >
                              {s.verdict === 'robust' ? (
                                <>
                                  <Icon name="check" />
                                  {t('outliers.robust')}
                                </>
                              ) : (
                                <>
                                  <Icon name="warning" />
                                  {t('outliers.depends')}
                                </>
                              )}
                            </span>
                          )}
                        </td>
                        {side === 'unfavourable' && (
                          <td>
                            {o.stance ? (
                              <>
                                <StanceTag stance={o.stance.stance} bare />: {o.stance.text}
                              </>
                            ) : (
                              <span className="hint">{t('stance.none')}</span>
                            )}
                          </td>
                        )}
                        <td>
                          <button
                            type="button"
                            className="link-button"
                            aria-label={`${t('composer.pin')}: ${o.title}`}
                            onClick={() => pin(o.seriesId)}
                          >
                            <Icon name="pin" />
                            {t('composer.pin')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </>
  );
}
