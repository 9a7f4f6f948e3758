import { useCallback, useEffect, useState } from 'react';
import {
  runCommand,
  type CommandName,
  type CommandPayload,
  type CommandResult,
} from '../../shared/app/commands';
import { useEngine } from './engine-context';

export type CommandState<R> = Readonly<{
  /** The latest answer for the current data revision and payload; null until the first one. */
  data: R | null;
  /** True while an answer for the current revision and payload is on its way. */
  loading: boolean;
  /** The message of the last failure, or null. */
  error: string | null;
}>;

/**
 * The renderer's one door to the core: run a query command against the open
 * workspace and re-run it whenever the data changes (the engine's revision)
 * or the payload changes (compared by value). A late answer for an older
 * revision or payload is dropped and its work is told to stop. Pass `null`
 * as payload to not run (e.g. before a choice is made); a command that needs
 * no payload takes `{}` (`NoPayload`).
 */
const IDLE = { data: null, loading: false, error: null } as const;

export function useCommand<N extends CommandName>(
  name: N,
  payload: CommandPayload<N> | null,
): CommandState<CommandResult<N>> {
  const { state } = useEngine();
  const db = state.phase === 'ready' ? state.db : null;
  const revision = state.phase === 'ready' ? state.revision : 0;
  const key = payload === null ? null : JSON.stringify(payload);
  const [result, setResult] = useState<CommandState<CommandResult<N>>>({
    data: null,
    loading: false,
    error: null,
  });
  useEffect(() => {
    // No payload: nothing is asked, so nothing is shown (not the answer to an earlier question).
    if (key === null) {
      setResult((r) => (r.data === null && !r.loading && r.error === null ? r : IDLE));
      return;
    }
    if (!db) return;
    const controller = new AbortController();
    setResult((r) => ({ ...r, loading: true }));
    runCommand({ db, signal: controller.signal }, name, JSON.parse(key) as CommandPayload<N>).then(
      (data) => {
        if (!controller.signal.aborted) setResult({ data, loading: false, error: null });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setResult({
            data: null,
            loading: false,
            error: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => controller.abort();
  }, [db, revision, name, key]);
  return result;
}

/**
 * Run commands on demand (a button, a save): resolves with the result, and
 * after a command that changed the workspace (`{ changesData: true }`)
 * refreshes the engine so every view re-runs its queries.
 */
export type RunCommand = <N extends CommandName>(
  name: N,
  payload: CommandPayload<N>,
  options?: Readonly<{ changesData?: boolean }>,
) => Promise<CommandResult<N>>;

export function useRunCommand(): RunCommand {
  const engine = useEngine();
  const db = engine.state.phase === 'ready' ? engine.state.db : null;
  return useCallback<RunCommand>(
    async <N extends CommandName>(
      name: N,
      payload: CommandPayload<N>,
      options?: Readonly<{ changesData?: boolean }>,
    ): Promise<CommandResult<N>> => {
      if (!db) throw new Error('Arbetsytan är inte redo ännu.');
      const result = await runCommand({ db }, name, payload);
      if (options?.changesData) await engine.refresh();
      return result;
    },
    [db, engine],
  );
}
