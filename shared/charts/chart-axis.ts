import { translate, type Lang, type MessageKey } from '../i18n/i18n';
import { changeUnit } from '../analysis/change';
import type { IndicatorKind } from '../model/indicators';

/**
 * The value axis of a chart: its title with the unit, and a scale that starts
 * at zero, so a bar or a line is never read against a cut-off axis without a
 * mark (issue 17). Shares always run 0–100 %.
 */
export function valueAxisTitle(kind: IndicatorKind, title: string, lang: Lang = 'sv'): string {
  const t = (key: MessageKey, params: Record<string, string> = {}) => translate(lang, key, params);
  if (kind === 'percent') return t('reportBody.axis.share');
  if (kind === 'yesno') return t('reportBody.axis.yesno');
  const unit = changeUnit(kind, title);
  switch (unit) {
    case 'kr':
      return t('reportBody.axis.kr');
    case 'tkr':
      return t('reportBody.axis.tkr');
    case 'dagar':
      return t('reportBody.axis.days');
    case 'personer':
      return t('reportBody.axis.persons');
    case 'st':
      return t('reportBody.axis.count');
    case 'indexenheter':
      return t('reportBody.axis.index');
    case 'per invånare':
      return t('reportBody.axis.perInhabitant');
    case 'enheter':
    case '':
      return t('reportBody.axis.value');
    default: {
      const per = /^per (.+) invånare$/.exec(unit);
      return per
        ? t('reportBody.axis.perInhabitants', { count: per[1]! })
        : unit.charAt(0).toUpperCase() + unit.slice(1);
    }
  }
}

export type AxisScale = Readonly<{
  min: number;
  max: number;
  step: number;
  ticks: readonly number[];
}>;

/** A step of 1, 2 or 5 × 10^k that gives about `count` intervals over `span`. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/**
 * The axis for these values: from zero (or below it, when a value is
 * negative) to a round number at or above the largest; 0–100 for shares.
 */
export function zeroBasedScale(values: readonly number[], share: boolean): AxisScale {
  const finite = values.filter(Number.isFinite);
  const hi = Math.max(0, ...finite);
  const lo = Math.min(0, ...finite);
  if (share && lo >= 0 && hi <= 100)
    return { min: 0, max: 100, step: 25, ticks: [0, 25, 50, 75, 100] };
  const step = niceStep(hi - lo || 1);
  const min = Math.floor(lo / step) * step;
  const max = Math.max(Math.ceil(hi / step) * step, min + step);
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return { min, max, step, ticks };
}

/**
 * Data labels of counts, as an Excel number format whose third (zero) section
 * is empty: a segment with no indicators shows no "0" (PPTX, DOCX charts).
 */
export const COUNT_LABEL_FORMAT = '0;-0;;@';
