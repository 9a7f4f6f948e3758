import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  useOverviewOptions,
  type Kommun,
  type OverviewChoice,
} from '../features/overview/use-overview';
import {
  CHOICE_SETTING,
  isStoredChoice,
  NO_CHOICE,
  resolveChoice,
  type ResolvedChoice,
  type StoredChoice,
} from './analysis-choice';
import { useEngine } from './engine-context';
import { useCommand, useRunCommand } from './use-command';

const LAST_SESSION_KEY = 'oj-analys.overview';

function lastSessionChoice(): StoredChoice {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(LAST_SESSION_KEY) ?? '{}');
    return isStoredChoice(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

export type AnalysisChoice = Readonly<{
  kommuner: readonly Kommun[];
  years: readonly number[];
  choice: OverviewChoice | null;
  needsHome: boolean;
  /** The hemkommun of the last session, offered first when asking (never chosen without the user). */
  suggestedHome: string | null;
  change: (next: OverviewChoice) => void;
  chooseHome: (home: string) => void;
}>;

const AnalysisChoiceContext = createContext<AnalysisChoice | null>(null);

/**
 * One analysis choice (hemkommun, jämförelsegrupp, years) for the whole
 * window: a hemkommun answered in one place shows at once in every view.
 */
export function AnalysisChoiceProvider({ children }: Readonly<{ children: ReactNode }>) {
  const { kommuner, years } = useOverviewOptions();
  const { state, noteChange } = useEngine();
  const run = useRunCommand();
  const [resolved, setResolved] = useState<ResolvedChoice>(NO_CHOICE);
  // Read once per workspace: the choice is saved without a data change, so no revision re-reads it.
  const workspace = state.phase === 'ready' ? state.workspace : null;
  const saved = useCommand(
    'workspace.setting',
    workspace === null ? null : { key: CHOICE_SETTING },
  );
  // Resolved only from an answer for the open workspace and data (never one still being re-read).
  const answered = workspace === null || (!saved.loading && (saved.data !== null || !!saved.error));
  const stored = saved.data?.value;
  const fromWorkspace = workspace !== null && isStoredChoice(stored) ? stored : null;

  useEffect(() => {
    if (!answered) return;
    setResolved(resolveChoice(fromWorkspace, lastSessionChoice(), kommuner, years));
  }, [answered, fromWorkspace, kommuner, years]);

  const change = useCallback(
    (next: OverviewChoice) => {
      localStorage.setItem(LAST_SESSION_KEY, JSON.stringify(next));
      // Saved in the workspace, so it counts as unsaved work for the autosave.
      void run('workspace.saveSetting', { key: CHOICE_SETTING, value: next }).then(
        noteChange,
        () => undefined,
      );
      setResolved({ choice: next, needsHome: false, rest: next });
    },
    [run, noteChange],
  );

  const value = useMemo<AnalysisChoice>(() => {
    const last = lastSessionChoice().home;
    return {
      kommuner,
      years,
      choice: resolved.choice,
      needsHome: resolved.needsHome,
      suggestedHome: last && kommuner.some((k) => k.code === last) ? last : null,
      change,
      chooseHome: (home) => resolved.rest && change({ ...resolved.rest, home }),
    };
  }, [kommuner, years, resolved, change]);
  return <AnalysisChoiceContext.Provider value={value}>{children}</AnalysisChoiceContext.Provider>;
}

/** Hemkommun, jämförelsegrupp and years, shared by every analysis view. */
export function useAnalysisChoice(): AnalysisChoice {
  const value = useContext(AnalysisChoiceContext);
  if (!value) throw new Error('useAnalysisChoice outside AnalysisChoiceProvider');
  return value;
}
