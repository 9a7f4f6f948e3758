import { stanceFor, type StanceNote } from './annotations';
import { countsAsUnfavourable, type CommonAnswerOptions } from './common-answer';
import { CLASSIFIED } from './standing';
import type { StandingRow } from './standings-query';
import type { Status } from '../model/observations';
import { isMessageKey, translate, type Lang } from '../i18n/i18n';

export type OutlierSide = 'unfavourable' | 'favourable';

/**
 * A published year that got no standing: `cause` is the home value's status
 * (sekretess, bortfall …) or the standing (too few comparators, no
 * direction); `reason` the Swedish detail ("3 jämförbara värden").
 */
export type NotCounted = Readonly<{
  year: number;
  cause: Status | 'insufficient' | 'no_direction';
  reason: string;
}>;

export type PersistentOutlier = Readonly<{
  seriesId: string;
  area: string;
  title: string;
  side: OutlierSide;
  /** Years on that side among the last `m` years with a standing. */
  hits: number;
  /** How many years were counted: `m`, or fewer when the series has fewer years with a standing. */
  m: number;
  /** The years on `side`, oldest first. */
  years: readonly number[];
  /** The years counted (the last `m` with a standing), oldest first. */
  countedYears: readonly number[];
  /** Published years after the last counted one that have no standing, with why (the home's 2024 value suppressed). */
  notCounted: readonly NotCounted[];
  /** Latest year's |value − peer median| / IQR (IQR 0 → raw distance); the tie-breaker. */
  distance: number;
  latest: StandingRow;
  /**
   * Present only when notes with stances were given (issue 19 item 5): the
   * stance a note takes on the series in the latest counted year, or null —
   * an unexplained återkommande avvikare. Which series are avvikare does not
   * depend on it.
   */
  stance?: StanceNote | null;
}>;

/** The "vanligt svar" switch (common-answer.ts), default off; and the home's notes with stances. */
export type OutlierOptions = CommonAnswerOptions & Readonly<{ stances?: readonly StanceNote[] }>;

/**
 * Återkommande avvikare: series where the unit is on `side` in at least `n`
 * of the last `m` years that have a standing (default 3 of 4), ranked by
 * persistence, then by distance from the peer median. With the "vanligt
 * svar" switch on, a Ja/Nej red most of the group shares is a year with a
 * standing that is not ogynnsamt.
 */
export function persistentOutliers(
  rows: readonly StandingRow[],
  side: OutlierSide,
  n = 3,
  m = 4,
  options: OutlierOptions = {},
): PersistentOutlier[] {
  const bySeries = new Map<string, StandingRow[]>();
  const unclassified = new Map<string, StandingRow[]>();
  for (const row of rows) {
    if (!row.seriesId) continue;
    const into = CLASSIFIED.includes(row.standing) ? bySeries : unclassified;
    into.set(row.seriesId, [...(into.get(row.seriesId) ?? []), row]);
  }
  const out: PersistentOutlier[] = [];
  for (const [seriesId, list] of bySeries) {
    const lastM = [...list].sort((a, b) => b.year - a.year).slice(0, m);
    const onSide = lastM.filter((r) =>
      side === 'unfavourable' ? countsAsUnfavourable(r, options) : r.standing === side,
    );
    if (onSide.length < n) continue;
    const latest = lastM[0]!;
    const iqr =
      latest.peerQ1 !== null && latest.peerQ3 !== null ? latest.peerQ3 - latest.peerQ1 : 0;
    const raw =
      latest.homeValue !== null && latest.peerMedian !== null
        ? Math.abs(latest.homeValue - latest.peerMedian)
        : 0;
    out.push({
      seriesId,
      area: latest.area,
      title: latest.title,
      side,
      hits: onSide.length,
      m: lastM.length,
      years: onSide.map((r) => r.year).sort((a, b) => a - b),
      countedYears: lastM.map((r) => r.year).sort((a, b) => a - b),
      notCounted: (unclassified.get(seriesId) ?? [])
        .filter((r) => r.year > latest.year)
        .sort((a, b) => a.year - b.year)
        .map((r) => ({
          year: r.year,
          cause: r.standing === 'missing' ? r.homeStatus : (r.standing as NotCounted['cause']),
          reason:
            r.standing === 'missing' ? (STATUS_WORDS[r.homeStatus] ?? r.homeStatus) : r.reason,
        })),
      distance: iqr > 0 ? raw / iqr : raw,
      latest,
      ...(options.stances ? { stance: stanceFor(options.stances, seriesId, latest.year) } : {}),
    });
  }
  return out.sort(
    (a, b) => b.hits - a.hits || b.distance - a.distance || a.seriesId.localeCompare(b.seriesId),
  );
}

const STATUS_WORDS: Readonly<Record<string, string>> = {
  sekretess: 'sekretess',
  bortfall: 'bortfall',
  ej_tillampligt: 'ej tillämpligt',
  ej_publicerat: 'ej publicerat',
  saknas: 'värde saknas',
};

/** "2020–2023" for consecutive years, "2019, 2021, 2023" otherwise (a biennial area). */
export function yearSpan(years: readonly number[]): string {
  const list = [...years].sort((a, b) => a - b);
  if (list.length === 0) return '';
  const consecutive = list.every((y, i) => i === 0 || y === list[i - 1]! + 1);
  return list.length > 1 && consecutive ? `${list[0]}–${list[list.length - 1]}` : list.join(', ');
}

/** The counted years, with the years on the side named when not all of them are: "2021–2024: 2021, 2022, 2024". */
export function countedYearsText(
  o: Pick<PersistentOutlier, 'hits' | 'm' | 'years' | 'countedYears'>,
): string {
  return o.hits === o.m
    ? yearSpan(o.countedYears)
    : `${yearSpan(o.countedYears)}: ${o.years.join(', ')}`;
}

/**
 * "4 av de 4 senaste åren med värde (2020–2023); 2024 utan läge (sekretess)":
 * the years actually counted, and a later published year that could not be
 * counted named with its reason — never a silent shift of the window.
 */
export function persistenceText(
  o: Pick<PersistentOutlier, 'hits' | 'm' | 'years' | 'countedYears' | 'notCounted'>,
  lang: Lang = 'sv',
): string {
  const base = translate(lang, 'reportBody.persistence', {
    hits: o.hits,
    m: o.m,
    years: countedYearsText(o),
  });
  return [
    base,
    ...o.notCounted.map((n) =>
      translate(lang, 'reportBody.notCounted', { year: n.year, reason: notCountedReason(n, lang) }),
    ),
  ].join('; ');
}

/** Why a year was not counted: the Swedish detail as the analysis gave it, or the cause in the language. */
export function notCountedReason(n: NotCounted, lang: Lang): string {
  if (lang === 'sv' && n.reason !== '') return n.reason;
  const key = `reportBody.status.${n.cause}`;
  return isMessageKey(key) ? translate(lang, key) : n.cause;
}

/** "Sticker ut återkommande": areas ranked by how many persistent outliers they hold. */
export function outliersByArea(
  outliers: readonly PersistentOutlier[],
): { area: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const o of outliers) counts.set(o.area, (counts.get(o.area) ?? 0) + 1);
  return [...counts]
    .map(([area, count]) => ({ area, count }))
    .sort((a, b) => b.count - a.count || a.area.localeCompare(b.area));
}
