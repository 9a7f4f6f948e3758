import type { Status } from '../model/observations';
import { cellAddress, parseCellAddress } from '../util/cell-address';
import { builtinMissingStatus } from './cell-value';
import type { RawValue, SheetGrid } from './sheet-grid';
import { textAt } from './sheet-grid';
import { cleanText, matchKey } from '../util/text-normalize';

/**
 * The file's own legend (teckenförklaring) for missing values: "– = uppgift
 * saknas", ".. = uppgift för liten för att redovisas", "Uppgift saknas =
 * kommunen har inte besvarat enkäten". Where a file explains its codes, its
 * words win over the built-in table in cell-value.ts.
 */
export type LegendEntry = Readonly<{
  /** The code as written in the legend ("–", "..", "Uppgift saknas"; "" for an empty cell). */
  code: string;
  meaning: string;
  status: Status;
  sheet: string;
  cell: string;
}>;

export type MissingCode = Readonly<{ code: string; status: Status; source: 'legend' | 'builtin' }>;

/** What an observation needs for its status to be re-read. */
export type StatusedObservation = Readonly<{
  sheet: string | null;
  cell: string | null;
  status: Status;
  valueNum: number | null;
  valueText: string | null;
}>;

/** The meaning of a code, in the words Socialstyrelsen and kommuner use, → our status. Order matters. */
const MEANINGS: readonly (readonly [RegExp, Status])[] = [
  [
    /ej tillämplig|inte tillämplig|ej aktuell|inte aktuell|ej relevant|inte relevant|finns (inte|ej) i kommunen|saknar (sådan |denna )?verksamhet|bedriver (inte|ej)|gäller (inte|ej)/,
    'ej_tillampligt',
  ],
  [
    /sekretess|för (liten|litet|få|lågt)|färre än|röja|röjande|identifiera|skydd|prickad|undertryck|integritet|små tal|litet underlag/,
    'sekretess',
  ],
  [
    /(inte|ej) (har )?(besvarat|svarat|inkommit|rapporterat|inrapporterat|lämnat|deltagit)|bortfall|inget svar|svar saknas|besvarades (inte|ej)|ej inrapporterad|inte inrapporterad/,
    'bortfall',
  ],
  [
    /publiceras (inte|ej)|(ej|inte) publicerad|redovisas (inte|ej)|visas (inte|ej)|(ej|inte) redovisad/,
    'ej_publicerat',
  ],
  [
    /saknas|finns (inte|ej)|ingen uppgift|(inte|ej) tillgänglig|okänd|kan (inte|ej) beräknas/,
    'saknas',
  ],
];

/** What a legend's explanation says about a value, or null when it says nothing we know. */
export function statusForMeaning(meaning: string): Status | null {
  const t = matchKey(meaning);
  return MEANINGS.find(([re]) => re.test(t))?.[1] ?? null;
}

const EMPTY_CELL_WORDS =
  /^\(?(tom|tomt|tom cell|tomma celler|tomma rutor|tom ruta|blank|blankt|blank cell|blanka celler)\)?$/;
const SYMBOL = /^[.\-–—…x×*()]{1,3}$/;
const DASHES = ['-', '–', '—'];
const LEGEND_HEADING =
  /^(teckenförklaring|teckenförklaringar|förklaring(ar)? till (tecken|symboler)|symboler|symbolförklaring|legend)\b/;

