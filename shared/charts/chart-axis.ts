import { changeUnit } from '../analysis/change';
import type { IndicatorKind } from '../model/indicators';

/**
 * The value axis of a chart: its title with the unit, and a scale that starts
 * at zero, so a bar or a line is never read against a cut-off axis without a
 * mark (issue 17). Shares always run 0–100 %.
 */
export function valueAxisTitle(kind: IndicatorKind, title: string): string {
  if (kind === 'percent') return 'Andel (%)';
  if (kind === 'yesno') return 'Ja = 1, Nej = 0';
  const unit = changeUnit(kind, title);
  switch (unit) {
    case 'kr':
      return 'Kronor';
    case 'tkr':
      return 'Tusen kronor';
    case 'dagar':
      return 'Dagar';
    case 'personer':
      return 'Antal personer';
    case 'st':
      return 'Antal';
    case 'indexenheter':
      return 'Index';
    case 'enheter':
    case '':
      return 'Värde';
    default:
      return unit.charAt(0).toUpperCase() + unit.slice(1);
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
