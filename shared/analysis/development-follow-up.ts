import { isMessageKey, translate, type Lang } from '../i18n/i18n';
import type { Db } from '../db/db';
import type { Direction, IndicatorKind } from '../model/indicators';
import type { Status } from '../model/observations';
import { STANDING_SYMBOL } from '../model/standing';
import { listDevelopmentAreas } from './development-area-store';
import type { DevelopmentAreaRecord, DevelopmentStatus } from './development-areas';
import { latestByArea, latestPerSeries } from './latest-year';
import type { ResolvedPeerSet } from './peer-sets';
import type { Standing } from './standing';
import { computeStandings, type StandingRow } from './standings-query';

/**
 * What happened to each indicator of an utvecklingsområde since the decision
 * (issue 20 item 4): the value and standing then (the series' latest
 * publication up to the decision year) and now (the series' own latest
 * published year — DESIGN.md "Latest year is per series"), with every
 * publication in between, so each new year's file follows it up by itself.
 */
export type FollowUpVerdict =
  | 'improved'
  | 'unchanged'
  | 'worsened'
  /** Decided, but the series has not been published since the decision. */
  | 'pending'
  /** A value is missing (sekretess, bortfall …) at the decision or now: nothing to compare. */
  | 'not_comparable'
  /** No decision yet (föreslaget): only where it stands now. */
  | 'not_decided';

export const FOLLOW_UP_VERDICTS: readonly FollowUpVerdict[] = [
  'improved',
  'unchanged',
  'worsened',
  'pending',
  'not_comparable',
  'not_decided',
];

/** One publication of one series for the home unit. */
export type FollowUpPoint = Readonly<{
  year: number;
  value: number | null;
  status: Status;
  standing: Standing;
}>;

export type IndicatorFollowUp = Readonly<{
  seriesId: string;
  label: string;
  area: string | null;
  kind: IndicatorKind | null;
  direction: Direction | null;
  /** At the decision: the latest publication up to the decision year. */
  then: FollowUpPoint | null;
  /** The series' own latest published year (after the decision, or the baseline itself when none is newer). */
  now: FollowUpPoint | null;
  /** Every publication after the decision, oldest first. */
  since: readonly FollowUpPoint[];
  verdict: FollowUpVerdict;
}>;

export type DevelopmentFollowUp = Readonly<{
  developmentAreaId: string;
  title: string;
  status: DevelopmentStatus;
  decidedYear: number | null;
  followUpYear: number | null;
  indicators: readonly IndicatorFollowUp[];
  /** The planned follow-up year has been published for at least one of its series. */
  followUpDue: boolean;
}>;

const RANK: Partial<Record<Standing, number>> = { unfavourable: 0, middle: 1, favourable: 2 };

const point = (r: StandingRow): FollowUpPoint => ({
  year: r.year,
  value: r.homeValue,
  status: r.homeStatus,
  standing: r.standing,
});

/**
 * Better standing → improved, worse → worsened; the same standing (or no
 * standing, e.g. no direction) → the value's move in the indicator's
 * direction decides; a missing value at either end → not comparable.
 */
export function followUpVerdict(
  then: FollowUpPoint,
  now: FollowUpPoint,
  direction: Direction | null,
): FollowUpVerdict {
  const b = RANK[then.standing];
  const r = RANK[now.standing];
  if (b !== undefined && r !== undefined && b !== r) return r > b ? 'improved' : 'worsened';
  if (then.value === null || now.value === null) return 'not_comparable';
  if (direction === 'none' || direction === null || now.value === then.value) return 'unchanged';
  return now.value > then.value === (direction === 'higher_better') ? 'improved' : 'worsened';
}

/** One series followed up from the decision year on (rows: the home unit's standings of that series). */
export function followUpIndicator(
  seriesId: string,
  label: string,
  rows: readonly StandingRow[],
  decidedYear: number | null,
): IndicatorFollowUp {
  const [latest] = latestPerSeries(rows.filter((r) => r.seriesId === seriesId));
  const history = latest?.history ?? [];
  const info = {
    seriesId,
    label,
    area: latest?.latest.area ?? null,
    kind: latest?.latest.kind ?? null,
    direction: latest?.latest.direction ?? null,
  };
  const nowRow = latest?.latest ?? null;
  if (decidedYear === null)
    return {
      ...info,
      then: null,
      now: nowRow && point(nowRow),
      since: [],
      verdict: 'not_decided',
    };
  const thenRow = history.filter((r) => r.year <= decidedYear).at(-1) ?? null;
  const since = history.filter((r) => r.year > decidedYear).map(point);
  const then = thenRow && point(thenRow);
  const now = nowRow && point(nowRow);
  const verdict: FollowUpVerdict =
    since.length === 0 || !now
      ? 'pending'
      : !then
        ? 'not_comparable'
        : followUpVerdict(then, now, info.direction);
  return { ...info, then, now, since, verdict };
}

/** An utvecklingsområde's series followed up (rows: the home unit's standings of at least those series). */
export function followUpArea(
  area: DevelopmentAreaRecord,
  rows: readonly StandingRow[],
  labels: ReadonlyMap<string, string>,
): DevelopmentFollowUp {
  const indicators = area.seriesIds.map((s) =>
    followUpIndicator(s, labels.get(s) ?? s, rows, area.decidedYear),
  );
  return {
    developmentAreaId: area.id,
    title: area.title,
    status: area.status,
    decidedYear: area.decidedYear,
    followUpYear: area.followUpYear,
    indicators,
    followUpDue:
      area.followUpYear !== null &&
      indicators.some((i) => i.since.some((p) => p.year >= area.followUpYear!)),
  };
}

