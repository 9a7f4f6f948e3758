import type { ColumnRole } from '../import-report';
import { parseCellValue } from '../cell-value';
import type { RawValue } from '../sheet-grid';
import { cleanText, matchKey } from '../../util/text-normalize';

/** Roles of columns that belong to the value beside them, never indicators of their own. */
export type AuxRole = Extract<ColumnRole, 'n' | 'ci' | 'ci_low' | 'ci_high' | 'response_rate'>;
export const AUX_ROLES: readonly AuxRole[] = ['n', 'ci', 'ci_low', 'ci_high', 'response_rate'];

// The number behind a share (its denominator): not "Antal personer", which counts the outcome itself and is a measure of its own.
const N_TITLE =
  /^(antal|antal svar|antal svarande|antal besvarade enkäter|antal i urvalet|antal i urval|n|n=|nämnare|underlag|antal \(n\)|antal svar \(n\)|svarande|antal som svarat)$/;
const CI_LOW_TITLE = /^(ki|konfidensintervall|konf\.? ?int\.?)[ ,:-]*(nedre|undre|lägre|låg|min)/;
const CI_HIGH_TITLE = /^(ki|konfidensintervall|konf\.? ?int\.?)[ ,:-]*(övre|högre|hög|max)/;
const CI_TITLE = /^(ki|konfidensintervall|konf\.? ?int\.?|felmarginal|osäkerhetsintervall)\b|^±/;
const RESPONSE_TITLE = /^svarsfrekvens/;

/** The role a column's own title gives it, when it is an auxiliary of the value before it. */
export function auxRoleOfTitle(title: string): AuxRole | null {
  const t = matchKey(title)
    .replace(/\s*\(%\)|\s*%$/, '')
    .trim();
  if (RESPONSE_TITLE.test(t)) return 'response_rate';
  if (CI_LOW_TITLE.test(t)) return 'ci_low';
  if (CI_HIGH_TITLE.test(t)) return 'ci_high';
  if (CI_TITLE.test(t)) return 'ci';
  if (N_TITLE.test(t)) return 'n';
  return null;
}

export type AuxValues = {
  n?: number | null;
  ciLow?: number | null;
  ciHigh?: number | null;
  responseRate?: number | null;
};

const RANGE = /^([+\-−]?\d+(?:[.,]\d+)?)\s*(?:[-–—]|till)\s*([+\-−]?\d+(?:[.,]\d+)?)$/;
const toNumber = (text: string) => Number(text.replace('−', '-').replace(',', '.'));

/**
 * Read one auxiliary cell (its value as Excel shows it: `shownValue`) into
 * the value's fields. "KI ±" gives value ∓ margin; a "35,2–40,1" cell gives
 * both bounds.
 */
export function readAux(role: AuxRole, raw: RawValue, value: number | null, out: AuxValues): void {
  if (role === 'ci' && typeof raw === 'string') {
    const range = RANGE.exec(cleanText(raw).replace(/[()]/g, ''));
    if (range) {
      out.ciLow = toNumber(range[1]!);
      out.ciHigh = toNumber(range[2]!);
      return;
    }
  }
  const parsed = parseCellValue(typeof raw === 'string' ? raw.replace(/^±\s*/, '') : raw);
  if (parsed.status !== 'ok' || parsed.valueNum === null) return;
  const v = parsed.valueNum;
  if (role === 'n') out.n = Number.isInteger(v) ? v : Math.round(v);
  else if (role === 'response_rate') out.responseRate = round(v);
  else if (role === 'ci_low') out.ciLow = round(v);
  else if (role === 'ci_high') out.ciHigh = round(v);
  else if (value !== null) {
    out.ciLow = round(value - v);
    out.ciHigh = round(value + v);
  }
}

const round = (v: number) => Math.round(v * 1e9) / 1e9;

/** A bare "Antal" before a share is a count of its own; only after its value is it the value's n. */
export const ambiguousBeforeValue = (title: string): boolean =>
  matchKey(title)
    .replace(/\s*\(%\)|\s*%$/, '')
    .trim() === 'antal';
