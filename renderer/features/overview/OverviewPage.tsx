import { peerSetPhrase } from '../../../shared/analysis/peer-sets';
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
import { useDbQuery } from '../../state/use-db-query';
import { usePalette } from '../../state/use-palette';
import { ComputeStatus } from '../../components/ComputeStatus';

export function OverviewPage() {
  const { t, tn, lang } = useI18n();
  const { state } = useEngine();
  const db = state.phase === 'ready' ? state.db : null;
  const revision = state.phase === 'ready' ? state.revision : 0;
  const { kommuner, years, choice, change: setChoice } = useAnalysisChoice();
  const [palette, setPalette] = usePalette();
  const [selected, setSelected] = useState<MetaCell | null>(null);
  // The heatmap cell that opened the drill-down gets focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const select = (cell: MetaCell) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSelected(cell);
  };
  const namedSets = useDbQuery<{ id: string; name: string }>(
    'SELECT peer_set_id AS id, name FROM peer_set ORDER BY name',
  );

  useEffect(() => setSelected(null), [choice]);

  const { result, busy, error } = useOverview(db, revision, choice);
  const change = (next: OverviewChoice) => setChoice(next);
  // Named after the result, not the choice: while a new choice is computed the heatmap still shows the old one.
  const homeName = kommuner.find((k) => k.code === result?.home)?.name ?? '';
  const label = (key: string) => (choice ? metaRowLabel(choice.rows, key, lang) : key);

  return (
    <>
      <h1>{t('page.overview.title')}</h1>
      <p className="caveat" role="note">
        {t('page.overview.caveat')}
      </p>
      {db && kommuner.length === 0 && <EmptyWorkspace />}
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
                    choice.rows === 'area'
                      ? 'overview.byArea'
                      : choice.rows === 'qualityDimension'
                        ? 'overview.byDimension'
                        : 'overview.byType',
                  ).toLowerCase(),
                })}
              </h2>
              <MetaHeatmap
                cells={result.cells}
                rows={choice.rows}
                palette={palette}
                caption={t('overview.heatmapCaption', {
                  home: homeName,
                  peers: peerSetPhrase(result.peerSet),
                  members: tn('overview.memberCount', result.peerSet.members.length),
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
                  palette={palette}
                  onClose={() => {
                    setSelected(null);
                    opener.current?.focus();
                  }}
                />
              )}
              <Headlines
                persistent={result.persistent}
                news={result.news}
                year={result.latestYear}
              />
            </>
          )}
        </>
      )}
      {db && <DirectionNeeded />}
      {db && <PublicationsSummary />}
    </>
  );
}
