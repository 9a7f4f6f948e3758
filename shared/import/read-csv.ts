import Papa from 'papaparse';
import { ImportError } from './import-error';
import { IMPORT_LIMITS } from './import-limits';
import type { GridCell, SheetGrid, WorkbookGrid } from './sheet-grid';

/**
 * UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise
 * Windows-1252 (Excel's "CSV" on Swedish Windows). A file edited in two
 * programs can mix both: then each line is decoded on its own.
 */
export function decodeText(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'windows-1252' | 'mixed';
} {
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const cp1252 = new TextDecoder('windows-1252');
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    const lines: string[] = [];
    let utf8Lines = 0;
    let start = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i < body.length && body[i] !== 0x0a) continue;
      const line = body.subarray(start, i);
      try {
        lines.push(utf8.decode(line));
        if (line.some((b) => b >= 0x80)) utf8Lines++;
      } catch {
        lines.push(cp1252.decode(line));
      }
      start = i + 1;
    }
    return { text: lines.join('\n'), encoding: utf8Lines > 0 ? 'mixed' : 'windows-1252' };
  }
}

/**
 * The delimiter the header line uses most (outside quotes); Papa's own guess
 * fails on short files ("Kod;Värde" with two rows reads as one column).
 */
function headerDelimiter(text: string): string | null {
  const line =
    text
      .slice(0, 4096)
      .split(/\r?\n/)
      .find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t' || ch === '|'))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [ch, n] of counts) if (!best || n > counts.get(best)!) best = ch;
  return best;
}

/**
 * CSV exports (Statistikdatabasen, Kolada "exportera", hand-made lists) →
 * one grid, so the same layout detection reads them as it reads workbooks.
 * Delimiter is detected (; , tab |); every value stays text and is parsed
 * like a cell (decimal comma, NBSP, missing codes).
 */
export function readCsv(fileName: string, bytes: Uint8Array): WorkbookGrid {
  const { text } = decodeText(bytes);
  if (text.includes('\u0000')) {
    throw new ImportError(
      'import.not_text',
      `Filen ${fileName} innehåller binära tecken (NUL) och är ingen textfil (CSV).`,
      fileName,
    );
  }
  const delimiter = headerDelimiter(text);
  const parsed = Papa.parse<string[]>(
    text,
    delimiter
      ? { delimiter, skipEmptyLines: false }
      : { delimitersToGuess: [';', ',', '\t', '|'], skipEmptyLines: false },
  );
  const rows = parsed.data;
  const colCount = rows.reduce((max, r) => Math.max(max, r.length), 0);
  if (rows.length * colCount > IMPORT_LIMITS.maxCellsPerSheet) {
    throw new ImportError(
      'import.too_many_cells',
      `Filen ${fileName} har fler än ${IMPORT_LIMITS.maxCellsPerSheet.toLocaleString('sv-SE')} celler och läses inte in.`,
      fileName,
    );
  }
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed) {
    throw new ImportError(
      'import.unclosed_quote',
      `Filen ${fileName} har ett citattecken som aldrig avslutas (rad ${(unclosed.row ?? 0) + 1}).`,
      fileName,
      null,
      `A${(unclosed.row ?? 0) + 1}`,
    );
  }
  const cells: (GridCell | undefined)[][] = rows.map((r) =>
    r.map((v) => {
      const trimmed = v
        .replace(/(\d)\u00ad(\d)/g, '$1-$2')
        .replace(/\u00ad/g, '')
        .trim();
      return trimmed === '' ? undefined : { v: trimmed, fill: null };
    }),
  );
  const sheet: SheetGrid = {
    name: fileName.replace(/\.(csv|txt)$/i, ''),
    rowCount: rows.length,
    colCount,
    cell: (row, col) => cells[row]?.[col],
    merges: [],
  };
  return { sheets: [sheet], theme: null };
}
