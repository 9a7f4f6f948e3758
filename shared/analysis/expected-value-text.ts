import type { MessageKey } from '../i18n/i18n';
import { MIN_CASES, MIN_R2, type ExpectedValueResult } from './expected-value';

/** A language's message lookup and number format: the renderer's `useI18n`, or `translate`/`formatNumber` bound to a language in an export. */
export type TextTools = Readonly<{
  t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  num: (value: number, digits?: number) => string;
}>;

/** "A", "A och B", "A, B och C". */
export function listText(items: readonly string[], and: string): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** "Folkmängd, antal invånare (2024)": a regressor with the bakgrundsmått's year. */
export function regressorText(r: ExpectedValueResult['regressors'][number]): string {
  return r.year === null ? r.label : `${r.label} (${r.year})`;
}

/** Why no expected value is given, in words (the same on Indikator and in every export); null when it is given. */
export function refusalText(
  { t, num }: TextTools,
  result: ExpectedValueResult,
  homeName: string,
): string | null {
  if (!result.refusal) return null;
  return t(`expected.refusal.${result.refusal}`, {
    home: homeName,
    year: result.year,
    n: result.n,
    min: result.refusal === 'weak_fit' ? num(MIN_R2, 1) : MIN_CASES,
    r2: num(result.model?.r2 ?? 0, 2),
    labels: listText(result.refusalLabels, t('expected.and')),
  });
}

/**
 * "Gävle är bättre än förväntat givet folkmängd och andel 80+." — or, for an
 * indicator without direction, that the residual is shown without a verdict.
 * Null when there is no home result.
 */
export function verdictText(
  { t }: TextTools,
  result: ExpectedValueResult,
  homeName: string,
): string | null {
  const h = result.homeResult;
  if (!h) return null;
  if (!h.standing) return t('expected.verdict.none');
  const given = listText(
    result.regressors.map((r) => r.label.charAt(0).toLowerCase() + r.label.slice(1)),
    t('expected.and'),
  );
  return t(`expected.verdict.${h.standing}`, { home: homeName, given });
}

/** "Faktiskt värde 61,2, förväntat värde 57,9, skillnad mot förväntat +3,3." and the rank, in words. */
export function homeNumbersText({ t, num }: TextTools, result: ExpectedValueResult): string | null {
  const h = result.homeResult;
  if (!h) return null;
  const residual = `${h.residual > 0 ? '+' : ''}${num(h.residual)}`;
  const numbers = `${t('expected.actual')} ${num(h.actual)}, ${t('expected.expected').toLowerCase()} ${num(h.expected)}, ${t('expected.residual').toLowerCase()} ${residual}.`;
  return h.standing
    ? `${numbers} ${t('expected.rank', { share: Math.round(h.percentile * 100) })}`
    : numbers;
}
