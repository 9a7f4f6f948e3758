import { toCsv } from '../../../report/csv';

export type OutputFormat = 'table' | 'json' | 'csv';

export function formatRows(
  rows: readonly Readonly<Record<string, unknown>>[],
  format: OutputFormat,
  rowsLabel: string,
): string {
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  if (format === 'json') return JSON.stringify(rows, jsonSafe, 2) + '\n';
  if (format === 'csv') return toCsv(columns, rows);
  const cells = rows.map((r) => columns.map((c) => displayCell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join(' │ ')
      .trimEnd();
  return [
    line(columns),
    widths.map((w) => '─'.repeat(w)).join('─┼─'),
    ...cells.map(line),
    `(${rowsLabel})`,
    '',
  ].join('\n');
}

function displayCell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'object') return JSON.stringify(value, jsonSafe);
  if (typeof value === 'number' && !Number.isInteger(value))
    return String(Number(value.toPrecision(12)));
  return String(value);
}

function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
