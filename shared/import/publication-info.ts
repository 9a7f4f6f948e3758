import { areaLabel } from '../model/areas';
import { cleanText } from '../util/text-normalize';
import type { ReasonWords } from '../i18n/import-reason-text';

/**
 * Area words as they appear in ÖJ titles, file names, sheet names and indicator
 * (or Kolada KPI) titles, matched without diacritics. Order matters: specific
 * first ("fallolyckor bland äldre" is trygghet och säkerhet, not äldreomsorg).
 */
const AREA_WORDS: readonly (readonly [string, string, RegExp])[] = [
  ['trygghet_och_sakerhet', 'trygghet och säkerhet', /trygghet (och|&) sakerhet/],
  ['trygghet_och_sakerhet', 'personskador', /personskador/],
  ['ekonomiskt_bistand', 'ekonomiskt bistånd', /ekonomiskt bistand/],
  ['ekonomiskt_bistand', 'försörjningsstöd', /forsorjningsstod/],
  ['ekonomiskt_bistand', 'biståndsmottagare', /bistandsmottagare/],
  ['brottsoffer', 'våld i nära relationer', /vald i nara relation/],
  ['brottsoffer', 'brottsoffer', /brottsoffer/],
  ['brottsoffer', 'våldsutsatta', /valdsutsatt/],
  ['hemloshet', 'hemlöshet', /hemloshet|\bhemlosa?\b/],
  ['hemloshet', 'bostadsmarknaden', /utestangning fran bostadsmarknaden|bostadsmarknaden/],
  ['barn_och_unga', 'placerade barn', /placerade barn/],
  ['barn_och_unga', 'BBIC', /\bbbic\b/],
  [
    'barn_och_unga',
    'barn och unga',
    /barn (och|&) unga|barn (och|&) ungdom|barnavard|barn och familj/,
  ],
  ['funktionsnedsattning', 'funktionsnedsättning', /funktionsnedsattning/],
  ['funktionsnedsattning', 'LSS', /\blss\b/],
  ['missbruk', 'missbruk', /missbruk/],
  ['missbruk', 'beroende', /\bberoende/],
  ['aldreomsorg', 'hemtjänst', /hemtjanst/],
  ['aldreomsorg', 'särskilt boende', /sarskil(t|da) boende/],
  ['aldreomsorg', 'äldreomsorg', /aldreomsorg/],
  // "äldre" alone, not an age band ("24 år och äldre", "65 år eller äldre", "äldre än 18 år").
  ['aldreomsorg', 'äldre', /(?<!\b(och|eller|ar|aren) )\baldre\b(?! an\b)/],
];

