/**
 * A red's stance (issue 19 item 5): what the förvaltning has decided about an
 * unfavourable result, carried by a note (`annotation.stance`). "Det får vara
 * rött, vi har valt att prioritera andra saker" — a red with a stance is a
 * chosen or understood red, not an unexplained one. Labels: i18n `stance.<code>`.
 */
export const STANCES = [
  'prioriterat_bort',
  'atgard_pagar',
  'tolkningsfraga',
  'metodbrist',
  'forklarat',
] as const;
export type Stance = (typeof STANCES)[number];

export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}

/** A stored value read back: a known stance, or null (empty, or written by something else). */
export function parseStance(value: unknown): Stance | null {
  return isStance(value) ? value : null;
}
