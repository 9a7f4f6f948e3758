import type { Db } from '../db/db';
import { evaluationTexts, listDevelopmentAreas } from './development-area-store';
import { yearOf, type DevelopmentAreaRecord } from './development-areas';
import {
  FOLLOW_UP_VERDICTS,
  followUpDevelopmentAreas,
  type DevelopmentFollowUp,
  type FollowUpVerdict,
} from './development-follow-up';
import type { ResolvedPeerSet } from './peer-sets';

/**
 * The evaluation station of the yearly cycle ("en station för utvärdering
 * innan det är dags för ett nytt varv", FoU-Nordväst 2016): for one year,
 * what was decided, what happened to each of its indicators since, what was
 * closed and what is still open — with the kommun's own written words.
 */
export type DevelopmentEvaluation = Readonly<{
  unitCode: string;
  year: number;
  /** Decided during the year (decision date or year), each with its indicators followed up. */
  decided: readonly DevelopmentFollowUp[];
  /** Closed during the year. */
  closed: readonly DevelopmentFollowUp[];
  /** Still open at the end of the year: decided (or proposed) by then and not closed by then. */
  open: readonly DevelopmentFollowUp[];
  /** How the indicators of the year's decisions went, counted by verdict. */
  counts: Readonly<Record<FollowUpVerdict, number>>;
  /** The kommun's own evaluation of the year, when written. */
  text: string | null;
}>;

/** The year an area entered the cycle: its decision's (a proposal has none yet). */
const startYear = (a: DevelopmentAreaRecord) => a.decidedYear;
const closedYear = (a: DevelopmentAreaRecord) =>
  a.status === 'closed' ? yearOf(a.closedAt) : null;

/**
 * One year's evaluation from the areas and their follow-ups. "Still open"
 * counts an area closed later than the year as open in it, and a proposal
 * (no decision) as open in every year from the one it is evaluated in: an
 * undecided proposal is work the network has not finished.
 */
export function evaluateYear(
  unitCode: string,
  year: number,
  areas: readonly DevelopmentAreaRecord[],
  followUps: readonly DevelopmentFollowUp[],
  text: string | null,
): DevelopmentEvaluation {
  const byId = new Map(followUps.map((f) => [f.developmentAreaId, f]));
  const pick = (filter: (a: DevelopmentAreaRecord) => boolean) =>
    areas.filter(filter).flatMap((a) => {
      const f = byId.get(a.id);
      return f ? [f] : [];
    });
  const decided = pick((a) => startYear(a) === year);
  const counts = Object.fromEntries(FOLLOW_UP_VERDICTS.map((v) => [v, 0])) as Record<
    FollowUpVerdict,
    number
  >;
  for (const f of decided) for (const i of f.indicators) counts[i.verdict] += 1;
  return {
    unitCode,
    year,
    decided,
    closed: pick((a) => closedYear(a) === year),
    open: pick((a) => {
      const start = startYear(a);
      const closed = closedYear(a);
      const begun = start === null ? a.status !== 'closed' : start <= year;
      const stillOpen = a.status !== 'closed' || (closed !== null && closed > year);
      return begun && stillOpen;
    }),
    counts,
    text,
  };
}

/** The years there is something to evaluate: decisions, closings and written evaluations; newest first. */
export function evaluationYears(
  areas: readonly DevelopmentAreaRecord[],
  written: Iterable<number>,
): number[] {
  const years = new Set<number>(written);
  for (const a of areas) {
    const d = startYear(a);
    const c = closedYear(a);
    if (d !== null) years.add(d);
    if (c !== null) years.add(c);
  }
  return [...years].sort((a, b) => b - a);
}

/** One year's evaluation of `home`'s utvecklingsområden, followed up against the comparison group. */
export async function developmentEvaluation(
  db: Db,
  home: string,
  peers: ResolvedPeerSet,
  year: number,
): Promise<DevelopmentEvaluation> {
  const areas = await listDevelopmentAreas(db, home);
  const followUps = await followUpDevelopmentAreas(db, home, peers, areas);
  const texts = await evaluationTexts(db, home);
  return evaluateYear(home, year, areas, followUps, texts.get(year) ?? null);
}
