import { peerSetTitle } from '../../../shared/analysis/peer-sets';
import { useEffect, useRef, useState } from 'react';
import type { MetaCell } from '../../../shared/analysis/meta-analysis';
import { metaRowLabel } from '../../../shared/i18n/model-labels';
import { EmptyWorkspace } from '../../components/EmptyWorkspace';
import { STANDING_SYMBOL } from '../../components/standing-style';
import { useEngine } from '../../state/engine-context';
import { useI18n } from '../../state/i18n-context';
import { DrillDown } from './DrillDown';
import { Headlines } from './Headlines';
import { MetaHeatmap } from './MetaHeatmap';
import { OverviewControls } from './OverviewControls';
import { PublicationsSummary } from './PublicationsSummary';
import { DirectionNeeded } from '../catalogue/DirectionNeeded';
import { useOverview, type OverviewChoice } from './use-overview';
import { useAnalysisChoice } from '../../state/use-analysis-choice';
import { useCommand } from '../../state/use-command';
import { RedsByStance } from './RedsByStance';
import { usePalette } from '../../state/use-palette';
import { ComputeStatus } from '../../components/ComputeStatus';
import { HomePartPicker } from '../parts/HomePartPicker';

const NO_SETS: readonly Readonly<{ id: string; name: string }>[] = [];

export function OverviewPage() {
  const { t, tn, lang } = useI18n();
  const { state } = useEngine();
  const ready = state.phase === 'ready';
  const { kommuner, years, choice, change: setChoice, unitChoice, unitName } = useAnalysisChoice();
  const [palette, setPalette] = usePalette();
  const [selected, setSelected] = useState<MetaCell | null>(null);
  // The heatmap cell that opened the drill-down gets focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const select = (cell: MetaCell) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSelected(cell);
  };
  const namedSets = useCommand('findings.namedPeerSets', {}).data ?? NO_SETS;

  useEffect(() => setSelected(null), [choice]);

  // A hemenhet, when chosen, in place of the hemkommun (issue 19 item 7).
  const { result, busy, error } = useOverview(unitChoice);
  const change = (next: OverviewChoice) => setChoice(next);
  // Named after the result, not the choice: while a new choice is computed the heatmap still shows the old one.
  const homeName =
    result?.home === unitChoice?.home
      ? unitName
      : (kommuner.find((k) => k.code === result?.home)?.name ?? '');
  // The rows too: labelling the previous result's cells by a newly chosen dimension named every row "Ej angiven".
  const label = (key: string) => (result ? metaRowLabel(result.rows, key, lang) : key);

  return (
    <>
      <h1>{t('page.overview.title')}</h1>
      <p className="caveat" role="note">
        {t('page.overview.caveat')}
      </p>
      {ready && kommuner.length === 0 && <EmptyWorkspace />}
      {choice && (
        <>
          <OverviewControls
            choice={choice}
            kommuner={kommuner}
            years={years}
            namedSets={namedSets}
            palette={palette}
            onChange={change}
            onPalette={setPalette}
          />
          <HomePartPicker />
          <p className="legend" aria-label={t('legend.title')}>
            {(['favourable', 'middle', 'unfavourable', 'insufficient'] as const).map((s) => (
              <span key={s}>
                {STANDING_SYMBOL[s]} {t(`standing.${s}`)}
              </span>
            ))}
          </p>
          <ComputeStatus busy={busy} error={error} />
          {result && result.cells.length === 0 && <p>{t('overview.noStandings')}</p>}
          {result && result.cells.length > 0 && (
            <>
              <h2>
                {t('overview.heatmap', {
                  rows: t(
                    result.rows === 'area'
                      ? 'overview.byArea'
                      : result.rows === 'qualityDimension'
                        ? 'overview.byDimension'
                        : 'overview.byType',
                  ).toLowerCase(),
                })}
              </h2>
              <MetaHeatmap
                cells={result.cells}
                rows={result.rows}
                palette={palette}
                caption={t('overview.heatmapCaption', {
                  home: homeName,
                  peers: peerSetTitle(result.peerSet),
                  members: tn(
                    result.peerSet.id.startsWith('parts:')
                      ? 'overview.partCount'
                      : 'overview.memberCount',
                    result.peerSet.members.length,
                  ),
                })}
                selected={selected ? `${selected.key}|${selected.year}` : null}
                onSelect={select}
                busy={busy}
              />
              {selected && (
                <DrillDown
                  cell={selected}
                  title={t('overview.drill', { key: label(selected.key), year: selected.year })}
                  standings={result.standings}
                  stances={result.stances}
                  palette={palette}
                  onClose={() => {
                    setSelected(null);
                    opener.current?.focus();
                  }}
                />
              )}
              <RedsByStance reds={result.reds} />
              <Headlines
                persistent={result.persistent}
                news={result.news}
                stances={result.stances}
                year={result.latestYear}
              />
            </>
          )}
        </>
      )}
      {ready && <DirectionNeeded />}
      {ready && <PublicationsSummary />}
    </>
  );
}
