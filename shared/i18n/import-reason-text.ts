import { areaLabel } from '../model/areas';
import { isMessageKey, translate, type Lang, type MessageKey } from './i18n';

/**
 * Why the importer read something the way it did (the file's area, the unit
 * column), in words any language can be written from: `code` names a
 * catalogue entry `importReason.<code>`, `params` fill it. `areas` lists areas
 * with counts for a reason that names several. The Swedish text of a code is
 * the text stored beside it.
 */
export type ReasonWords = Readonly<{
  code: string;
  params?: Readonly<Record<string, string | number>>;
  areas?: readonly Readonly<{ area: string; count: number }>[];
}>;

const UNIT_LEVELS = new Set(['kommun', 'lan', 'riket', 'other']);

function fill(words: ReasonWords, lang: Lang): Record<string, string | number> {
  const params: Record<string, string | number> = { ...(words.params ?? {}) };
  const label = (area: string) => areaLabel(area, lang).toLowerCase();
  const areas = words.areas ?? [];
  if (typeof params.area === 'string') params.area = label(params.area);
  if (words.code === 'area.mixed')
    params.counts = areas.map((a) => `${label(a.area)} ${a.count}`).join(', ');
  if (words.code === 'area.vocabulary') {
    const rest = Number(params.rest ?? 0);
    const list = [
      ...areas.map((a) => `${a.count} ${label(a.area)}`),
      ...(rest > 0 ? [translate(lang, 'importReason.area.noArea', { count: rest })] : []),
    ];
    params.others =
      list.length > 0 ? translate(lang, 'importReason.area.others', { list: list.join(', ') }) : '';
  }
  if (words.code === 'unitColumn') {
    const level = UNIT_LEVELS.has(String(params.level)) ? String(params.level) : 'other';
    params.level = translate(lang, `importReason.unitColumn.level.${level}` as MessageKey);
    params.how = translate(
      lang,
      params.how === 'names' ? 'importReason.unitColumn.names' : 'importReason.unitColumn.codes',
    );
    params.byUser = params.byUser ? translate(lang, 'importReason.unitColumn.byUser') : '';
  }
  return params;
}

/**
 * What the user reads for an importer's reason, in the user's language: the
 * code's text with its parameters; the stored Swedish text when there is no
 * code (reports made before codes) or the code is unknown.
 */
export function reasonText(
  stored: string,
  words: ReasonWords | null | undefined,
  lang: Lang,
): string {
  if (!words) return stored;
  const key = `importReason.${words.code}`;
  return isMessageKey(key) ? translate(lang, key, fill(words, lang)) : stored;
}
