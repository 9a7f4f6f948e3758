import { useMemo } from 'react';
import type { FindingsChoice, Kommun, OverviewResult } from '../../../shared/app/findings';
import { useEngine } from '../../state/engine-context';
import { useCommand } from '../../state/use-command';

export type { Kommun, OverviewResult } from '../../../shared/app/findings';

/** Hemkommun, jämförelsegrupp, years, colours and heatmap rows: what Översikt, Område and Avvikare show. */
export type OverviewChoice = FindingsChoice;

const NO_KOMMUNER: readonly Kommun[] = [];
const NO_YEARS: readonly number[] = [];

/** What the controls can offer: kommuner with data (sorted the Swedish way), years with data. */
export function useOverviewOptions(): Readonly<{
  kommuner: readonly Kommun[];
  years: readonly number[];
}> {
  const { data } = useCommand('findings.choiceOptions', {});
  return useMemo(
    () => ({ kommuner: data?.kommuner ?? NO_KOMMUNER, years: data?.years ?? NO_YEARS }),
    [data],
  );
}

export type OverviewState = Readonly<{
  result: OverviewResult | null;
  busy: boolean;
  error: string | null;
}>;

/**
 * Standings for the choice, computed once (the core caches them per data
 * revision for Översikt, Område and Avvikare), and everything the overview
 * derives from them. While a new choice is computed the previous result stays.
 */
export function useOverview(choice: OverviewChoice | null): OverviewState;
/** The older call with an engine and revision: both are now the command hook's own. */
export function useOverview(
  _db: unknown,
  _revision: unknown,
  choice: OverviewChoice | null,
): OverviewState;
export function useOverview(
  ...args: [OverviewChoice | null] | [unknown, unknown, OverviewChoice | null]
): OverviewState {
  const choice = args.length === 3 ? args[2] : args[0];
  const { state } = useEngine();
  const revision = state.phase === 'ready' ? state.revision : 0;
  const { data, loading, error } = useCommand(
    'findings.overview',
    choice ? { choice, revision } : null,
  );
  return useMemo(() => ({ result: data, busy: loading, error }), [data, loading, error]);
}
