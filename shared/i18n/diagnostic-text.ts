import {
  isMessageKey as isKey,
  translate,
  translateCount,
  type Lang,
  type MessageKey,
  type PluralBase,
} from './i18n';

export type DiagnosticParams = Readonly<Record<string, string | number>>;

/**
 * An import diagnostic or gate finding as far as its words go. `code` and
 * `params` are absent in warnings stored before they had codes; `message` is
 * the Swedish text written when the file was read.
 */
export type DiagnosticWords = Readonly<{
  code?: string;
  params?: DiagnosticParams;
  message: string;
}>;

/** The code's text in `lang`, or null when the catalogue has none for it. */
function codeText(code: string, params: DiagnosticParams, lang: Lang): string | null {
  const key = `diagnostic.${code}`;
  if (isKey(key)) return translate(lang, key, params);
  if (!isKey(`${key}.one`)) return null;
  const count = params.count;
  // The number goes in as written in the Swedish message (no grouping), as every other parameter does.
  return typeof count === 'number'
    ? translateCount(lang, key as PluralBase, count, { ...params, count: String(count) })
    : translate(lang, `${key}.many` as MessageKey, params);
}

/**
 * What the user reads for a diagnostic or gate finding, in the user's
 * language: the code's text with its parameters; the stored Swedish message
 * when there is no code (warnings stored before codes) or the code is unknown.
 */
export function diagnosticText(d: DiagnosticWords, lang: Lang): string {
  return (d.code ? codeText(d.code, d.params ?? {}, lang) : null) ?? d.message;
}

/**
 * What several diagnostics of one code say in common: the parameters they
 * differ in are left out ("Okänd enhet "…" – raden lästes inte in."). Null
 * when they have no code or not the same one.
 */
export function diagnosticKindText(items: readonly DiagnosticWords[], lang: Lang): string | null {
  const code = items[0]?.code;
  if (!code || items.some((d) => d.code !== code)) return null;
  const first = items[0]!.params ?? {};
  const common = Object.fromEntries(
    Object.entries(first).map(([name, value]) => [
      name,
      items.every((d) => d.params?.[name] === value) ? value : '…',
    ]),
  );
  return codeText(code, common, lang);
}
