import { cleanText, matchKey } from './text-normalize';

/** Area words as they appear in ÖJ titles and file names (order matters: specific first). */
const AREA_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/trygghet och säkerhet|personskador/, 'trygghet_och_sakerhet'],
  [/äldre|aldreomsorg|hemtjänst|särskilt boende/, 'aldreomsorg'],
  [/missbruk|beroende/, 'missbruk'],
  [/barn och unga|barn- och ungdoms|barn-och-unga|barnavård/, 'barn_och_unga'],
  [/funktionsnedsättning|funktionsnedsattning|\blss\b/, 'funktionsnedsattning'],
  [/ekonomiskt bistånd|ekonomiskt-bistand|ekonomiskt_bistand|försörjningsstöd/, 'ekonomiskt_bistand'],
  [/brottsoffer|våld i nära|valdsutsatta/, 'brottsoffer'],
  [/hemlöshet|hemloshet|bostadsmarknaden/, 'hemloshet'],
];

export type PublicationGuess = Readonly<{ area: string | null; year: number | null; title: string | null }>;

/** Area and year from title cells, sheet names and the file name — the user can correct both. */
export function guessPublication(fileName: string, texts: readonly string[]): PublicationGuess {
  const title = texts.map(cleanText).find((t) => /öppna jämförelser|kolada|statistik|tabell/i.test(t)) ?? texts[0] ?? null;
  // The file name and the first title only: words deep in a statistics workbook's notes say nothing about the area.
  const haystacks = [matchKey(fileName.replace(/[_]+/g, ' ')), ...texts.slice(0, 2).map(matchKey), ...(texts.filter((t) => /öppna jämförelser/i.test(t)).map(matchKey))];
  let area: string | null = null;
  for (const h of haystacks) {
    const found = AREA_PATTERNS.find(([re]) => re.test(h));
    if (found) {
      area = found[1];
      break;
    }
  }
  // Titles first; in a file name the last year is the data year ("2024-5-9102-tables_tandhalsa2023").
  const ojTitle = texts.find((t) => /öppna jämförelser/i.test(t));
  let year = ojTitle ? yearInText(ojTitle) : null;
  year ??= yearInText(fileName.replace(/[_]+/g, ' '));
  for (const t of texts) {
    if (year !== null) break;
    year = yearInText(t);
  }
  return { area, year, title: title ? cleanText(title) : null };
}

export function isYearLike(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return /^(19[89]\d|20[0-9]\d)$/.test(text) ? Number(text) : null;
}

/** The last plausible data year written in a title ("…, 2023"). */
export function yearInText(text: string): number | null {
  const all = [...text.matchAll(/(?:^|[^\d])(20[0-4]\d|199\d)(?=[^\d]|$)/g)];
  return all.length > 0 ? Number(all[all.length - 1]![1]) : null;
}
