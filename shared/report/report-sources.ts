import { translate, type Lang } from '../i18n/i18n';
import type { ReportDocument, ReportSource } from './report-document';

/**
 * Sources are listed once per report, in a "Källor" section at the end, and
 * each part names the ones it uses with a short reference ("Källa 3",
 * "Källor 1–4, 7") instead of repeating every file name after every part
 * (issue 17: twenty file names four times in the PDF, 5 pt on every slide).
 */
/** How many hex digits of the sha256 the Källor section prints: enough to tell two downloads apart, short enough to read aloud. */
export const SHA256_SHORT = 12;

export type SourceEntry = Readonly<{
  number: number;
  /** "Källa 3" */
  label: string;
  fileName: string;
  publisher: string;
  year: string;
  sha256Short: string;
  /** The whole entry as one line: "Källa 3: fil.xlsx – Socialstyrelsen, 2024, sha256 1a2b3c4d5e6f". */
  text: string;
}>;

/** A source's row in the Källor table (its header is `texts.sourcesHeader`). */
export const sourceRowCells = (s: SourceEntry): string[] => [
  s.label,
  s.fileName,
  s.publisher,
  s.year,
  s.sha256Short,
];

/** The report's sources numbered in the order the report lists them (by file name). */
export function sourceEntries(sources: readonly ReportSource[], lang: Lang = 'sv'): SourceEntry[] {
  return sources.map((s, i) => {
    const number = i + 1;
    const publisher = s.publisher ?? translate(lang, 'reportBody.publisherUnknown');
    const year = s.year === null ? translate(lang, 'reportBody.yearUnknown') : String(s.year);
    const sha256Short = s.sha256.slice(0, SHA256_SHORT);
    const label = translate(lang, 'reportBody.source', { number });
    return {
      number,
      label,
      fileName: s.fileName,
      publisher,
      year,
      sha256Short,
      text: `${label}: ${s.fileName} – ${publisher}, ${year}, sha256 ${sha256Short}`,
    };
  });
}

/** "Källa 3", "Källor 1–3, 5"; '' when the part uses no source file. Runs of three or more become a range. */
export function sourceRefText(numbers: Iterable<number>, lang: Lang = 'sv'): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  if (sorted.length === 1) return translate(lang, 'reportBody.source', { number: sorted[0]! });
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const [from, to] = [sorted[i]!, sorted[j]!];
    if (j - i >= 2) parts.push(`${from}–${to}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return translate(lang, 'reportBody.sources', { numbers: parts.join(', ') });
}

/** The numbers of these source files in the report's Källor list (files the report does not list are left out). */
export function sourceNumbers(doc: ReportDocument, fileIds: Iterable<string | null>): number[] {
  const index = new Map(doc.sources.map((s, i) => [s.fileId, i + 1]));
  return [...new Set(fileIds)].flatMap((id) =>
    id !== null && index.has(id) ? [index.get(id)!] : [],
  );
}

/** The reference for the values behind a set of standings rows. */
export const refForRows = (
  doc: ReportDocument,
  rows: Iterable<Readonly<{ fileId: string | null }>>,
): string =>
  sourceRefText(
    sourceNumbers(
      doc,
      [...rows].map((r) => r.fileId),
    ),
    doc.lang,
  );

/** The full source text of the files behind a part, for presenter notes: every entry, then how the standings were made. */
export function fullSourceText(
  doc: ReportDocument,
  rows: Iterable<Readonly<{ fileId: string | null }>>,
): string {
  const wanted = new Set(
    sourceNumbers(
      doc,
      [...rows].map((r) => r.fileId),
    ),
  );
  const lines = sourceEntries(doc.sources, doc.lang)
    .filter((e) => wanted.has(e.number))
    .map((e) => e.text);
  return [...lines, doc.methodLine].join('\n');
}
