import type { Direction, IndicatorKind } from '../model/indicators';
import type { StandingRow } from './standings-query';

/** What a change means for the kommun, given the indicator's direction. */
export type ChangeVerdict = 'better' | 'worse' | 'unchanged' | 'no_direction';

export function changeVerdict(change: number, direction: Direction): ChangeVerdict {
  if (direction === 'none') return 'no_direction';
  if (change === 0) return 'unchanged';
  return (change > 0) === (direction === 'higher_better') ? 'better' : 'worse';
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
  /** Two-proportion z-test at 95 %, only when both n are published and the indicator is a share. */
  significant: boolean | null;
  z: number | null;
  /** n < 30 on either side, or a suppressed value in either year. */
  smallNumbers: boolean;
}>;

/** z for two proportions (p in 0–1) with pooled variance. */
export function twoProportionZ(p1: number, n1: number, p2: number, n2: number): number | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return se === 0 ? null : (p2 - p1) / se;
}

const SMALL_N = 30;
const Z_95 = 1.959964;

/** Year-over-year change of each series between consecutive published years. */
export function seriesChanges(rows: readonly StandingRow[]): SeriesChange[] {
  const bySeries = new Map<string, StandingRow[]>();
  for (const r of rows) if (r.seriesId) bySeries.set(r.seriesId, [...(bySeries.get(r.seriesId) ?? []), r]);
  const out: SeriesChange[] = [];
  for (const [seriesId, list] of bySeries) {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      const from = a.homeStatus === 'ok' ? a.homeValue : null;
      const to = b.homeStatus === 'ok' ? b.homeValue : null;
      const suppressed = a.homeStatus === 'sekretess' || b.homeStatus === 'sekretess';
      const small = suppressed || (a.homeN !== null && a.homeN < SMALL_N) || (b.homeN !== null && b.homeN < SMALL_N);
      let z: number | null = null;
      if (b.kind === 'percent' && from !== null && to !== null && a.homeN !== null && b.homeN !== null) {
        z = twoProportionZ(from / 100, a.homeN, to / 100, b.homeN);
      }
      out.push({
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
        significant: z === null ? null : Math.abs(z) >= Z_95,
        z,
        smallNumbers: small,
      });
    }
  }
  return out;
}

export type NewsKind = 'new_red' | 'resolved_red' | 'new_suppression' | 'flip_yes_no' | 'new_indicator' | 'dropped_indicator';
export type NewsItem = Readonly<{ kind: NewsKind; seriesId: string; title: string; area: string; year: number }>;

/** "Vad har ändrats sedan i fjol": new and resolved reds, new suppressions, Ja↔Nej flips, new and dropped indicators. */
export function whatChanged(rows: readonly StandingRow[], year: number): NewsItem[] {
  const now = new Map<string, StandingRow>();
  const before = new Map<string, StandingRow>();
  for (const r of rows) {
    if (!r.seriesId) continue;
    if (r.year === year) now.set(r.seriesId, r);
    if (r.year === year - 1) before.set(r.seriesId, r);
  }
  const out: NewsItem[] = [];
  const item = (kind: NewsKind, r: StandingRow): NewsItem => ({ kind, seriesId: r.seriesId!, title: r.title, area: r.area, year });
  for (const [id, r] of now) {
    const prev = before.get(id);
    if (!prev) {
      out.push(item('new_indicator', r));
      continue;
    }
    if (r.standing === 'unfavourable' && prev.standing !== 'unfavourable') out.push(item('new_red', r));
    if (prev.standing === 'unfavourable' && r.standing !== 'unfavourable' && r.standing !== 'missing') out.push(item('resolved_red', r));
    if (r.homeStatus === 'sekretess' && prev.homeStatus !== 'sekretess') out.push(item('new_suppression', r));
    if (r.kind === 'yesno' && r.homeStatus === 'ok' && prev.homeStatus === 'ok' && r.homeValue !== prev.homeValue) out.push(item('flip_yes_no', r));
  }
  for (const [id, prev] of before) if (!now.has(id)) out.push({ ...item('dropped_indicator', prev), year });
  return out;
}
