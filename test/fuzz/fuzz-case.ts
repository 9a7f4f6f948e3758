import type { Db } from '../../shared/db/db';
import { openNodeDb, type NodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { DATA_TABLES } from '../../shared/db/schema';
import { commitImport, removeSource } from '../../shared/import/commit-import';
import { ImportError } from '../../shared/import/import-error';
import { parseImportFile } from '../../shared/import/import-file';

/**
 * One fuzz case end to end, as the app does it: parse, and when the file is
 * accepted commit it to a real workspace, check every parsed value arrived
 * (no partial import), remove it again and check the workspace is exactly as
 * before. A refusal must be an ImportError and leave the workspace untouched.
 */
export type CaseOutcome =
  | Readonly<{ kind: 'imported'; observations: number }>
  | Readonly<{ kind: 'refused'; reason: string }>
  | Readonly<{ kind: 'crash'; stage: 'parse' | 'commit' | 'invariant'; message: string }>;

/** A fingerprint of every data table (row count and an order-independent digest), cheap enough to take per case. */
export async function workspaceFingerprint(db: Db): Promise<string> {
  const parts: string[] = [];
  for (const table of DATA_TABLES) {
    const [row] = await db.query<{ n: number | bigint; digest: string | null }>(
      `SELECT count(*) AS n, md5(string_agg(CAST(t AS VARCHAR), '|' ORDER BY CAST(t AS VARCHAR))) AS digest FROM ${table} AS t`,
    );
    parts.push(`${table}:${String(row?.n)}:${row?.digest ?? '-'}`);
  }
  return parts.join(' ');
}

/**
 * The workspace every case is committed to: a new one with earlier files of
 * the same areas already in it, so series linking and revisions run on every
 * accepted case. `empty` is the fingerprint before those files.
 */
export async function fuzzWorkspace(
  earlier: readonly Readonly<{ fileName: string; bytes: Uint8Array }>[],
): Promise<{ db: NodeDb; empty: string; baseline: string }> {
  const db = await openNodeDb();
  await initNewWorkspace(db);
  const empty = await workspaceFingerprint(db);
  for (const f of earlier) await commitImport(db, await parseImportFile(f.fileName, f.bytes));
  return { db, empty, baseline: await workspaceFingerprint(db) };
}

/** The first words of a refusal, so a long run can count which limits and checks were hit. */
export function refusalReason(message: string): string {
  return message
    .replace(/\b[\w.-]+\.(xlsx|xls|csv|json)\b/gi, 'FIL')
    .replace(/\d[\d\s]*/g, 'N')
    .split(/[.:;(]/)[0]!
    .slice(0, 70)
    .trim();
}

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export async function runFuzzCase(
  db: Db,
  fileName: string,
  bytes: Uint8Array,
  baseline: string,
): Promise<CaseOutcome> {
  let parsed;
  try {
    parsed = await parseImportFile(fileName, bytes);
  } catch (error) {
    if (error instanceof ImportError && /[a-zåäö]/i.test(error.message))
      return { kind: 'refused', reason: refusalReason(error.message) };
    return { kind: 'crash', stage: 'parse', message: describe(error) };
  }
  try {
    const result = await commitImport(db, parsed);
    if (result.outcome !== 'imported')
      return { kind: 'crash', stage: 'invariant', message: `oväntat utfall ${result.outcome}` };
    const [row] = await db.query<{ n: number | bigint }>(
      'SELECT count(*) AS n FROM observation WHERE file_id = ?',
      [result.fileId],
    );
    if (Number(row?.n) !== parsed.observations.length)
      return {
        kind: 'crash',
        stage: 'invariant',
        message: `delvis import: ${String(row?.n)} av ${parsed.observations.length} värden`,
      };
    await removeSource(db, result.fileId);
  } catch (error) {
    // The parser accepted the file, so the commit must not fail; when it does, say whether it left anything behind.
    const untouched = (await workspaceFingerprint(db)) === baseline;
    return {
      kind: 'crash',
      stage: 'commit',
      message: `${describe(error)} (arbetsytan ${untouched ? 'orörd' : 'ÄNDRAD'})`,
    };
  }
  if ((await workspaceFingerprint(db)) !== baseline)
    return {
      kind: 'crash',
      stage: 'invariant',
      message: 'import + ta bort gav inte tillbaka samma arbetsyta',
    };
  return { kind: 'imported', observations: parsed.observations.length };
}
