import { useEffect, useState } from 'react';
import { readSetting, writeSetting } from '../../shared/workspace/settings';
import { useOverviewOptions, type OverviewChoice } from '../features/overview/use-overview';
import { useEngine } from './engine-context';

const CHOICE_KEY = 'oj-analys.overview';
/** The same choice inside the workspace file: whoever opens the file starts from it. */
const SETTING_KEY = 'analysis.choice';

const isPartialChoice = (v: unknown): v is Partial<OverviewChoice> => !!v && typeof v === 'object' && !Array.isArray(v);

function storedChoice(): Partial<OverviewChoice> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(CHOICE_KEY) ?? '{}');
    return isPartialChoice(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * Hemkommun, jämförelsegrupp and years, shared by every analysis view: taken
 * from the workspace file when it has one, else from the last session. Falls
 * back to the first kommun with data and the last five years whenever the
 * data changes under a stored choice.
 */
export function useAnalysisChoice() {
  const { kommuner, years } = useOverviewOptions();
  const { state, noteChange } = useEngine();
  const db = state.phase === 'ready' ? state.db : null;
  const [choice, setChoice] = useState<OverviewChoice | null>(null);
  useEffect(() => {
    if (kommuner.length === 0 || years.length === 0) {
      setChoice(null);
      return;
    }
    let live = true;
    (db ? readSetting(db, SETTING_KEY, isPartialChoice) : Promise.resolve(null)).then(
      (fromWorkspace) => {
        if (!live) return;
        const stored = fromWorkspace ?? storedChoice();
        const home = kommuner.some((k) => k.code === stored.home) ? stored.home! : kommuner[0]!.code;
        const last = years[years.length - 1]!;
        const from = stored.from && years.includes(stored.from) ? stored.from : years[Math.max(0, years.length - 5)]!;
        const to = stored.to && years.includes(stored.to) ? stored.to : last;
        setChoice({ home, peers: stored.peers ?? { kind: 'all' }, from, to, mode: stored.mode ?? 'relative', rows: stored.rows ?? 'area' });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, kommuner, years]);
  const change = (next: OverviewChoice) => {
    localStorage.setItem(CHOICE_KEY, JSON.stringify(next));
    // Saved in the workspace, so it counts as unsaved work for the autosave.
    if (db) void writeSetting(db, SETTING_KEY, next).then(noteChange, () => undefined);
    setChoice(next);
  };
  return { kommuner, years, choice, change };
}
