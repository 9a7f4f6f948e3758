import {
  expectedValue,
  regressorOptions,
  type ExpectedValueResult,
  type Regressor,
  type RegressorOption,
} from '../analysis/expected-value';
import { indicatorDetail, type IndicatorDetail } from '../analysis/indicator-detail';
import { peerSetTitle, resolvePeerSet, type PeerSetSpec } from '../analysis/peer-sets';
import {
  loadReport,
  saveReport,
  type ReportDefinition,
  type ReportItem,
} from '../report/report-definition';
import type { CommandContext, CommandMap } from './command-types';

/** The Indikator view: one series for the home unit against the chosen comparison set. */
export const indicatorCommands = {
  /** Trend, distribution, table and lineage of one series, and how the comparison set reads. */
  'indicator.detail': async (
    { db }: CommandContext,
    p: Readonly<{
      seriesId: string;
      home: string;
      peers: PeerSetSpec;
      years: readonly [number, number];
    }>,
  ): Promise<{ detail: IndicatorDetail | null; peersLabel: string }> => {
    const peers = await resolvePeerSet(db, p.home, p.peers);
    const detail = await indicatorDetail(db, p.seriesId, p.home, peers, p.years);
    return { detail, peersLabel: peerSetTitle(peers) };
  },
  /** Bakgrundsmått and own variables a Förväntat värde model can be built on. */
  // An empty object, not null: useCommand does not run a command whose payload is null.
  'indicator.regressorOptions': (
    { db }: CommandContext,
    _payload: Readonly<Record<string, never>>,
  ): Promise<RegressorOption[]> => regressorOptions(db),
  /** Förväntat värde (issue 19 item 8): the model across kommuner and the home's residual standing. */
  'indicator.expectedValue': (
    { db }: CommandContext,
    p: Readonly<{ indicatorId: string; home: string; regressors: readonly Regressor[] }>,
  ): Promise<ExpectedValueResult | null> => expectedValue(db, p),
  /**
   * Pin a part to the current report (`reportId`), or — when there is none or
   * it is gone — to `draft`, saved as a new report. Pinning the same part
   * twice keeps one. Returns the report it was saved in.
   */
  'indicator.pin': async (
    { db }: CommandContext,
    p: Readonly<{ reportId: string | null; draft: ReportDefinition; item: ReportItem }>,
  ): Promise<{ reportId: string; name: string }> => {
    const existing = p.reportId ? await loadReport(db, p.reportId) : null;
    const def = existing ?? p.draft;
    const already = def.items.some((i) => JSON.stringify(i) === JSON.stringify(p.item));
    const next = already ? def : { ...def, items: [...def.items, p.item] };
    await saveReport(db, next);
    return { reportId: next.reportId, name: next.name };
  },
} satisfies CommandMap;
