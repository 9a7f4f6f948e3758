/**
 * One worksheet's XML → cells, used range and merges, in one pass over the
 * text with indexOf (no DOM, no regex per cell). Reads cells the way SheetJS
 * does with the options the importer uses (dense, cellStyles, no formulas, no
 * dates): cells without a value are absent, a formula's cached value is the
 * value, error cells have no value. Whatever is unusual is declined.
 */
import type { FillColor } from '../fill-class';
import type { GridCell, RawValue } from '../sheet-grid';
import { stringItem } from './workbook-parts';
import { decline, decodeRange, MAX_COL, MAX_ROW, tagAttrs, unescapeText } from './xml-text';

export type Merge = Readonly<{ r0: number; c0: number; r1: number; c1: number }>;

export type ScannedSheet = {
  rowCount: number;
  colCount: number;
  /** Sparse: rows[r][c]. */
  rows: GridCell[][];
  merges: Merge[];
  /** The r:id of a legacy drawing (VML), whose notes SheetJS turns into cells. */
  legacyDrawing: string | null;
};

/** What a cell's style means for the grid: its fill, and whether its number format shows per cent. */
export type CellStyle = Readonly<{ fill: FillColor | null; percent: boolean }>;

export type SheetContext = Readonly<{
  strings: readonly (string | undefined)[];
  /** The style of a cell by its s attribute (undefined without one). */
  style(s: string | undefined): CellStyle;
  /** The same for a canonical number s="12". */
  styleOfIndex(index: number): CellStyle;
}>;

const SPACE = 32;
const LF = 10;
const CR = 13;
const TAB = 9;
const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const EQUALS = 61;

const HYPERLINK = /<(?:\w+:)?hyperlink [^<>]*>/gm;
const MERGE = /<(?:\w+:)?mergeCell ref=["'][A-Z0-9:]+['"]\s*[/]?>/g;
const DIMENSION = /<(?:\w*:)?dimension/;
/** Hyperlinks over more cells than this are left to SheetJS (it makes a cell for each). */
const MAX_HYPERLINK_CELLS = 100_000;

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB;
}

/** A row tag's r as SheetJS keys attributes: quick for the usual `<row r="12" …>`, the full rules otherwise. */
function rowNumberOf(tag: string): string | undefined {
  if (tag.startsWith('<row r="')) {
    const end = tag.indexOf('"', 8);
    const rest = tag.slice(end + 1);
    if (end > 8 && !/r[=_]|R[=_]/.test(rest)) return tag.slice(8, end);
  }
  return tagAttrs(tag)['r'];
}

function parseBool(text: string): boolean {
  return text === '1' || text === 'true';
}

