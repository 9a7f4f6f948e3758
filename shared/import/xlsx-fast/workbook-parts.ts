/**
 * The workbook-level parts the fast reader needs — content types, the
 * workbook and its relationships, shared strings, the fills of styles.xml and
 * the theme's colour scheme — read with the same meaning SheetJS gives them.
 */
import type { FillColor } from '../fill-class';
import { isPercentFormatId } from '../number-format';
import {
  decline,
  firstElement,
  strictTags,
  stripPrefix,
  tagAttrs,
  tagHead,
  unescapeText,
} from './xml-text';

const CT_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/content-types';
const MAIN_NAMESPACE = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const WORKSHEET_REL =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
export const COMMENT_RELS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
];

const WORKBOOK_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.main',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
]);
const SST_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  'application/vnd.ms-excel.sharedStrings',
]);
const STYLE_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  'application/vnd.ms-excel.styles',
]);
const THEME_TYPE = 'application/vnd.openxmlformats-officedocument.theme+xml';

export type ContentTypes = {
  workbooks: string[];
  sst: string | null;
  style: string | null;
  themes: string[];
};

export function readContentTypes(xml: string): ContentTypes {
  const out: ContentTypes = { workbooks: [], sst: null, style: null, themes: [] };
  let namespace: string | undefined;
  for (const tag of strictTags(xml, '[Content_Types].xml')) {
    const head = tagHead(tag).replace(/<\w*:/, '<');
    if (head === '<Types') {
      if (/<\w+:/.test(tag)) decline('[Content_Types].xml: prefix');
      namespace = tagAttrs(tag)['xmlns'];
    } else if (head === '<Default') {
      if (tagAttrs(tag)['Extension'] === undefined)
        decline('[Content_Types].xml: Default utan Extension');
    } else if (head === '<Override') {
      const a = tagAttrs(tag);
      const type = a['ContentType'];
      const part = a['PartName'];
      if (type === undefined) continue;
      if (part === undefined) decline('[Content_Types].xml: Override utan PartName');
      if (WORKBOOK_TYPES.has(type)) out.workbooks.push(part);
      else if (SST_TYPES.has(type)) out.sst ??= part;
      else if (STYLE_TYPES.has(type)) out.style ??= part;
      else if (type === THEME_TYPE) out.themes.push(part);
    }
  }
  if (namespace !== CT_NAMESPACE) decline('[Content_Types].xml: namnrymd');
  return out;
}

export type Relationship = { type: string | undefined; target: string; id: string | undefined };

/** Relationships by id (a later duplicate wins, as in SheetJS). */
export function readRels(xml: string | null, part: string): Map<string | undefined, Relationship> {
  const out = new Map<string | undefined, Relationship>();
  if (xml === null || xml === '') return out;
  for (const tag of strictTags(xml, part)) {
    if (tagHead(tag) !== '<Relationship') continue;
    const a = tagAttrs(tag);
    const target = a['Target'];
    if (target === undefined) decline(`${part}: Relationship utan Target`);
    if (/[^\x20-\x7e]/.test(target)) decline(`${part}: Target med tecken utanför ASCII`);
    out.set(a['Id'], { type: a['Type'], target: unescapeText(target, false), id: a['Id'] });
  }
  return out;
}

export type WorkbookSheet = { name: string; relId: string | undefined };

/** Sheet names (entities and `_xHHHH_` resolved, as SheetJS gives them) and their relationship ids, in workbook order. */
export function readWorkbook(xml: string): WorkbookSheet[] {
  const sheets: WorkbookSheet[] = [];
  let namespace: string | undefined;
  for (const tag of strictTags(xml, 'workbook.xml')) {
    const head = stripPrefix(tagHead(tag));
    if (head === '<workbook') {
      if (/<\w+:workbook/.test(tag)) decline('workbook.xml: prefix');
      namespace = tagAttrs(tag)['xmlns'];
    } else if (head === '<sheet') {
      const a = tagAttrs(tag);
      const name = a['name'];
      if (name === undefined) decline('workbook.xml: blad utan namn');
      sheets.push({ name: unescapeText(name, false), relId: a['id'] || a['strRelID'] });
    }
  }
  // The strict OOXML namespace (and older ones) SheetJS also accepts are left to it.
  if (namespace !== MAIN_NAMESPACE) decline(`workbook.xml: namnrymd ${namespace ?? '–'}`);
  return sheets;
}

/**
 * Shared strings as SheetJS reads them: one entry per `<si>`, then the text
 * after the last one (an empty string). `undefined` for an item with neither
 * plain nor rich text.
 */
