/** 0-based column index → Excel letters (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based row and column → "B7". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "B7" → [6, 1] (0-based row and column); null for anything else. */
export function parseCellAddress(cell: string): readonly [number, number] | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(cell);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}
