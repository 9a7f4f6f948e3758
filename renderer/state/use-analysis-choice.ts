import { useEffect, useState } from 'react';
import { useOverviewOptions, type OverviewChoice } from '../features/overview/use-overview';

const CHOICE_KEY = 'oj-analys.overview';

function storedChoice(): Partial<OverviewChoice> {
  try {
    return JSON.parse(localStorage.getItem(CHOICE_KEY) ?? '{}') as Partial<OverviewChoice>;
  } catch {
    return {};
  }
}

/**
 * Hemkommun, jämförelsegrupp and years, shared by Översikt and Avvikare and
 * remembered between sessions. Falls back to the first kommun with data and
 * the last five years whenever the data changes under a stored choice.
 */
export function useAnalysisChoice() {
  const { kommuner, years } = useOverviewOptions();
  const [choice, setChoice] = useState<OverviewChoice | null>(null);
  useEffect(() => {
    if (kommuner.length === 0 || years.length === 0) {
      setChoice(null);
      return;
    }
    const stored = storedChoice();
    const home = kommuner.some((k) => k.code === stored.home) ? stored.home! : kommuner[0]!.code;
    const last = years[years.length - 1]!;
    const from = stored.from && years.includes(stored.from) ? stored.from : years[Math.max(0, years.length - 5)]!;
    const to = stored.to && years.includes(stored.to) ? stored.to : last;
    setChoice({ home, peers: stored.peers ?? { kind: 'all' }, from, to, mode: stored.mode ?? 'relative', rows: stored.rows ?? 'area' });
  }, [kommuner, years]);
  const change = (next: OverviewChoice) => {
    localStorage.setItem(CHOICE_KEY, JSON.stringify(next));
    setChoice(next);
  };
  return { kommuner, years, choice, change };
}
