/**
 * Header and name text as published contains NBSP, narrow NBSP, soft hyphens,
 * line breaks and double spaces. Normalize for matching; keep the original
 * for display.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    // Statistikdatabasen writes age bands as "0<soft hyphen>4": there it is the dash.
    .replace(/(\d)\u00ad(\d)/g, '$1-$2')
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\u202f\u2007\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Lowercase key for matching names: dashes and spaces unified. */
export function matchKey(text: string): string {
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
