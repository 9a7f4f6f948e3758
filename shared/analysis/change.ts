import { translate, type Lang, type MessageKey } from '../i18n/i18n';
import type { Direction, IndicatorKind } from '../model/indicators';
import { latestByArea, latestPerSeries } from './latest-year';
import { changeSignificance, smallNumbers, type SmallReason } from './uncertainty';
import type { StandingRow } from './standings-query';

/** What a change means for the kommun, given the indicator's direction. */
export type ChangeVerdict = 'better' | 'worse' | 'unchanged' | 'no_direction';

export function changeVerdict(change: number, direction: Direction): ChangeVerdict {
  if (direction === 'none') return 'no_direction';
  if (change === 0) return 'unchanged';
  return change > 0 === (direction === 'higher_better') ? 'better' : 'worse';
}

/**
 * The unit a change is counted in, from the indicator's kind and title:
 * a share changes in procentenheter, an amount in kr, a wait in dagar.
 * ("under 14 dagar" in a title is a time window, not the unit.)
 */
export function changeUnit(kind: IndicatorKind, title: string): string {
  const t = title.toLowerCase();
  if (kind === 'percent') return 'procentenheter';
  if (kind === 'yesno' || kind === 'text') return '';
  if (kind === 'amount') return /\btkr\b|tusentals kronor/.test(t) ? 'tkr' : 'kr';
  if (/(antal|\bi|,) dagar\b|\(dagar\)/.test(t)) return 'dagar';
  const per = /per (\d[\d\s]*\d|\d) (invånare|inv\b)/.exec(t);
  if (per) return `per ${per[1]!.replace(/\s/g, '\u00a0')} invånare`;
  if (kind === 'rate') return 'per invånare';
  if (/antal (personer|personal|brukare|barn|klienter)/.test(t)) return 'personer';
  if (kind === 'count') return 'st';
  return /index/.test(t) ? 'indexenheter' : 'enheter';
}

/** The unit of `changeUnit` in the report's language: "procentenheter" / "percentage points". */
export function changeUnitText(kind: IndicatorKind, title: string, lang: Lang): string {
  const unit = changeUnit(kind, title);
  if (lang === 'sv' || unit === '') return unit;
  const per = /^per (.+) invånare$/.exec(unit);
  if (per) return translate(lang, 'reportBody.unit.perInhabitants', { count: per[1]! });
  const key = UNIT_KEY[unit];
  return key ? translate(lang, key) : unit;
}

const UNIT_KEY: Readonly<Record<string, MessageKey>> = {
  procentenheter: 'reportBody.unit.percentPoints',
  kr: 'reportBody.unit.kr',
  tkr: 'reportBody.unit.tkr',
  dagar: 'reportBody.unit.days',
  'per invånare': 'reportBody.unit.perInhabitant',
  personer: 'reportBody.unit.persons',
  st: 'reportBody.unit.count',
  indexenheter: 'reportBody.unit.indexPoints',
  enheter: 'reportBody.unit.units',
};

export type SeriesChange = Readonly<{
  seriesId: string;
  title: string;
  area: string;
  kind: IndicatorKind;
  direction: Direction;
  fromYear: number;
  toYear: number;
  from: number | null;
  to: number | null;
  change: number | null;
  /**
   * Significant at 95 %: a share with both n published by the two-proportion
   * z-test, otherwise by non-overlapping KI when both years have one; null
   * when neither is published (shared/analysis/uncertainty.ts).
   */
  significant: boolean | null;
  /** How `significant` was decided. */
  method?: 'n' | 'ki' | null;
  z: number | null;
  /** "Små tal" in either year: n < 30, a KI half-width over 10 procentenheter, or a suppressed value. */
  smallNumbers: boolean;
  /** Why it is small, per year (worded by uncertainty-text.ts: "2023: n = 24 (under 30)", "2024: sekretess"). */
  smallReasons?: readonly Readonly<{ year: number; reason: SmallReason }>[];
}>;

export { twoProportionZ } from './uncertainty';

