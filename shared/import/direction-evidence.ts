import type { Direction } from '../model/indicators';
import { parseCellAddress } from '../util/cell-address';
import type { OfficialClass } from '../model/observations';
import { diagnostic } from './diagnostic';
import type { Diagnostic, FoundIndicator, FoundObservation } from './import-batch';
import { directionPhrase, parseDirection } from './indicator-kind';
import { textAt, type SheetGrid } from './sheet-grid';
import { matchKey } from '../util/text-normalize';

/**
 * Direction from the file's own evidence: what it says (a description sheet,
 * a "Högt värde är bra" cell by the title, the title or definition itself)
 * and what its colours show (green values below red ones → lower is better).
 * A direction the file neither says nor shows is never invented.
 */
export type DirectionEvidence = Readonly<{
  direction: Direction;
  reason: string;
  /** The cell text, when it came from a cell by the title. */ text?: string;
}>;

/** How many green–red pairs colour evidence needs, and which share of them must agree. */
export const COLOUR_MIN_PAIRS = 10;
export const COLOUR_MIN_PER_CLASS = 2;
export const COLOUR_AGREEMENT = 0.9;

const DESCRIPTION_REASON = 'enligt filens indikatorbeskrivning';
const WORD: Readonly<Record<OfficialClass, [string, string]>> = {
  gron: ['gröna', 'grön'],
  gul: ['gula', 'gul'],
  rod: ['röda', 'röd'],
};

const percent = (share: number): string => `${Math.floor(share * 100)} %`;
const count = (n: number): string => n.toLocaleString('sv-SE');