/** Series labels for display, by id. */
export async function seriesLabels(
  db: Db,
  seriesIds: readonly string[],
): Promise<Map<string, string>> {
  if (seriesIds.length === 0) return new Map();
  const rows = await db.query<{ series_id: string; label: string }>(
    `SELECT series_id, label FROM series WHERE series_id IN (${seriesIds.map(() => '?').join(', ')})`,
    seriesIds,
  );
  return new Map(rows.map((r) => [r.series_id, r.label]));
}

/**
 * Every utvecklingsområde of `home` (or the given ones) followed up against
 * the comparison group: the standings of their series are computed once.
 */
export async function followUpDevelopmentAreas(
  db: Db,
  home: string,
  peers: ResolvedPeerSet,
  areas?: readonly DevelopmentAreaRecord[],
): Promise<DevelopmentFollowUp[]> {
  const list = areas ?? (await listDevelopmentAreas(db, home));
  const seriesIds = [...new Set(list.flatMap((a) => a.seriesIds))];
  if (list.length === 0) return [];
  const rows = seriesIds.length ? await computeStandings(db, { home, peers, seriesIds }) : [];
  const labels = await seriesLabels(db, seriesIds);
  return list.map((a) => followUpArea(a, rows, labels));
}

export const VERDICT_SV: Readonly<Record<FollowUpVerdict, string>> = {
  improved: 'förbättrat',
  unchanged: 'oförändrat',
  worsened: 'försämrat',
  pending: 'inget nytt resultat ännu',
  not_comparable: 'går inte att jämföra (värde saknas)',
  not_decided: 'inte beslutat ännu',
};

const STATUS_SV: Partial<Record<Status, string>> = {
  sekretess: 'sekretess',
  bortfall: 'bortfall',
  ej_tillampligt: 'ej tillämpligt',
  ej_publicerat: 'ej publicerat',
  saknas: 'saknas',
};

/** "▼ 10" / "● Ja" / "– sekretess": a point's standing symbol and its value, the kind's way. */
export function pointText(
  p: FollowUpPoint,
  kind: IndicatorKind | null,
  num: (x: number) => string,
  lang: Lang = 'sv',
): string {
  const status = (s: Status): string => {
    if (lang === 'sv') return STATUS_SV[s] ?? '–';
    const key = `reportBody.status.${s}`;
    return s !== 'ok' && isMessageKey(key) ? translate(lang, key) : '–';
  };
  const value =
    p.value === null
      ? status(p.status)
      : kind === 'yesno'
        ? translate(lang, p.value > 0 ? 'reportDev.yes' : 'reportDev.no')
        : num(p.value);
  return `${STANDING_SYMBOL[p.standing]} ${value}`;
}

/**
 * "2022 ▼ 10 → 2024 ● 44: förbättrat" — shape, value and word, never colour
 * alone; for a whole utvecklingsområde each indicator's, named.
 */
export function followUpText(
  f: IndicatorFollowUp | DevelopmentFollowUp,
  num: (x: number) => string,
): string {
  if ('indicators' in f)
    return f.indicators.length === 0
      ? 'ingen indikator kopplad'
      : f.indicators.map((i) => `${i.label}: ${followUpText(i, num)}`).join('; ');
  const side = (p: FollowUpPoint) => `${p.year} ${pointText(p, f.kind, num)}`;
  if (f.verdict === 'not_decided')
    return f.now ? `${side(f.now)}: ${VERDICT_SV.not_decided}` : VERDICT_SV.not_decided;
  if (!f.then && !f.now) return 'inga publicerade värden';
  const then = f.then ? side(f.then) : 'inget värde vid beslutet';
  const now = f.since.length > 0 && f.now ? ` → ${side(f.now)}` : '';
  return `${then}${now}: ${VERDICT_SV[f.verdict]}`;
}

export type RedWithoutArea = Readonly<{
  seriesId: string;
  label: string;
  area: string;
  year: number;
  value: number | null;
  kind: IndicatorKind;
}>;

/**
 * Findings to start an utvecklingsområde from: series where `home` is
 * ogynnsamt at the series' own latest publication (a series its area no
 * longer publishes is left out) and that no open utvecklingsområde follows up.
 */
export async function redsWithoutArea(
  db: Db,
  home: string,
  peers: ResolvedPeerSet,
  limit = 30,
): Promise<RedWithoutArea[]> {
  const covered = new Set(
    (await listDevelopmentAreas(db, home))
      .filter((a) => a.status !== 'closed')
      .flatMap((a) => a.seriesIds),
  );
  const rows = await computeStandings(db, { home, peers });
  const { current } = latestByArea(rows);
  const reds = current
    .map((s) => s.latest)
    .filter((r) => r.seriesId && r.standing === 'unfavourable' && !covered.has(r.seriesId));
  const labels = await seriesLabels(
    db,
    reds.map((r) => r.seriesId!),
  );
  const collator = new Intl.Collator('sv');
  return reds
    .map((r) => ({
      seriesId: r.seriesId!,
      label: labels.get(r.seriesId!) ?? r.title,
      area: r.area,
      year: r.year,
      value: r.homeValue,
      kind: r.kind,
    }))
    .sort((a, b) => collator.compare(a.area, b.area) || collator.compare(a.label, b.label))
    .slice(0, limit);
}
