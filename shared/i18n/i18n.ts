import { en } from './en';
import { sv, type MessageKey } from './sv';

export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];
export type { MessageKey };

const catalogues: Record<Lang, Record<MessageKey, string>> = { sv, en };

export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

/** Look up a message and fill `{name}` placeholders. Swedish is the fallback. */
export function translate(
  lang: Lang,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template = catalogues[lang][key] ?? sv[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Numbers the Swedish way (space thousands, decimal comma) or the English way. */
export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits }).format(
    value,
  );
}