/** Values of `a` below / above values of `b`, over all pairs (ties count for neither). */
function pairOrder(a: readonly number[], b: readonly number[]): { below: number; above: number } {
  const sorted = [...b].sort((x, y) => x - y);
  const firstAtLeast = (x: number, strict: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? sorted[mid]! <= x : sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let below = 0;
  let above = 0;
  for (const x of a) {
    below += sorted.length - firstAtLeast(x, true);
    above += firstAtLeast(x, false);
  }
  return { below, above };
}

export type ColourOrder = Readonly<{
  /** The direction the colours show, or null when they show none clearly. */
  direction: Direction | null;
  /** The classes compared, better first ("gron", "rod"). */
  better: OfficialClass;
  worse: OfficialClass;
  pairs: number;
  /** Share of pairs in which the better colour has the lower value. */
  betterLowerShare: number;
  reason: string;
}>;

/**
 * How Socialstyrelsen's colours order one indicator's values. Green against
 * red when there are enough of both, otherwise the two best-populated classes.
 * Returns null when the indicator has too few coloured values to say anything.
 */
export function colourOrder(
  values: readonly Readonly<{ valueNum: number | null; officialClass: OfficialClass | null }>[],
): ColourOrder | null {
  const byClass: Record<OfficialClass, number[]> = { gron: [], gul: [], rod: [] };
  for (const v of values)
    if (v.officialClass && v.valueNum !== null && Number.isFinite(v.valueNum))
      byClass[v.officialClass].push(v.valueNum);
  const enough = (c: OfficialClass) => byClass[c].length >= COLOUR_MIN_PER_CLASS;
  const candidates: [OfficialClass, OfficialClass][] = [
    ['gron', 'rod'],
    ['gron', 'gul'],
    ['gul', 'rod'],
  ];
  const pair = candidates.find(
    ([b, w]) => enough(b) && enough(w) && byClass[b].length * byClass[w].length >= COLOUR_MIN_PAIRS,
  );
  if (!pair) return null;
  const [better, worse] = pair;
  const { below, above } = pairOrder(byClass[better], byClass[worse]);
  const pairs = below + above;
  if (pairs < COLOUR_MIN_PAIRS) return null;
  const share = below / pairs;
  const lowerBetter = share >= COLOUR_AGREEMENT;
  const higherBetter = 1 - share >= COLOUR_AGREEMENT;
  const direction: Direction | null = lowerBetter
    ? 'lower_better'
    : higherBetter
      ? 'higher_better'
      : null;
  const [betterWord, worseWord] = [WORD[better][0], WORD[worse][0]];
  const agreeing = direction === 'higher_better' ? 1 - share : share;
  const word = direction === 'higher_better' ? 'högre' : 'lägre';
  const reason = direction
    ? `${betterWord} värden ${word} än ${worseWord} i ${percent(agreeing)} av paren (${count(pairs)} par)`
    : `färgerna ger ingen tydlig riktning: ${betterWord} värden lägre än ${worseWord} i ${percent(share)} av paren (${count(pairs)} par)`;
  return { direction, better, worse, pairs, betterLowerShare: share, reason };
}

const columnName = (col: number): string => {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
};

const DIRECTION_LABEL = /riktning|högt.{0,12}lågt|högt värde|lågt värde|önskvärt|tolkning/;

/**
 * A direction written in the indicator's own column near its title: a cell
 * "Högt värde är bra" above or below it, or a short "Högt"/"Lågt" in a row
 * labelled "Önskvärd riktning" / "Högt eller lågt värde är bra".
 */
export function directionNearTitle(
  sheet: SheetGrid,
  titleCell: string,
  labels: Map<number, number> = new Map(),
): DirectionEvidence | null {
  // The first column of a row holding a direction label, once per row (wide sheets have thousands of columns).
  const labelColumn = (row: number): number => {
    let found = labels.get(row);
    if (found === undefined) {
      found = Number.POSITIVE_INFINITY;
      for (let c = 0; c < Math.min(sheet.colCount, 5000); c++) {
        const t = textAt(sheet, row, c);
        if (t !== null && t.length < 80 && DIRECTION_LABEL.test(matchKey(t))) {
          found = c;
          break;
        }
      }
      labels.set(row, found);
    }
    return found;
  };
  const pos = parseCellAddress(titleCell);
  if (!pos) return null;
  const [titleRow, col] = pos;
  for (let r = Math.max(0, titleRow - 4); r <= Math.min(sheet.rowCount - 1, titleRow + 3); r++) {
    if (r === titleRow) continue;
    const text = textAt(sheet, r, col);
    if (!text || text.length > 200) continue;
    let direction = directionPhrase(text);
    if (!direction) {
      direction = labelColumn(r) < col ? parseDirection(text) : null;
    }
    if (direction)
      return { direction, reason: `enligt filen: ”${text}” (${columnName(col)}${r + 1})`, text };
  }
  return null;
}

/** A direction stated in the indicator's title, group heading or definition. */
export function directionInTexts(
  indicator: Pick<FoundIndicator, 'title' | 'titleOriginal' | 'groupHeading' | 'description'>,
): DirectionEvidence | null {
  const texts: [string, string | null][] = [
    ['titeln', indicator.titleOriginal || indicator.title],
    ['gruppens rubrik', indicator.groupHeading],
    ['definitionen', indicator.description],
  ];
  for (const [where, text] of texts) {
    const direction = directionPhrase(text);
    if (direction) return { direction, reason: `enligt ${where} i filen` };
  }
  return null;
}

const ASSUMED = /^antaget/;

/** A header row saying "Högt värde är bra" is not part of the indicator's name: take it out of a title joined from header rows. */
function withoutDirectionWords(indicator: FoundIndicator, text: string): void {
  const strip = (title: string) => {
    for (const sep of [' – ', ' - ', ', ', ' ']) {
      if (title.startsWith(`${text}${sep}`)) return title.slice(text.length + sep.length);
      if (title.endsWith(`${sep}${text}`)) return title.slice(0, -(text.length + sep.length));
    }
    return title;
  };
  indicator.title = strip(indicator.title);
  indicator.titleOriginal = strip(indicator.titleOriginal);
  if (indicator.groupHeading === text) indicator.groupHeading = null;
}

/**
 * Give every indicator the direction its file says or shows. Order: the
 * description sheet (already applied), words by the title or in the title and
 * definition, then the colours. A background measure keeps `none`. Returns
 * warnings where the colours contradict what the file says.
 */
export function applyDirectionEvidence(
  indicators: FoundIndicator[],
  observations: readonly FoundObservation[],
  sheets: readonly SheetGrid[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const labelRows = new Map(sheets.map((s) => [s.name, new Map<number, number>()]));
  const valuesOf = new Map<string, FoundObservation[]>();
  for (const o of observations) {
    if (!o.officialClass) continue;
    const list = valuesOf.get(o.indicatorKey);
    if (list) list.push(o);
    else valuesOf.set(o.indicatorKey, [o]);
  }
  for (const indicator of indicators) {
    if (indicator.backgroundReason) continue;
    const colours = colourOrder(valuesOf.get(indicator.key) ?? []);
    const fromDescription = indicator.directionReason === DESCRIPTION_REASON;
    const sheet = bySheet.get(indicator.sheet);
    const stated = fromDescription
      ? { direction: indicator.direction, reason: DESCRIPTION_REASON }
      : ((sheet ? directionNearTitle(sheet, indicator.cell, labelRows.get(sheet.name)) : null) ??
        directionInTexts(indicator));
    if (stated) {
      if ('text' in stated && stated.text) withoutDirectionWords(indicator, stated.text);
      indicator.direction = stated.direction;
      indicator.directionReason = stated.reason;
      if (
        colours?.direction &&
        stated.direction !== 'none' &&
        colours.direction !== stated.direction
      ) {
        // The Swedish message quotes the colours' own reason; other languages the share and pairs.
        const agreeing =
          colours.direction === 'higher_better'
            ? 1 - colours.betterLowerShare
            : colours.betterLowerShare;
        diagnostics.push(
          diagnostic({
            severity: 'warning',
            sheet: indicator.sheet,
            cell: indicator.cell,
            code:
              stated.direction === 'higher_better'
                ? 'direction_colours_disagree_high'
                : 'direction_colours_disagree_low',
            params: {
              title: indicator.title,
              reason: colours.reason,
              share: Math.floor(agreeing * 100),
              pairs: colours.pairs,
            },
          }),
        );
      }
      continue;
    }
    if (colours?.direction) {
      indicator.direction = colours.direction;
      indicator.directionReason = `enligt filens färger: ${colours.reason}`;
    } else if (colours) {
      // The colours were there but did not order the values: say so rather than stay silent.
      indicator.directionReason = ASSUMED.test(indicator.directionReason)
        ? `${indicator.directionReason}; ${colours.reason}`
        : colours.reason;
    }
  }
  return diagnostics;
}
