import { formatNumber, translate, type Lang } from '../i18n/i18n';
import {
  SMALL_N,
  WIDE_CI_HALF_WIDTH,
  type NearBoundary,
  type NearBoundaryReason,
  type SmallNumbers,
  type SmallReason,
} from './uncertainty';

/**
 * The uncertainty of a standing or a change in words, per language: the
 * analysis keeps its reasons as data (uncertainty.ts) and every view, export
 * and the CLI words them here.
 */
const number = (lang: Lang, x: number) => formatNumber(lang, Number(x.toPrecision(4)), 3);

/** "n = 24 (under 30)", "KI ±11 procentenheter (över 10)", "sekretess". */
export function smallReasonText(reason: SmallReason, lang: Lang): string {
  switch (reason.kind) {
    case 'n':
      return translate(lang, 'uncertainty.reason.n', { n: number(lang, reason.n), limit: SMALL_N });
    case 'ci':
      return translate(lang, 'uncertainty.reason.ci', {
        half: number(lang, reason.halfWidth),
        limit: WIDE_CI_HALF_WIDTH,
      });
    case 'suppressed':
      return translate(lang, 'uncertainty.reason.suppressed');
  }
}

/** A change's reasons, each with its year: "2023: n = 24 (under 30), 2024: sekretess". */
export function yearSmallReasonsText(
  reasons: readonly Readonly<{ year: number; reason: SmallReason }>[],
  lang: Lang,
): string {
  return reasons.map((r) => `${r.year}: ${smallReasonText(r.reason, lang)}`).join(', ');
}

/** "inom KI kan läget vara mellan", "en plats i rangordningen ger gynnsamt". */
export function nearBoundaryReasonText(reason: NearBoundaryReason, lang: Lang): string {
  return translate(lang, `uncertainty.near.${reason.via}`, {
    standing: translate(lang, `standing.${reason.other}`).toLowerCase(),
  });
}

/**
 * "små tal: n = 24 (under 30); nära gränsen: inom KI kan läget vara mellan",
 * empty when there is none: printed beside a standing, never colour alone.
 */
export function uncertaintyText(
  r: Readonly<{ smallNumbers?: SmallNumbers | null; nearBoundary?: NearBoundary | null }>,
  lang: Lang,
): string {
  const parts: string[] = [];
  if (r.smallNumbers?.small)
    parts.push(
      `${translate(lang, 'uncertainty.small')}: ${r.smallNumbers.reasons.map((x) => smallReasonText(x, lang)).join(', ')}`,
    );
  if (r.nearBoundary?.near)
    parts.push(
      `${translate(lang, 'uncertainty.nearBoundary')}: ${r.nearBoundary.reason ? nearBoundaryReasonText(r.nearBoundary.reason, lang) : ''}`.trim(),
    );
  return parts.join('; ');
}