export function readSharedStrings(xml: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  const sst = firstElement(xml, 'sst');
  if (!sst) return out;
  if (/<\w+:/.test(sst[0])) decline('sharedStrings.xml: prefix');
  const inner = sst[1];
  if (/<si[^>]/.test(inner) || inner.indexOf('<sstItem') >= 0)
    decline('sharedStrings.xml: <si> med attribut');
  let at = 0;
  for (;;) {
    const open = inner.indexOf('<si>', at);
    if (open < 0) break;
    if (inner.slice(at, open).trim() !== '') decline('sharedStrings.xml: text mellan <si>');
    const close = inner.indexOf('</si>', open + 4);
    if (close < 0) decline('sharedStrings.xml: <si> utan slut');
    const next = inner.indexOf('<si>', open + 4);
    if (next >= 0 && next < close) decline('sharedStrings.xml: nästlad <si>');
    out.push(stringItem(asciiTrim(inner.slice(open + 4, close))));
    at = close + 5;
  }
  const rest = inner.slice(at);
  if (rest.indexOf('</si>') >= 0) decline('sharedStrings.xml: </si> utan början');
  out.push(stringItem(asciiTrim(rest)));
  return out;
}

/**
 * Trim as SheetJS's trim does on its byte string: ASCII whitespace only. Text
 * that would start or end with another character after that is declined (its
 * bytes trim differently there).
 */
function asciiTrim(text: string): string {
  const out = text.replace(/^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g, '');
  if (out.length > 0 && (out.charCodeAt(0) > 127 || out.charCodeAt(out.length - 1) > 127))
    decline('sträng: text utanför ASCII i kanten');
  return out;
}

/** The text of a string item (`<si>` or `<is>` content): plain `<t>`, rich runs concatenated, or undefined. */
export function stringItem(x: string): string | undefined {
  if (x === '') return '';
  const lead = x.length - x.replace(/^[\t\n\v\f\r ]+/, '').length;
  if (x.charCodeAt(lead) > 127) decline('sträng: text utanför ASCII först');
  if (x.startsWith('<t', lead)) {
    const after = x.charCodeAt(lead + 2);
    if (after !== 62 && after !== 32 && after !== 47) decline(`sträng: <t${x[lead + 2]}`);
    // The text after the first '>' up to the first </t> (all of it when there is none, as after <t/>).
    const start = x.indexOf('>', lead) + 1;
    const close = /<\/(?:\w+:)?t>/.exec(x.slice(start));
    return unescapeText(close ? x.slice(start, start + close.index) : x.slice(start), true);
  }
  if (/<\w+:/.test(x)) decline('sträng: prefix');
  if (!/<r\b[^<>]*>/.test(x)) {
    // Neither plain nor rich text: SheetJS gives no text at all.
    if (x.indexOf('<t') >= 0) decline('sträng: <t> efter annat');
    return undefined;
  }
  if (x.indexOf('<rPh') >= 0) decline('sträng: fonetisk text');
  if (/<r\/>/.test(x)) decline('sträng: <r/>');
  let text = '';
  let at = x.indexOf('<t');
  while (at >= 0) {
    const after = x.charCodeAt(at + 2);
    if (after === 62 || after === 32) {
      const start = x.indexOf('>', at) + 1;
      if (x.charCodeAt(start - 2) === 47) decline('sträng: <t/>');
      const end = x.indexOf('<', start);
      if (!x.startsWith('</t>', end)) decline('sträng: tagg i <t>');
      text += x.slice(start, end);
      at = x.indexOf('<t', end + 4);
    } else if (after === 47) {
      decline('sträng: <t/>');
    } else {
      at = x.indexOf('<t', at + 2);
    }
  }
  return unescapeText(text, true);
}

export type Fill = {
  patternType?: string;
  fgColor?: { theme?: number; tint?: number; rgb?: string };
};
export type Styles = {
  fills: Fill[] | null;
  fillOfXf: number[] | null;
  /** Each cellXfs entry: does its number format show per cent (numFmtId with the file's own numFmts)? */
  percentOfXf: boolean[] | null;
};

