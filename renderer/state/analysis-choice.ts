import type { PartUnit } from '../../shared/analysis/unit-parts';
import type { Kommun, OverviewChoice } from '../features/overview/use-overview';

/** The analysis choice inside the workspace file: whoever opens the file starts from it. */
export const CHOICE_SETTING = 'analysis.choice';

/**
 * The exempeldata's hemkommun, saved with it so the demo opens without a
 * question. Göteborg: a kommun every user knows, with återkommande avvikare,
 * new reds and improvements in the generated data to look at.
 */
export const DEMO_HOME = '1480';

export type StoredChoice = Partial<OverviewChoice>;

export const isStoredChoice = (v: unknown): v is StoredChoice =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** Everything but the hemkommun: what can be decided without asking. */
export type ChoiceWithoutHome = Omit<OverviewChoice, 'home'>;

export type ResolvedChoice = Readonly<{
  /** Null until there is data and a hemkommun. */
  choice: OverviewChoice | null;
  /** The workspace has data but no saved hemkommun (or one without data here): ask, never guess. */
  needsHome: boolean;
  /** The rest of the choice, ready to complete with the answer. */
  rest: ChoiceWithoutHome | null;
}>;

export const NO_CHOICE: ResolvedChoice = { choice: null, needsHome: false, rest: null };

/**
 * The choice the analysis views start from. The hemkommun comes only from the
 * workspace: a workspace without one asks for it (issue 17: never silently
 * the first kommun in the list). Comparison group, years, colours and rows
 * come from the workspace, else from the last session, else defaults; years
 * that have no data any more fall back to the last five.
 */
export function resolveChoice(
  fromWorkspace: StoredChoice | null,
  lastSession: StoredChoice,
  kommuner: readonly Kommun[],
  years: readonly number[],
  parts: readonly Pick<PartUnit, 'unitCode' | 'kommunCode'>[] = [],
): ResolvedChoice {
  if (kommuner.length === 0 || years.length === 0) return NO_CHOICE;
  const stored = fromWorkspace ?? lastSession;
  const last = years[years.length - 1]!;
  const rest: ChoiceWithoutHome = {
    peers: stored.peers ?? { kind: 'all' },
    from:
      stored.from !== undefined && years.includes(stored.from)
        ? stored.from
        : years[Math.max(0, years.length - 5)]!,
    to: stored.to !== undefined && years.includes(stored.to) ? stored.to : last,
    mode: stored.mode ?? 'relative',
    rows: stored.rows ?? 'area',
  };
  const home = fromWorkspace?.home;
  if (home === undefined || !kommuner.some((k) => k.code === home))
    return { choice: null, needsHome: true, rest };
  return {
    choice: withValidPart({ ...rest, home }, fromWorkspace?.part, parts),
    needsHome: false,
    rest,
  };
}

/**
 * The choice with its hemenhet kept only when that part still exists and
 * belongs to the hemkommun (a new hemkommun, or a removed file, drops it).
 */
export function withValidPart(
  choice: OverviewChoice,
  part: OverviewChoice['part'],
  parts: readonly Pick<PartUnit, 'unitCode' | 'kommunCode'>[],
): OverviewChoice {
  const valid =
    part !== undefined &&
    (part.comparison === 'within_kommun' || part.comparison === 'national') &&
    parts.some((p) => p.unitCode === part.unitCode && p.kommunCode === choice.home);
  const kommun: OverviewChoice = { ...choice };
  delete (kommun as { part?: unknown }).part;
  return valid ? { ...kommun, part } : kommun;
}

/** Kommuner whose name or code contains the search text, ignoring case ("göte", "1480"). */
export function matchKommuner(kommuner: readonly Kommun[], query: string): readonly Kommun[] {
  const q = query.trim().toLocaleLowerCase('sv');
  if (q === '') return kommuner;
  return kommuner.filter((k) => k.name.toLocaleLowerCase('sv').includes(q) || k.code.includes(q));
}