/** Lowercase, no diacritics, words separated by single spaces: "Trygghet_och-säkerhet" → "trygghet och sakerhet". */
export function foldText(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

function areaWord(text: string): readonly [string, string] | null {
  const folded = foldText(text);
  const found = AREA_WORDS.find(([, , re]) => re.test(folded));
  return found ? [found[0], found[1]] : null;
}

/** The area guessed and why: `reason` in Swedish, `words` for any language (reasonText). */
export type AreaGuess = Readonly<{ area: string | null; reason: string; words: ReasonWords }>;

const cut = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const quoted = (text: string, max = 70) => `”${cut(text, max)}”`;

/** Of the indicator titles, the area most of them name, when one clearly dominates. */
function areaFromVocabulary(titles: readonly string[]): AreaGuess | null {
  const distinct = [...new Map(titles.map((t) => [foldText(t), t])).values()];
  const byArea = new Map<string, string[]>();
  for (const title of distinct) {
    const found = areaWord(title);
    if (found) byArea.set(found[0], [...(byArea.get(found[0]) ?? []), title]);
  }
  if (byArea.size === 0) return null;
  const ranked = [...byArea.entries()].sort((a, b) => b[1].length - a[1].length);
  const matched = ranked.reduce((sum, [, list]) => sum + list.length, 0);
  const [bestArea, best] = ranked[0]!;
  const second = ranked[1]?.[1].length ?? 0;
  const dominates =
    best.length >= 2 * second &&
    best.length / matched >= 0.6 &&
    (best.length >= 2 || best.length / distinct.length >= 0.5);
  const label = (area: string) => areaLabel(area, 'sv').toLowerCase();
  if (!dominates) {
    const counts = ranked.map(([area, list]) => `${label(area)} ${list.length}`).join(', ');
    return {
      area: null,
      reason: `indikatorerna gäller flera områden (${counts}) utan att något dominerar — välj område`,
      words: {
        code: 'area.mixed',
        areas: ranked.map(([area, list]) => ({ area, count: list.length })),
      },
    };
  }
  const others = ranked.slice(1).map(([area, list]) => `${list.length} ${label(area)}`);
  const rest = distinct.length - matched;
  const tail = [...others, ...(rest > 0 ? [`${rest} nämner inget område`] : [])];
  return {
    area: bestArea,
    reason: `${best.length} av ${distinct.length} indikatorer gäller ${label(bestArea)} (t.ex. ${quoted(best[0]!)})${tail.length > 0 ? `; övriga: ${tail.join(', ')}` : ''}`,
    words: {
      code: 'area.vocabulary',
      params: {
        count: best.length,
        total: distinct.length,
        area: bestArea,
        example: cut(best[0]!),
        rest,
      },
      areas: ranked.slice(1).map(([area, list]) => ({ area, count: list.length })),
    },
  };
}

/**
 * The area of a file and why, from the file name, its title, its sheet names
 * and — when those say nothing — the words of its indicator titles. The user
 * can correct it.
 */
export function guessArea(
  fileName: string,
  texts: readonly string[],
  sheetNames: readonly string[] = [],
  indicatorTitles: readonly string[] = [],
): AreaGuess {
  const ojTitles = texts.filter((t) => /öppna jämförelser/i.test(t));
  // The file name and the first titles only: words deep in a statistics workbook's notes say nothing about the area.
  const sources: (readonly [string, string, string])[] = [
    ['filnamnet', 'fileName', fileName],
    ...texts.slice(0, 2).map((t) => ['titeln', 'title', t] as const),
    ...ojTitles.map((t) => ['titeln', 'title', t] as const),
    ...sheetNames.map((t) => ['bladnamnet', 'sheetName', t] as const),
  ];
  for (const [where, code, text] of sources) {
    const found = areaWord(text);
    if (found)
      return {
        area: found[0],
        reason: `${where} ${quoted(cleanText(text))} nämner ”${found[1]}”`,
        words: { code: `area.${code}`, params: { text: cut(cleanText(text)), word: found[1] } },
      };
  }
  return (
    areaFromVocabulary(indicatorTitles) ?? {
      area: null,
      reason: 'varken filnamn, titel, bladnamn eller indikatorer nämner ett känt område',
      words: { code: 'area.none' },
    }
  );
}

export type PublicationGuess = Readonly<{
  area: string | null;
  areaReason: string;
  year: number | null;
  title: string | null;
}>;

/** Area and year from title cells, sheet names and the file name — the user can correct both. */
export function guessPublication(fileName: string, texts: readonly string[]): PublicationGuess {
  const title =
    texts.map(cleanText).find((t) => /öppna jämförelser|kolada|statistik|tabell/i.test(t)) ??
    texts[0] ??
    null;
  const { area, reason: areaReason } = guessArea(fileName, texts);
  // Titles first; in a file name the last year is the data year ("2024-5-9102-tables_tandhalsa2023").
  const ojTitle = texts.find((t) => /öppna jämförelser/i.test(t));
  let year = ojTitle ? yearInText(ojTitle) : null;
  year ??= yearInText(fileName.replace(/[_]+/g, ' '));
  for (const t of texts) {
    if (year !== null) break;
    year = yearInText(t);
  }
  return { area, areaReason, year, title: title ? cleanText(title) : null };
}

export function isYearLike(value: unknown): number | null {
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^(19[89]\d|20[0-9]\d)$/.test(text) ? Number(text) : null;
}

/** The last plausible data year written in a title ("…, 2023"). */
export function yearInText(text: string): number | null {
  const all = [...text.matchAll(/(?:^|[^\d])(20[0-4]\d|199\d)(?=[^\d]|$)/g)];
  return all.length > 0 ? Number(all[all.length - 1]![1]) : null;
}