/** The file's own number formats, id → code, as SheetJS reads them. */
function readNumFmts(xml: string): Map<number, string> {
  const codes = new Map<number, string>();
  const numFmts = firstElement(xml, 'numFmts');
  if (!numFmts) return codes;
  for (const tag of strictTags(numFmts[0], 'styles.xml numFmts')) {
    if (stripPrefix(tagHead(tag)) !== '<numFmt') continue;
    const a = tagAttrs(tag);
    const id = parseInt(a['numFmtId'] ?? '', 10);
    if (Number.isNaN(id)) decline('styles.xml: numFmt utan id');
    // SheetJS moves ids above 392 to a free slot and matches cellXfs to it by code: the same code either way.
    codes.set(id, unescapeText(a['formatCode'] ?? '', false));
  }
  return codes;
}

/** The fills, each cellXfs entry's fillId and per cent format; the rest of styles.xml is not needed for a grid. */
export function readStyles(xml: string): Styles {
  if (xml.indexOf('<!') >= 0) decline('styles.xml: kommentar eller DOCTYPE');
  const styles: Styles = { fills: null, fillOfXf: null, percentOfXf: null };
  const numFmts = readNumFmts(xml);
  const fills = firstElement(xml, 'fills');
  if (fills) {
    styles.fills = [];
    let fill: Fill = {};
    for (const tag of strictTags(fills[0], 'styles.xml fills')) {
      const head = stripPrefix(tagHead(tag));
      if (head === '<fill>' || head === '<fill' || head === '<fill/>') {
        fill = {};
        styles.fills.push(fill);
      } else if (head.startsWith('<gradientFill') || head === '</gradientFill>') {
        decline('styles.xml: gradientFill');
      } else if (head === '<patternFill' || head === '<patternFill>') {
        const type = tagAttrs(tag)['patternType'];
        if (type) fill.patternType = type;
      } else if (head === '<fgColor') {
        const a = tagAttrs(tag);
        const colour = (fill.fgColor ??= {});
        if (a['theme']) colour.theme = parseInt(a['theme'], 10);
        if (a['tint']) colour.tint = parseFloat(a['tint']);
        if (a['rgb'] !== undefined) colour.rgb = a['rgb'].slice(-6);
      }
    }
  } else if (/<(\w+:)?fills\b/.test(xml)) decline('styles.xml: tom <fills/>');
  const xfs = firstElement(xml, 'cellXfs');
  if (xfs) {
    styles.fillOfXf = [];
    styles.percentOfXf = [];
    for (const tag of strictTags(xfs[0], 'styles.xml cellXfs')) {
      const head = stripPrefix(tagHead(tag));
      if (head === '<xf' || head === '<xf/>' || head === '<xf>') {
        const attrs = tagAttrs(tag);
        const fillId = attrs['fillId'];
        if (fillId === '') decline('styles.xml: tomt fillId');
        styles.fillOfXf.push(fillId === undefined ? 0 : parseInt(fillId, 10));
        const numFmtId = parseInt(attrs['numFmtId'] ?? '0', 10);
        styles.percentOfXf.push(!Number.isNaN(numFmtId) && isPercentFormatId(numFmtId, numFmts));
      }
    }
  } else if (/<(\w+:)?cellXfs\b/.test(xml)) decline('styles.xml: tom <cellXfs/>');
  return styles;
}

const SCHEME_SLOTS = [
  '</a:lt1>',
  '</a:dk1>',
  '</a:lt2>',
  '</a:dk2>',
  '</a:accent1>',
  '</a:accent2>',
  '</a:accent3>',
  '</a:accent4>',
  '</a:accent5>',
  '</a:accent6>',
  '</a:hlink>',
  '</a:folHlink>',
];
const SCHEME_OPEN = new Set(SCHEME_SLOTS.map((s) => s.replace('</', '<')));

/** `<a:tag…>…</a:tag>` found the way SheetJS finds theme elements (by plain text search). */
function themeElement(text: string, tag: string): string | null {
  const w = tag.length + 1;
  let si = text.indexOf('<' + tag);
  const boundary = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '>';
  while (si >= 0 && si <= text.length - w && !boundary(text.charAt(si + w)))
    si = text.indexOf('<' + tag, si + 1);
  if (si < 0) return null;
  const sf = text.indexOf('>', si + tag.length);
  if (sf < 0) return null;
  const et = `</${tag}>`;
  const ei = text.indexOf(et, sf);
  if (ei < 0) return null;
  return text.slice(si, ei + et.length);
}

export type SchemeColour = { rgb?: string };

