import type { Status } from '../model/observations';
import { cleanText } from '../util/text-normalize';

export type ParsedValue = Readonly<{
  status: Status;
  valueNum: number | null;
  valueText: string | null;
  /** Set when the text carried a % sign. */
  percentSign?: boolean;
  /** Set for Ja/Nej answers. */
  yesNo?: boolean;
}>;

/**
 * Missing-value codes as ÖJ and Socialstyrelsen write them (DESIGN.md):
 * `..`/`x` sekretess, `-` bortfall, `.` ej tillämpligt, blank ej publicerat.
 * Statistikdatabasen writes `--` in grey cells for "uppgift saknas".
 */
const MISSING_CODES: ReadonlyMap<string, Status> = new Map([
  ['..', 'sekretess'],
  ['…', 'sekretess'],
  ['x', 'sekretess'],
  ['sekretess', 'sekretess'],
  ['-', 'bortfall'],
  ['–', 'bortfall'],
  ['—', 'bortfall'],
  ['bortfall', 'bortfall'],
  ['ej inrapporterat', 'bortfall'],
  ['.', 'ej_tillampligt'],
  ['ej tillämpligt', 'ej_tillampligt'],
  ['e.t.', 'ej_tillampligt'],
  ['--', 'saknas'],
  ['uppgift saknas', 'saknas'],
  ['saknas', 'saknas'],
  ['u.s.', 'saknas'],
  ['uppgift finns ej', 'saknas'],
]);

/** The built-in code for a cell text ("..", "x", "–"…), case-insensitive; null for anything else. */
export function builtinMissingStatus(text: string): Status | null {
  return MISSING_CODES.get(cleanText(text).toLowerCase()) ?? null;
}

const NUMBER_TEXT = /^([+\-−]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?\s*(%?)$/;

const missing = (status: Status): ParsedValue => ({ status, valueNum: null, valueText: null });

/** One published cell → status and value. A missing value never becomes 0 or "Nej". */
export function parseCellValue(raw: unknown): ParsedValue {
  if (raw === null || raw === undefined) return missing('ej_publicerat');
  if (typeof raw === 'number')
    return Number.isFinite(raw)
      ? { status: 'ok', valueNum: raw, valueText: null }
      : missing('saknas');
  if (typeof raw === 'boolean')
    return { status: 'ok', valueNum: raw ? 1 : 0, valueText: raw ? 'Ja' : 'Nej', yesNo: true };
  const text = cleanText(String(raw));
  if (text === '') return missing('ej_publicerat');
  const lower = text.toLowerCase();
  const code = MISSING_CODES.get(lower);
  if (code) return missing(code);
  if (lower === 'ja') return { status: 'ok', valueNum: 1, valueText: 'Ja', yesNo: true };
  if (lower === 'nej') return { status: 'ok', valueNum: 0, valueText: 'Nej', yesNo: true };
  const number = NUMBER_TEXT.exec(text);
  if (number) {
    const [, sign, whole, fraction, percent] = number;
    const value = Number(
      `${sign ? '-' : ''}${whole!.replace(/\D/g, '')}${fraction ? `.${fraction}` : ''}`,
    );
    return {
      status: 'ok',
      valueNum: value,
      valueText: null,
      ...(percent ? { percentSign: true } : {}),
    };
  }
  return { status: 'ok', valueNum: null, valueText: text };
}

/** True for a cell that is a value or a missing code (not a label or a note). */
export function looksLikeValue(raw: unknown): boolean {
  if (raw === null || raw === undefined) return false;
  const parsed = parseCellValue(raw);
  return parsed.status !== 'ok' ? parsed.status !== 'ej_publicerat' : parsed.valueNum !== null;
}
