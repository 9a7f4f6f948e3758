import { useState } from 'react';
import type { CycleStation, StationState } from '../../../shared/analysis/yearly-cycle';
import { ComputeStatus } from '../../components/ComputeStatus';
import { Icon, type IconName } from '../../components/Icon';
import { useI18n } from '../../state/i18n-context';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useCommand } from '../../state/use-command';

/** Where each station's work is done in the app. */
const STATION_LINK: Readonly<Record<CycleStation, string>> = {
  publication: '#/importera',
  compilation: '#/rapport',
  interpretation: '#/anteckningar',
  analysis: '#/oversikt',
  committee: '#/rapport',
  decision: '#/utvecklingsomraden',
  follow_up: '#/utvecklingsomraden',
  evaluation: '#/utvecklingsomraden',
};

const STATE_ICON: Readonly<Record<StationState, IconName>> = {
  done: 'check',
  started: 'edit',
  not_started: 'info',
};

/**
 * Hjulet (issue 20 item 5): the stations of this year's ÖJ cycle, from the
 * publication to the evaluation, each with its state in words (derived from
 * the workspace) and a link to where the work is done.
 */
export function CyclePage() {
  const { t } = useI18n();
  const { kommuner, years, choice } = useAnalysisChoice();
  const [picked, setPicked] = useState<number | null>(null);
  const year = picked ?? years[years.length - 1] ?? null;
  const home = choice?.home ?? null;
  const cycle = useCommand('cycle.get', home && year ? { unitCode: home, year } : null);
  const homeName = kommuner.find((k) => k.code === home)?.name ?? '';
  return (
    <>
      <h1>{t('page.cycle.title')}</h1>
      <p>{t('cycle.intro')}</p>
      {!home || !year ? (
        <p className="hint">{t('empty.body')}</p>
      ) : (
        <>
          <form className="controls" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('cycle.year')}
              <select value={year} onChange={(e) => setPicked(Number(e.target.value))}>
                {[...years].reverse().map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          </form>
          <ComputeStatus busy={cycle.loading && !cycle.data} error={cycle.error} />
          {cycle.data && (
            <ol
              className="cycle-stations"
              data-testid="cycle"
              aria-label={t('cycle.label', { home: homeName, year })}
            >
              {cycle.data.stations.map((s) => (
                <li
                  key={s.station}
                  className={`cycle-station cycle-${s.state}`}
                  data-state={s.state}
                >
                  <h2>{t(`cycle.station.${s.station}`)}</h2>
                  <p className="cycle-state">
                    <Icon name={STATE_ICON[s.state]} /> {t(`cycle.state.${s.state}`)}
                  </p>
                  <p>{t(`cycle.facts.${s.station}`, s.facts)}</p>
                  <a href={STATION_LINK[s.station]}>{t(`cycle.go.${s.station}`)}</a>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}