/** The theme's colour scheme in SheetJS's slot order (lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink); holes stay holes. */
export function readThemeScheme(xml: string): SchemeColour[] {
  const elements = themeElement(xml, 'a:themeElements');
  if (!elements) return decline('tema utan themeElements');
  const scheme = themeElement(elements, 'a:clrScheme');
  if (!scheme || !themeElement(elements, 'a:fontScheme') || !themeElement(elements, 'a:fmtScheme'))
    return decline('tema utan clrScheme/fontScheme/fmtScheme');
  const out: SchemeColour[] = [];
  let colour: SchemeColour = {};
  for (const tag of strictTags(scheme, 'tema')) {
    const head = tagHead(tag);
    if (head === '<a:srgbClr') colour.rgb = tagAttrs(tag)['val'];
    else if (head === '<a:sysClr') colour.rgb = tagAttrs(tag)['lastClr'];
    else if (SCHEME_OPEN.has(head)) continue;
    else {
      const slot = SCHEME_SLOTS.indexOf(head);
      if (slot >= 0) {
        out[slot] = colour;
        colour = {};
      }
    }
  }
  return out;
}

function hexToRgb(hex: string): [number, number, number] {
  return [
    parseInt(hex.slice(0, 2), 16),
    parseInt(hex.slice(2, 4), 16),
    parseInt(hex.slice(4, 6), 16),
  ];
}

/** RGB → hue (0–1), saturation, lightness — in the order of operations SheetJS uses, so rounding agrees. */
function rgbToHsl([r8, g8, b8]: [number, number, number]): [number, number, number] {
  const r = r8 / 255;
  const g = g8 / 255;
  const b = b8 / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  if (chroma === 0) return [0, 0, r];
  const sum = max + min;
  const saturation = chroma / (sum > 1 ? 2 - sum : sum);
  let hue6 = 0;
  if (max === r) hue6 = ((g - b) / chroma + 6) % 6;
  else if (max === g) hue6 = (b - r) / chroma + 2;
  else if (max === b) hue6 = (r - g) / chroma + 4;
  return [hue6 / 6, saturation, sum / 2];
}

function hslToRgb([hue, saturation, lightness]: [number, number, number]): [
  number,
  number,
  number,
] {
  const chroma = saturation * 2 * (lightness < 0.5 ? lightness : 1 - lightness);
  const base = lightness - chroma / 2;
  const rgb: [number, number, number] = [base, base, base];
  const h6 = 6 * hue;
  if (saturation !== 0) {
    switch (h6 | 0) {
      case 0:
      case 6:
        rgb[0] += chroma;
        rgb[1] += chroma * h6;
        break;
      case 1:
        rgb[0] += chroma * (2 - h6);
        rgb[1] += chroma;
        break;
      case 2:
        rgb[1] += chroma;
        rgb[2] += chroma * (h6 - 2);
        break;
      case 3:
        rgb[1] += chroma * (4 - h6);
        rgb[2] += chroma;
        break;
      case 4:
        rgb[2] += chroma;
        rgb[0] += chroma * (h6 - 4);
        break;
      case 5:
        rgb[2] += chroma * (6 - h6);
        rgb[0] += chroma;
        break;
    }
  }
  return [Math.round(rgb[0] * 255), Math.round(rgb[1] * 255), Math.round(rgb[2] * 255)];
}

/** A theme colour with a tint applied to its HSL lightness (ECMA-376 18.8.3), hex without alpha. */
export function tintHex(hex: string, tint: number): string {
  if (tint === 0) return hex;
  if (!/^[0-9A-Fa-f]{6}/.test(hex)) return decline(`temafärg ${hex}`);
  const hsl = rgbToHsl(hexToRgb(hex));
  if (tint < 0) hsl[2] = hsl[2] * (1 + tint);
  else hsl[2] = 1 - (1 - hsl[2]) * (1 - tint);
  return hslToRgb(hsl)
    .map((c) => Math.min(255, Math.max(0, c)).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/**
 * The fill a cell shows, per fill index: the fgColor of a patterned fill, a
 * theme colour resolved to `rgb` the way SheetJS resolves it when it formats
 * a cell (theme 0 is left alone, like SheetJS does), or null.
 */
export function cellFills(styles: Styles, scheme: SchemeColour[] | null): (FillColor | null)[] {
  return (styles.fills ?? []).map((fill) => {
    const colour = fill.fgColor;
    if (colour && colour.theme && !colour.rgb && scheme) {
      const entry = scheme[colour.theme];
      if (entry) {
        if (entry.rgb === undefined) decline('temafärg utan värde');
        colour.rgb = tintHex(entry.rgb, colour.tint || 0);
      }
    }
    return fill.patternType && fill.patternType !== 'none' && colour ? colour : null;
  });
}