export function scanSheet(xml: string, part: string, ctx: SheetContext): ScannedSheet {
  if (xml === '') return decline(`${part}: tom`);
  if (xml.indexOf('<!') >= 0) decline(`${part}: kommentar, DOCTYPE eller CDATA`);

  let data1 = xml;
  let data2 = xml;
  let bodyStart = -1;
  let bodyEnd = -1;
  const open = /<(?:\w+:)?sheetData\b[^<>]*>/.exec(xml);
  if (open) {
    // The first </sheetData> (of any prefix) after it, as SheetJS finds it, by indexOf.
    const from = open.index + open[0].length;
    const name = xml.indexOf('sheetData>', from);
    if (name >= 0 && xml.lastIndexOf('<', name) >= from) {
      const closeAt = xml.lastIndexOf('<', name);
      const close = xml.slice(closeAt, name + 10);
      if (/^<\/(?:\w+:)?sheetData>$/.test(close)) {
        if (!open[0].startsWith('<sheetData') || close !== '</sheetData>')
          decline(`${part}: prefix`);
        data1 = xml.slice(0, open.index);
        data2 = xml.slice(name + 10);
        bodyStart = from;
        bodyEnd = closeAt;
      } else decline(`${part}: ovanligt slut på sheetData`);
    }
  }

  // The used range from <dimension>, read exactly as SheetJS reads it.
  let ref: { r: number; c: number } | null = null;
  const dim = DIMENSION.exec(data1);
  if (dim && dim.index > 0) {
    const window = data1.slice(dim.index, dim.index + 50);
    if (/[^\t\n\r -~]/.test(window)) decline(`${part}: dimension`);
    const quoted = /"(\w*:\w*)"/.exec(window);
    if (quoted) {
      const d = decodeRange(quoted[1]!);
      if (d.s.r <= d.e.r && d.s.c <= d.e.c && d.s.r >= 0 && d.s.c >= 0) ref = d.e;
    }
  }

  const rows: GridCell[][] = [];
  let guessRowMin = 2_000_000;
  let guessRowMax = 0;
  let guessColMin = 2_000_000;
  let guessColMax = 0;
  const seeRow = (r: number) => {
    if (r < guessRowMin) guessRowMin = r;
    if (r > guessRowMax) guessRowMax = r;
  };

  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++)
      if (!isSpace(xml.charCodeAt(k))) decline(`${part}: text mellan taggar`);
  };

  let p = bodyStart;
  let trailingEmptyRow = -1;
  while (bodyStart >= 0 && p < bodyEnd) {
    const lt = xml.indexOf('<', p);
    if (lt < 0 || lt >= bodyEnd) {
      blank(p, bodyEnd);
      break;
    }
    blank(p, lt);
    const after = xml.charCodeAt(lt + 4);
    if (
      !xml.startsWith('<row', lt) ||
      !(after === SPACE || after === GT || after === SLASH || after === LF || after === CR)
    )
      decline(`${part}: okänt element i sheetData`);
    const gt = xml.indexOf('>', lt);
    if (gt < 0 || gt > bodyEnd || xml.indexOf('<', lt + 1) < gt) decline(`${part}: trasig rad`);
    const rowTag = xml.slice(lt, gt + 1);
    if (rowTag.indexOf('\t') >= 0 || rowTag.indexOf("'") >= 0) decline(`${part}: ovanlig radtagg`);
    const r = rowNumberOf(rowTag);
    if (r === undefined || !/^[1-9]\d{0,6}$/.test(r)) decline(`${part}: rad utan nummer`);
    const rowNumber = Number(r);
    p = gt + 1;
    if (xml.charCodeAt(gt - 1) === SLASH) {
      // SheetJS counts an empty row only when it comes after the last row with content.
      trailingEmptyRow = rowNumber;
      continue;
    }
    trailingEmptyRow = -1;
    seeRow(rowNumber - 1);
    for (;;) {
      const c = xml.indexOf('<', p);
      if (c < 0 || c >= bodyEnd) decline(`${part}: rad utan slut`);
      blank(p, c);
      if (xml.startsWith('</row>', c)) {
        p = c + 6;
        break;
      }
      const next = xml.charCodeAt(c + 2);
      if (xml.charCodeAt(c + 1) !== 99 || !(next === SPACE || next === GT || next === SLASH))
        decline(`${part}: okänt element i rad`);
      p = scanCell(c);
    }
  }
  if (trailingEmptyRow > 0) seeRow(trailingEmptyRow - 1);

  /** Digits from..to (exclusive) as a number, or -1 when anything else is there (or nothing, or too many). */
  function digits(from: number, to: number): number {
    if (to <= from || to - from > 9) return -1;
    let n = 0;
    for (let k = from; k < to; k++) {
      const d = xml.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  function scanCell(start: number): number {
    let i = start + 2;
    let row = -1;
    let col = -1;
    let styleFrom = -1;
    let styleTo = -1;
    let type: string | undefined;
    let selfClosing = false;
    for (;;) {
      let ch = xml.charCodeAt(i);
      if (ch === GT) {
        i++;
        break;
      }
      if (ch === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) decline(`${part}: trasig cell`);
        selfClosing = true;
        i += 2;
        break;
      }
      if (ch !== SPACE && ch !== LF && ch !== CR) decline(`${part}: trasig cell`);
      while (ch === SPACE || ch === LF || ch === CR) ch = xml.charCodeAt(++i);
      if (ch === GT || ch === SLASH) continue;
      // Attribute names: r, s, t, cm, vm, ph (anything else is declined).
      const n0 = ch;
      const n1 = xml.charCodeAt(i + 1);
      let valueFrom: number;
      let which = 0;
      if (n1 === EQUALS && (n0 === 114 || n0 === 115 || n0 === 116)) {
        which = n0;
        valueFrom = i + 3;
      } else if (
        xml.charCodeAt(i + 2) === EQUALS &&
        ((n0 === 99 && n1 === 109) || (n0 === 118 && n1 === 109) || (n0 === 112 && n1 === 104))
      ) {
        valueFrom = i + 4;
      } else return decline(`${part}: cellattribut ${xml.slice(i, i + 12)}`);
      if (xml.charCodeAt(valueFrom - 1) !== QUOTE) decline(`${part}: trasig cell`);
      let k = valueFrom;
      for (;;) {
        const c = xml.charCodeAt(k);
        if (c === QUOTE) break;
        if (c === LT || c === GT || Number.isNaN(c)) decline(`${part}: trasig cell`);
        k++;
      }
      if (which === 114) {
        // r: A1-style, inside Excel's grid.
        let m = valueFrom;
        let letters = 0;
        for (; m < k; m++) {
          const c = xml.charCodeAt(m) - 64;
          if (c < 1 || c > 26) break;
          letters = letters * 26 + c;
        }
        const rowNumber = xml.charCodeAt(m) === 48 ? -1 : digits(m, k);
        if (
          m === valueFrom ||
          m - valueFrom > 3 ||
          rowNumber < 1 ||
          rowNumber - 1 > MAX_ROW ||
          letters - 1 > MAX_COL
        )
          decline(`${part}: cellreferens ${xml.slice(valueFrom, k)}`);
        row = rowNumber - 1;
        col = letters - 1;
      } else if (which === 115) {
        styleFrom = valueFrom;
        styleTo = k;
      } else if (which === 116) type = xml.slice(valueFrom, k);
      i = k + 1;
    }
    if (row < 0) decline(`${part}: cell utan referens`);

    let vFrom = -1;
    let vTo = -1;
    let inline: string | undefined;
    if (!selfClosing) {
      for (;;) {
        const a = xml.indexOf('<', i);
        if (a < 0 || a >= bodyEnd) decline(`${part}: cell utan slut`);
        if (a > i) blank(i, a);
        const n1 = xml.charCodeAt(a + 1);
        const n2 = xml.charCodeAt(a + 2);
        if (n1 === SLASH && n2 === 99 && xml.charCodeAt(a + 3) === GT) {
          i = a + 4;
          break;
        }
        if (n1 === 118 && n2 === GT) {
          // <v>…</v>, the usual case.
          if (vFrom >= 0) decline(`${part}: två <v>`);
          const end = xml.indexOf('<', a + 3);
          if (!xml.startsWith('</v>', end)) decline(`${part}: trasigt <v>`);
          vFrom = a + 3;
          vTo = end;
          i = end + 4;
          continue;
        }
        const gt = xml.indexOf('>', a);
        if (gt < 0 || xml.charCodeAt(gt - 1) === SLASH) {
          // <f …/> (a shared formula's follower) is fine; an empty <v/> or <is/> is not.
          if (n1 === 102 && (n2 === SPACE || n2 === SLASH) && gt > 0) {
            i = gt + 1;
            continue;
          }
          decline(`${part}: tomt element i cell`);
        }
        if (n1 === 118 && n2 === SPACE) {
          if (vFrom >= 0) decline(`${part}: två <v>`);
          const end = xml.indexOf('</v>', gt + 1);
          if (end < 0 || xml.indexOf('<', gt + 1) !== end) decline(`${part}: trasigt <v>`);
          vFrom = gt + 1;
          vTo = end;
          i = end + 4;
        } else if (n1 === 102 && (n2 === GT || n2 === SPACE)) {
          const end = xml.indexOf('</f>', gt + 1);
          if (end < 0 || xml.indexOf('<', gt + 1) !== end) decline(`${part}: trasig formel`);
          i = end + 4;
        } else if (
          n1 === 105 &&
          n2 === 115 &&
          (xml.charCodeAt(a + 3) === GT || xml.charCodeAt(a + 3) === SPACE)
        ) {
          if (inline !== undefined) decline(`${part}: två <is>`);
          const end = xml.indexOf('</is>', gt + 1);
          if (end < 0 || end > bodyEnd) decline(`${part}: trasig <is>`);
          inline = xml.slice(gt + 1, end);
          if (inline.indexOf('<is') >= 0 || inline.indexOf('</c>') >= 0)
            decline(`${part}: trasig <is>`);
          i = end + 5;
        } else decline(`${part}: okänt element i cell`);
      }
    }
    // An empty <v></v> is no value.
    const hasValue = vTo > vFrom;

    // SheetJS keeps a cell without a value as a stub (cellStyles turns sheetStubs on): no value, but its fill.
    const t = type === undefined && !hasValue ? 'z' : type || 'n';
    if (col < guessColMin) guessColMin = col;
    if (col > guessColMax) guessColMax = col;
    let v: RawValue;
    switch (t) {
      case 'z':
        v = null;
        break;
      case 'n': {
        if (!hasValue) {
          v = null;
          break;
        }
        let escaped = false;
        for (let k = vFrom; k < vTo; k++) {
          const c = xml.charCodeAt(k);
          if (c > 127) decline(`${part}: tal med tecken utanför ASCII`);
          if (c === 38 || c === 95) escaped = true;
        }
        const text = xml.slice(vFrom, vTo);
        v = parseFloat(escaped ? unescapeText(text, false) : text);
        break;
      }
      case 's': {
        if (!hasValue) {
          v = null;
          break;
        }
        let n = digits(vFrom, vTo);
        if (n < 0) {
          const index = unescapeText(xml.slice(vFrom, vTo), false);
          if (!/^\d{1,9}$/.test(index)) decline(`${part}: delad sträng ${index.slice(0, 12)}`);
          n = Number(index);
        }
        if (n >= ctx.strings.length) decline(`${part}: delad sträng ${n} saknas`);
        v = ctx.strings[n] ?? null;
        break;
      }
      case 'str': {
        if (!hasValue) {
          v = '';
          break;
        }
        const text = xml.slice(vFrom, vTo);
        // SheetJS unescapes a formula's text twice (the second time after UTF-8 decoding):
        // only the same when neither step makes a character outside ASCII.
        if (text.indexOf('&#') >= 0) decline(`${part}: teckenreferens i formeltext`);
        for (const m of text.matchAll(/_x([\da-fA-F]{4})_/gi))
          if (parseInt(m[1]!, 16) > 0x7f) decline(`${part}: _x-kod i formeltext`);
        v = unescapeText(unescapeText(text, false), true, true);
        break;
      }
      case 'inlineStr':
        v = inline === undefined ? '' : (stringItem(inline) ?? null);
        break;
      case 'b':
        v = hasValue ? parseBool(unescapeText(xml.slice(vFrom, vTo), false)) : false;
        break;
      case 'e':
        v = null;
        break;
      default:
        return decline(`${part}: celltyp ${t}`);
    }
    let style: CellStyle;
    if (styleFrom < 0) style = ctx.style(undefined);
    else {
      const n =
        xml.charCodeAt(styleFrom) === 48 && styleTo - styleFrom > 1
          ? -1
          : digits(styleFrom, styleTo);
      style = n >= 0 ? ctx.styleOfIndex(n) : ctx.style(xml.slice(styleFrom, styleTo));
    }
    const cells = (rows[row] ??= []);
    cells[col] =
      style.percent && typeof v === 'number'
        ? { v, fill: style.fill, percent: true }
        : { v, fill: style.fill };
    return i;
  }

  // Cells a hyperlink covers exist in SheetJS's sheet even when empty (no value, no fill).
  for (const m of data2.matchAll(HYPERLINK)) {
    const tag = m[0];
    if (/\t|\s=|=\s/.test(tag)) decline(`${part}: ovanlig länk`);
    const target = tagAttrs(tag)['ref'];
    if (!target) break;
    const range = decodeRange(target);
    if (range.s.r < 0 || range.s.c < 0 || range.e.r > MAX_ROW || range.e.c > MAX_COL)
      decline(`${part}: länk utanför bladet`);
    if ((range.e.r - range.s.r + 1) * (range.e.c - range.s.c + 1) > MAX_HYPERLINK_CELLS)
      decline(`${part}: länk över för många celler`);
    for (let r = range.s.r; r <= range.e.r; r++) {
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cells = (rows[r] ??= []);
        cells[c] ??= { v: null, fill: null };
      }
    }
  }

  const merges: Merge[] = [];
  for (const m of data2.matchAll(MERGE)) {
    const d = decodeRange(m[0].slice(m[0].indexOf('=') + 2));
    merges.push({ r0: d.s.r, c0: d.s.c, r1: d.e.r, c1: d.e.c });
  }

  const legacy = /legacyDrawing r:id="(.*?)"/.exec(data2);

  let rowCount = 0;
  let colCount = 0;
  if (ref) {
    rowCount = ref.r + 1;
    colCount = ref.c + 1;
  } else if (guessColMax >= guessColMin && guessRowMax >= guessRowMin) {
    rowCount = guessRowMax + 1;
    colCount = guessColMax + 1;
  }
  return { rowCount, colCount, rows, merges, legacyDrawing: legacy ? legacy[1]! : null };
}
