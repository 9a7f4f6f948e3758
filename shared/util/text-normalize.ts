/**
 * Header and name text as published contains NBSP, narrow NBSP, soft hyphens,
 * line breaks and double spaces. Normalize for matching; keep the original
 * for display.
 */
export function cleanText(text: string): string {
  // Most cells are already clean (printable ASCII and Latin-1 letters, which
  // NFC leaves alone, single inner spaces): skip the regexes for them. This
  // was the largest cost of our own code in a profile of the import.
  if (ALREADY_CLEAN.test(text)) return text;
  return (
    text
      .normalize('NFC')
      // Statistikdatabasen writes age bands as "0<soft hyphen>4": there it is the dash.
      .replace(/(\d)\u00ad(\d)/g, '$1-$2')
      .replace(/\u00ad/g, '')
      .replace(/[\u00a0\u202f\u2007\t\r\n]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

const ALREADY_CLEAN = /^(?:[\x21-\x7e\u00c0-\u00ff]+(?: [\x21-\x7e\u00c0-\u00ff]+)*)?$/;

/** Lowercase key for matching names: dashes and spaces unified. */
export function matchKey(text: string): string {
  const known = matchKeys.get(text);
  if (known !== undefined) return known;
  // Unit names and headers repeat in every sheet of every file: remember them (bounded).
  if (matchKeys.size >= 20_000) matchKeys.clear();
  const key = computeMatchKey(text);
  matchKeys.set(text, key);
  return key;
}

const matchKeys = new Map<string, string>();

function computeMatchKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/[‐-―−-]+/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ');
}

/** A stable identifier fragment: ascii, lowercase, dashes. */
export function slug(text: string, max = 60): string {
  return (
    cleanText(text)
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, max) || 'x'
  );
}
