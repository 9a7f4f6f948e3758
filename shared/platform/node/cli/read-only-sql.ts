/**
 * The CLI's `sql` command is for looking, not changing: the workspace file is
 * never written back, and statements that are not queries are refused so a
 * user is not misled into thinking an UPDATE was saved.
 */
const READ_ONLY_START =
  /^(select|with|from|describe|show|summarize|explain|values|table|pivot|unpivot)\b/i;
const FORBIDDEN =
  /\b(insert|update|delete|create|drop|alter|attach|detach|copy|export|import|install|load|set|pragma|call|checkpoint|vacuum)\b/i;

function withoutCommentsAndStrings(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/"(?:[^"]|"")*"/g, '""');
}

export function isReadOnlySql(sql: string): boolean {
  const code = withoutCommentsAndStrings(sql).trim().replace(/;\s*$/, '');
  if (code.includes(';')) return false; // one statement only
  return READ_ONLY_START.test(code) && !FORBIDDEN.test(code);
}