/** The change of one series from one published year (a) to a later one (b). */
function changeBetween(seriesId: string, a: StandingRow, b: StandingRow): SeriesChange {
  const from = a.homeStatus === 'ok' ? a.homeValue : null;
  const to = b.homeStatus === 'ok' ? b.homeValue : null;
  const smallReasons = [a, b].flatMap((r) =>
    (r.homeStatus === 'sekretess'
      ? [{ kind: 'suppressed' } as const]
      : smallNumbers(r.kind, r.homeN, r.homeCiLow ?? null, r.homeCiHigh ?? null).reasons
    ).map((reason) => ({ year: r.year, reason })),
  );
  const side = (r: StandingRow, value: number) => ({
    value,
    n: r.homeN,
    ciLow: r.homeCiLow ?? null,
    ciHigh: r.homeCiHigh ?? null,
  });
  const test =
    from !== null && to !== null
      ? changeSignificance(b.kind, side(a, from), side(b, to))
      : { significant: null, method: null, z: null };
  return {
    seriesId,
    title: b.title,
    area: b.area,
    kind: b.kind,
    direction: b.direction,
    fromYear: a.year,
    toYear: b.year,
    from,
    to,
    change: from !== null && to !== null ? to - from : null,
    significant: test.significant,
    method: test.method,
    z: test.z,
    smallNumbers: smallReasons.length > 0,
    smallReasons,
  };
}

/** Year-over-year change of each series between consecutive published years. */
export function seriesChanges(rows: readonly StandingRow[]): SeriesChange[] {
  const out: SeriesChange[] = [];
  for (const s of latestPerSeries(rows)) {
    if (!s.latest.seriesId) continue;
    for (let i = 1; i < s.history.length; i++)
      out.push(changeBetween(s.key, s.history[i - 1]!, s.history[i]!));
  }
  return out;
}

/**
 * The change that "senaste" means (DESIGN.md "Latest year is per series"):
 * each series' own latest published year (at most `upTo`) against its own
 * previous published year — 2023 against 2021 for a biennial area. Series
 * with one published year have no change and are left out.
 */
export function latestChanges(rows: readonly StandingRow[], upTo?: number): SeriesChange[] {
  return latestPerSeries(rows, upTo)
    .filter((s) => s.latest.seriesId && s.previous)
    .map((s) => changeBetween(s.key, s.previous!, s.latest));
}

export type NewsKind =
  | 'new_red'
  | 'resolved_red'
  | 'new_suppression'
  | 'flip_yes_no'
  | 'new_indicator'
  | 'dropped_indicator';
export type NewsItem = Readonly<{
  kind: NewsKind;
  seriesId: string;
  title: string;
  area: string;
  /** The series' own latest published year (for a dropped series: the area's latest year, which no longer has it). */
  year: number;
  /** The year compared with: the series' own previous published year; null for a new series. */
  previousYear: number | null;
}>;

/**
 * "Vad har ändrats": per series, its own latest published year (at most
 * `upTo`) against its own previous published year — new and resolved reds,
 * new suppressions, Ja↔Nej flips; a series with no earlier year is new; a
 * series its area no longer publishes (the area's latest year, with other
 * series, lacks it) is dropped. A biennial area is compared 2023 with 2021,
 * never with a year it was not published.
 */
export function whatChanged(rows: readonly StandingRow[], upTo?: number): NewsItem[] {
  const { current, discontinued, areaYears } = latestByArea(
    rows.filter((r) => r.seriesId),
    upTo,
  );
  const out: NewsItem[] = [];
  for (const { latest: r, previous: prev } of current) {
    const item = (kind: NewsKind): NewsItem => ({
      kind,
      seriesId: r.seriesId!,
      title: r.title,
      area: r.area,
      year: r.year,
      previousYear: prev?.year ?? null,
    });
    if (!prev) {
      out.push(item('new_indicator'));
      continue;
    }
    if (r.standing === 'unfavourable' && prev.standing !== 'unfavourable')
      out.push(item('new_red'));
    if (
      prev.standing === 'unfavourable' &&
      r.standing !== 'unfavourable' &&
      r.standing !== 'missing'
    )
      out.push(item('resolved_red'));
    if (r.homeStatus === 'sekretess' && prev.homeStatus !== 'sekretess')
      out.push(item('new_suppression'));
    if (
      r.kind === 'yesno' &&
      r.homeStatus === 'ok' &&
      prev.homeStatus === 'ok' &&
      r.homeValue !== prev.homeValue
    )
      out.push(item('flip_yes_no'));
  }
  // Dropped: in the area's previous publication, not in its latest (news once, not every year after).
  for (const { latest: r } of discontinued) {
    const years = areaYears.get(r.area)!;
    if (years.at(-2) === r.year)
      out.push({
        kind: 'dropped_indicator',
        seriesId: r.seriesId!,
        title: r.title,
        area: r.area,
        year: years.at(-1)!,
        previousYear: r.year,
      });
  }
  return out;
}
