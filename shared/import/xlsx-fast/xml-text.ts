/**
 * Small XML helpers for the fast xlsx reader. They reproduce how SheetJS
 * reads the same markup (attribute names, entities, `_xHHHH_` escapes, cell
 * ranges), and refuse — by throwing `Decline` — anything whose reading is not
 * certain to be the same, so the caller falls back to SheetJS.
 */

/** Thrown for anything the fast reader does not understand; the workbook is then read by SheetJS. */
export class Decline extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Decline';
  }
}

export function decline(reason: string): never {
  throw new Decline(reason);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A part's bytes as text. Byte-order marks other than UTF-8's and invalid UTF-8 are declined. */
export function decodePart(name: string, bytes: Uint8Array): string {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    decline(`${name}: UTF-16`);
  try {
    return utf8.decode(bytes);
  } catch {
    return decline(`${name}: ogiltig UTF-8`);
  }
}

/** Anything SheetJS's entity pattern would touch (it matches case-insensitively, decimal digits as hex letters too). */
const ENTITY_LIKE = /&(?:quot|apos|gt|lt|amp|#x?[\da-fA-F]+);/gi;
const NAMED: Record<string, string> = {
  '&quot;': '"',
  '&apos;': "'",
  '&gt;': '>',
  '&lt;': '<',
  '&amp;': '&',
};
const CHAR_ESCAPE = /_x([\da-fA-F]{4})_/gi;

function entity(match: string): string {
  const named = NAMED[match];
  if (named !== undefined) return named;
  let code: number;
  if (/^&#\d+;$/.test(match)) code = parseInt(match.slice(2, -1), 10);
  else if (/^&#x[\da-fA-F]+;$/.test(match)) code = parseInt(match.slice(3, -1), 16);
  else return decline(`entitet ${match}`);
  if (code > 0xffff) decline(`entitet ${match}`);
  return String.fromCharCode(code);
}

/**
 * XML text → string as SheetJS reads it: the five named entities, numeric
 * character references, then Excel's `_xHHHH_` escapes; with `xlsx` also
 * CR LF → LF. CDATA is declined.
 */
export function unescapeText(text: string, xlsx: boolean, allowLt = false): string {
  let out = text;
  if (out.indexOf('<') >= 0 && (!allowLt || out.indexOf('<![CDATA[') >= 0))
    decline('tagg eller CDATA i text');
  if (out.indexOf('&') >= 0) out = out.replace(ENTITY_LIKE, entity);
  if (out.indexOf('_') >= 0)
    out = out.replace(CHAR_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  if (xlsx && out.indexOf('\r') >= 0) out = out.replace(/\r\n/g, '\n');
  return out;
}

export type Attrs = Record<string, string>;

const ATTRIBUTE = /\s([^"\s?>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^'">\s]+))/g;

/**
 * A tag's attributes keyed the way SheetJS keys them: a namespace prefix is
 * dropped (`r:id` → `id`), a name is cut at an inner underscore, and every
 * key is also stored lower-cased. The values are raw (entities untouched).
 */
export function tagAttrs(tag: string): Attrs {
  const out: Attrs = Object.create(null) as Attrs;
  for (const m of tag.matchAll(ATTRIBUTE)) {
    let name = m[1]!.trim();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const colon = name.indexOf(':');
    if (colon < 0) {
      const underscore = name.indexOf('_');
      if (underscore > 0) name = name.slice(0, underscore);
    } else {
      const local =
        (colon === 5 && name.startsWith('xmlns') ? 'xmlns' : '') + name.slice(colon + 1);
      if (out[local] !== undefined && name.slice(colon - 3, colon) === 'ext') continue;
      name = local;
    }
    out[name] = value;
    out[name.toLowerCase()] = value;
  }
  return out;
}

/** The element name as SheetJS's switch sees it: the tag text up to the first space, LF or CR (`<fill`, `<fill/>`, `</fill>`). */
export function tagHead(tag: string): string {
  for (let i = 0; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13) return tag.slice(0, i);
  }
  return tag;
}

/** `<x:fill` → `<fill`, `</x:fill>` → `</fill>`. */
export const stripPrefix = (head: string) => head.replace(/<(\/?)\w+:/, '<$1');

const STRICT_TAG = /^<[/?]?[a-zA-Z0-9:_-]+(?:[ \n\r]+[^"\s?<>/=]+=(?:"[^"<]*"))*[ \n\r]*[/?]?>$/;

/**
 * Every tag of a small part (workbook, relationships, styles, theme), in
 * order. Comments, DOCTYPE, CDATA, tabs inside tags, single-quoted or
 * unquoted attributes are declined, so the list is exactly what SheetJS's
 * tag pattern finds.
 */
export function strictTags(text: string, part: string): string[] {
  if (text.indexOf('<!') >= 0) decline(`${part}: kommentar, DOCTYPE eller CDATA`);
  const tags: string[] = [];
  let at = text.indexOf('<');
  while (at >= 0) {
    const end = text.indexOf('>', at);
    if (end < 0) decline(`${part}: avbruten tagg`);
    const tag = text.slice(at, end + 1);
    if (!STRICT_TAG.test(tag)) decline(`${part}: ovanlig tagg ${tag.slice(0, 40)}`);
    tags.push(tag);
    at = text.indexOf('<', end + 1);
  }
  return tags;
}

/**
 * The first `<tag …>…</tag>` (any namespace prefix) as SheetJS finds it:
 * [outer, inner], or null when either end is missing.
 */
export function firstElement(text: string, tag: string): [string, string] | null {
  const open = new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>`, 'g');
  const m = open.exec(text);
  if (!m) return null;
  const close = new RegExp(`</(?:\\w+:)?${tag}>`, 'g');
  close.lastIndex = open.lastIndex;
  const c = close.exec(text);
  if (!c) return null;
  return [text.slice(m.index, close.lastIndex), text.slice(open.lastIndex, c.index)];
}

export type Range = { s: { r: number; c: number }; e: { r: number; c: number } };

/** A1-style range → 0-based range, as leniently as SheetJS (letters, digits, an optional `:`; the rest ignored). */
export function decodeRange(ref: string): Range {
  const out: Range = { s: { r: 0, c: 0 }, e: { r: 0, c: 0 } };
  let i = 0;
  let n = 0;
  let code = 0;
  const len = ref.length;
  for (n = 0; i < len; i++) {
    code = ref.charCodeAt(i) - 64;
    if (code < 1 || code > 26) break;
    n = 26 * n + code;
  }
  out.s.c = n - 1;
  for (n = 0; i < len; i++) {
    code = ref.charCodeAt(i) - 48;
    if (code < 0 || code > 9) break;
    n = 10 * n + code;
  }
  out.s.r = n - 1;
  if (i === len || code !== 10) {
    out.e = { ...out.s };
    return out;
  }
  i++;
  for (n = 0; i !== len; i++) {
    code = ref.charCodeAt(i) - 64;
    if (code < 1 || code > 26) break;
    n = 26 * n + code;
  }
  out.e.c = n - 1;
  for (n = 0; i !== len; i++) {
    code = ref.charCodeAt(i) - 48;
    if (code < 0 || code > 9) break;
    n = 10 * n + code;
  }
  out.e.r = n - 1;
  return out;
}

export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;
