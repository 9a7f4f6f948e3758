/**
 * Cells that a spreadsheet would run as a formula (= + - @, and tab/CR that
 * some readers strip first) are prefixed with an apostrophe. Numbers are
 * written as numbers, so "-5" from a number column is never touched.
 */
export function escapeFormulaText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: unknown, separator: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  const text = escapeFormulaText(String(value));
  return text.includes(separator) || /["\r\n]/.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, unknown>>[],
  separator = ',',
): string {
  const lines = [columns.map((c) => csvField(c, separator)).join(separator)];
  for (const row of rows)
    lines.push(columns.map((c) => csvField(row[c], separator)).join(separator));
  return lines.join('\r\n') + '\r\n';
}