/** The code as a lookup key: clean, lowercase, unquoted; "" for a legend line about empty cells. */
export function codeKey(code: string): string {
  // Not matchKey: it folds "--" into "-", and those are different codes.
  const t = cleanText(code)
    .toLowerCase()
    .replace(/^["'”“’‘«»]+|["'”“’‘«»]+$/g, '')
    .trim();
  return EMPTY_CELL_WORDS.test(t) ? '' : t;
}

function plausibleCode(code: string): boolean {
  const key = codeKey(code);
  if (key === '') return true;
  if (code.length > 40 || /\d/.test(code)) return false;
  // A word code must be short text ("Uppgift saknas", "Ej aktuellt"), not a sentence.
  return SYMBOL.test(key) || builtinMissingStatus(key) !== null || key.split(' ').length <= 4;
}

/** "code = meaning" lines in one cell, several may share it (";", line breaks, or ", " before the next "code ="). */
function entriesInText(raw: string): (readonly [string, string])[] {
  const out: (readonly [string, string])[] = [];
  const text = raw.replace(/^\s*(teckenförklaring|förklaring|symboler)\s*:?\s*/i, '');
  for (const line of text.split(/[\n;]+|,\s*(?=[^,=\s]{1,3}\s*=)/)) {
    const part = cleanText(line);
    const eq = /^(.{1,40}?)\s*=\s*(.{3,200})$/.exec(part);
    if (eq) {
      out.push([eq[1]!, eq[2]!]);
      continue;
    }
    // ".. : för få svar" or "x – sekretess" only for symbol codes: prose is full of colons and dashes.
    const symbol =
      /^(\S{1,3})\s*[:]\s*(.{3,200})$/.exec(part) ?? /^(\S{1,3})\s+[–—-]\s+(.{3,200})$/.exec(part);
    if (symbol && SYMBOL.test(symbol[1]!.toLowerCase())) out.push([symbol[1]!, symbol[2]!]);
  }
  return out;
}

const HEADING_START = /^\s*(teckenförklaring|förklaring|symbol|legend)/i;

/** Every legend line in the workbook: "code = meaning" in one cell, or code and meaning side by side under a legend heading. */
export function findLegend(sheets: readonly SheetGrid[]): LegendEntry[] {
  const out: LegendEntry[] = [];
  const add = (code: string, meaning: string, sheet: SheetGrid, row: number, col: number) => {
    const status = statusForMeaning(meaning);
    if (status && plausibleCode(code))
      out.push({
        code: cleanText(code),
        meaning: cleanText(meaning),
        status,
        sheet: sheet.name,
        cell: cellAddress(row, col),
      });
  };
  for (const sheet of sheets) {
    // A sheet named for its legend, or the ten rows below a "Teckenförklaring" heading, may hold code and meaning side by side.
    const wholeSheet = LEGEND_HEADING.test(matchKey(sheet.name));
    let tableUntil = -1;
    // One pass, cheap tests first: this runs over every cell of every sheet.
    for (let r = 0; r < sheet.rowCount; r++) {
      const inTable = wholeSheet || r <= tableUntil;
      for (let c = 0; c < sheet.colCount; c++) {
        const v = sheet.cell(r, c)?.v;
        if (typeof v !== 'string' || v.length > 600) continue;
        if (v.length < 40 && HEADING_START.test(v) && LEGEND_HEADING.test(matchKey(v)))
          tableUntil = r + 10;
        const inText = /[=:;\n]|\s[–—-]\s/.test(v) ? entriesInText(v) : [];
        for (const [code, meaning] of inText) add(code, meaning, sheet, r, c);
        if (inText.length > 0 || !inTable) continue;
        // Side by side: "..", "Uppgift för liten för att redovisas".
        const code = cleanText(v);
        if (code.length > 40) continue;
        for (let m = c + 1; m <= c + 2 && m < sheet.colCount; m++) {
          const meaning = textAt(sheet, r, m);
          if (meaning) {
            add(code, meaning, sheet, r, c);
            break;
          }
        }
      }
    }
  }
  return out;
}

/** Code key → status, first legend line wins; a dash explained in the legend covers the other dashes unless they have their own line. */
export function legendMap(legend: readonly LegendEntry[]): Map<string, Status> {
  const map = new Map<string, Status>();
  for (const e of legend) if (!map.has(codeKey(e.code))) map.set(codeKey(e.code), e.status);
  const dash = DASHES.find((d) => map.has(d));
  if (dash) for (const d of DASHES) if (!map.has(d)) map.set(d, map.get(dash)!);
  return map;
}

export type LegendResult<T> = Readonly<{
  observations: T[];
  missingCodes: MissingCode[];
  /** How many observations got another status than the built-in table gave them. */
  changed: number;
}>;

/**
 * Re-read the status of parsed observations from the raw cells they came
 * from, with the file's legend first and the built-in table otherwise. Pure:
 * returns new observations (unchanged ones are the same objects).
 */
export function applyLegend<T extends StatusedObservation>(
  observations: readonly T[],
  sheets: readonly SheetGrid[],
  legend: readonly LegendEntry[] = findLegend(sheets),
): LegendResult<T> {
  const map = legendMap(legend);
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const builtinSeen = new Map<string, MissingCode>();
  let changed = 0;
  const rawOf = (o: T): RawValue | undefined => {
    const sheet = o.sheet === null ? undefined : bySheet.get(o.sheet);
    const pos = o.cell === null ? null : parseCellAddress(o.cell);
    return sheet && pos ? (sheet.cell(pos[0], pos[1])?.v ?? null) : undefined;
  };
  const out = observations.map((o) => {
    // Numbers are values; only texts and empty cells can be codes.
    if (o.status === 'ok' && (o.valueText === null || o.valueNum !== null)) return o;
    const raw = rawOf(o);
    if (raw === undefined || typeof raw === 'number' || typeof raw === 'boolean') return o;
    const text = raw === null ? '' : cleanText(raw);
    const key = text === '' ? '' : codeKey(text);
    const status = map.get(key);
    if (status === undefined) {
      const builtin = key === '' ? null : builtinMissingStatus(key);
      if (builtin && !builtinSeen.has(key))
        builtinSeen.set(key, { code: text, status: builtin, source: 'builtin' });
      return o;
    }
    if (status === o.status && o.valueNum === null && o.valueText === null) return o;
    changed += 1;
    return { ...o, status, valueNum: null, valueText: null };
  });
  const fromLegend = new Map<string, MissingCode>();
  for (const e of legend)
    if (!fromLegend.has(codeKey(e.code)))
      fromLegend.set(codeKey(e.code), {
        code: e.code,
        status: map.get(codeKey(e.code))!,
        source: 'legend',
      });
  return {
    observations: out,
    missingCodes: [
      ...fromLegend.values(),
      ...[...builtinSeen.values()].filter((b) => !map.has(codeKey(b.code))),
    ],
    changed,
  };
}
