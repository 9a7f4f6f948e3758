import { diagnosticKindText, diagnosticText } from '../../../shared/i18n/diagnostic-text';
import type { Lang } from '../../../shared/i18n/i18n';
import type { StoredDiagnostic } from '../../../shared/import/import-batch';
import type { ImportReport } from '../../../shared/import/import-report';
import { counted, type Num, type T } from '../../../shared/i18n/unit-summary';

export { unitSummary } from '../../../shared/i18n/unit-summary';

/** "6 indikatorer × 1 år (2024)" from distinct series and years; the raw indicator count when the parser gave neither. */
export function seriesSummary(report: ImportReport, t: T, num: Num): string {
  const years = [...(report.years ?? [])].sort((a, b) => a - b);
  if (report.seriesCount === undefined)
    return counted(t, num, 'import.indicatorCount', report.indicators);
  const indicators = counted(t, num, 'import.indicatorCount', report.seriesCount);
  if (years.length === 0) return indicators;
  const span = years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
  return `${indicators} × ${counted(t, num, 'import.yearCount', years.length)} (${span})`;
}

/** Cells as a controller reads them: "Kommun!A5, A9, A13 …" — the sheet once, at most `max` cells. */
export function cellList(cells: readonly string[], max = 5): string {
  const shown = cells.slice(0, max).join(', ');
  return cells.length > max ? `${shown} …` : shown;
}

export type DiagnosticGroup = Readonly<{
  key: string;
  /** The message with its particulars left out, in the user's language: what kind of problem it is. */
  title: string;
  sheet: string | null;
  items: readonly StoredDiagnostic[];
  cells: readonly string[];
}>;

/**
 * The shape of a message: names in quotes, numbers and a leading unit name
 * left out, so "Okänd enhet "Xby" – …" and "Okänd enhet "Yby" – …" are one kind.
 */
export function messageKind(message: string): string {
  return message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/^Raden för .+? saknar/, 'Raden för … saknar')
    .replace(/^.+? förekommer två gånger/, '… förekommer två gånger')
    .replace(/\b[A-Z]{1,3}\d+\b/g, '…')
    .replace(/\d+([,.]\d+)?/g, '#');
}

/**
 * Diagnostics grouped by kind (across sheets: the same problem on ten sheets is
 * one line), each once — the same sheet, cell and message twice is one —
 * biggest group first. Cells carry their sheet when the group spans several.
 * The kind is told by code and the shape of the Swedish message, so the groups
 * are the same in every language; the titles are in `lang`.
 */
export function groupDiagnostics(
  items: readonly StoredDiagnostic[],
  lang: Lang = 'sv',
): DiagnosticGroup[] {
  const seen = new Set<string>();
  const groups = new Map<string, StoredDiagnostic[]>();
  for (const d of items) {
    const id = `${d.severity}\u0000${d.sheet ?? ''}\u0000${d.cell ?? ''}\u0000${d.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const kind = `${d.code ?? ''}\u0000${messageKind(d.message)}`;
    groups.set(kind, [...(groups.get(kind) ?? []), d]);
  }
  return [...groups.entries()]
    .map(([kind, list]) => {
      const sheets = new Set(list.map((d) => d.sheet));
      const sheet = sheets.size === 1 ? (list[0]!.sheet ?? null) : null;
      return {
        key: kind,
        // A kind seen once reads best as the message itself; warnings stored without a code by their Swedish shape.
        title:
          list.length === 1
            ? diagnosticText(list[0]!, lang)
            : (diagnosticKindText(list, lang) ?? messageKind(list[0]!.message)),
        sheet,
        items: list,
        cells: list.flatMap((d) => {
          const where =
            sheet === null && d.sheet ? (d.cell ? `${d.sheet}!${d.cell}` : d.sheet) : d.cell;
          return where ? [where] : [];
        }),
      };
    })
    .sort((a, b) => b.items.length - a.items.length);
}

/** "1 gång" / "12 gånger". */
export const timesText = (t: T, num: Num, count: number): string =>
  counted(t, num, 'import.groupCount', count);
