import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { readSetting, writeSetting } from '../../shared/workspace/settings';
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
  const db = state.phase === 'ready' ? state.db : null;
  const [resolved, setResolved] = useState<ResolvedChoice>(NO_CHOICE);

  useEffect(() => {
    let live = true;
    (db ? readSetting(db, CHOICE_SETTING, isStoredChoice) : Promise.resolve(null)).then(
      (fromWorkspace) =>
        live && setResolved(resolveChoice(fromWorkspace, lastSessionChoice(), kommuner, years)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, kommuner, years]);

  const change = useCallback(
    (next: OverviewChoice) => {
      localStorage.setItem(LAST_SESSION_KEY, JSON.stringify(next));
      // Saved in the workspace, so it counts as unsaved work for the autosave.
      if (db) void writeSetting(db, CHOICE_SETTING, next).then(noteChange, () => undefined);
      setResolved({ choice: next, needsHome: false, rest: next });
    },
    [db, noteChange],
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
