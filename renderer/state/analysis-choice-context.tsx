import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { PartComparison, PartUnit } from '../../shared/analysis/unit-parts';
import { runCommand } from '../../shared/app/commands';
import { standingsChoice } from '../../shared/app/findings';
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
  withValidPart,
  type ResolvedChoice,
  type StoredChoice,
} from './analysis-choice';
import { useEngine } from './engine-context';
import { useCommand } from './use-command';

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
  /** Every enhet and stadsdel of the workspace (empty when none was imported). */
  parts: readonly PartUnit[];
  /** The chosen hemenhet, if any (issue 19 item 7). */
  homePart: PartUnit | null;
  /**
   * The choice Översikt, Område and Indikator compute: the hemenhet against
   * its fellow parts when one is chosen, else the same as `choice`.
   */
  unitChoice: OverviewChoice | null;
  /** The name of what `unitChoice` is for: the hemenhet's, else the hemkommun's. */
  unitName: string;
  /** Make a part the hemenhet (its kommun becomes the hemkommun); null: the whole kommun again. */
  choosePart: (part: PartUnit | null, comparison?: PartComparison) => void;
}>;

const NO_PARTS: readonly PartUnit[] = [];

const AnalysisChoiceContext = createContext<AnalysisChoice | null>(null);

/**
 * One analysis choice (hemkommun, jämförelsegrupp, years) for the whole
 * window: a hemkommun answered in one place shows at once in every view.
 */
export function AnalysisChoiceProvider({ children }: Readonly<{ children: ReactNode }>) {
  const { kommuner, years } = useOverviewOptions();
  const { state, writeLater } = useEngine();
  const [resolved, setResolved] = useState<ResolvedChoice>(NO_CHOICE);
  // Read again at every data revision (useCommand): engine-context writes a waiting choice before it moves the revision.
  const workspace = state.phase === 'ready' ? state.workspace : null;
  const saved = useCommand(
    'workspace.setting',
    workspace === null ? null : { key: CHOICE_SETTING },
  );
  // Resolved only from an answer for the open workspace and data (never one still being re-read).
  const answered = workspace === null || (!saved.loading && (saved.data !== null || !!saved.error));
  const stored = saved.data?.value;
  const fromWorkspace = workspace !== null && isStoredChoice(stored) ? stored : null;
  const partList = useCommand('parts.list', workspace === null ? null : {});
  const parts = partList.data ?? NO_PARTS;
  const partsAnswered = workspace === null || partList.data !== null || !!partList.error;

  useEffect(() => {
    if (!answered || !partsAnswered) return;
    setResolved(resolveChoice(fromWorkspace, lastSessionChoice(), kommuner, years, parts));
  }, [answered, partsAnswered, fromWorkspace, kommuner, years, parts]);

  const change = useCallback(
    (wanted: OverviewChoice) => {
      // A hemenhet belongs to its kommun: another hemkommun drops it.
      const next = withValidPart(wanted, wanted.part, parts);
      localStorage.setItem(LAST_SESSION_KEY, JSON.stringify(next));
      // Saved in the workspace (unsaved work for the autosave), after the views' queries for it.
      writeLater(CHOICE_SETTING, (db) =>
        runCommand({ db }, 'workspace.saveSetting', { key: CHOICE_SETTING, value: next }),
      );
      setResolved({ choice: next, needsHome: false, rest: next });
    },
    [writeLater, parts],
  );

  const value = useMemo<AnalysisChoice>(() => {
    const last = lastSessionChoice().home;
    const choice = resolved.choice;
    const homePart =
      (choice?.part && parts.find((p) => p.unitCode === choice.part?.unitCode)) || null;
    return {
      kommuner,
      years,
      choice,
      needsHome: resolved.needsHome,
      suggestedHome: last && kommuner.some((k) => k.code === last) ? last : null,
      change,
      chooseHome: (home) => resolved.rest && change({ ...resolved.rest, home }),
      parts,
      homePart,
      unitChoice: choice && standingsChoice(choice),
      unitName: homePart?.name ?? kommuner.find((k) => k.code === choice?.home)?.name ?? '',
      choosePart: (part, comparison) => {
        const base = choice ?? resolved.rest;
        if (!base) return;
        if (part === null) {
          if (choice) change({ ...choice, part: undefined });
          return;
        }
        if (part.kommunCode === null) return;
        change({
          ...base,
          home: part.kommunCode,
          part: {
            unitCode: part.unitCode,
            comparison: comparison ?? choice?.part?.comparison ?? 'within_kommun',
          },
        });
      },
    };
  }, [kommuner, years, resolved, change, parts]);
  return <AnalysisChoiceContext.Provider value={value}>{children}</AnalysisChoiceContext.Provider>;
}

/** Hemkommun, jämförelsegrupp and years, shared by every analysis view. */
export function useAnalysisChoice(): AnalysisChoice {
  const value = useContext(AnalysisChoiceContext);
  if (!value) throw new Error('useAnalysisChoice outside AnalysisChoiceProvider');
  return value;
}
