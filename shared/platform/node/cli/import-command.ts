import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../../db/db';
import { commitImport, type CommitResult } from '../../../import/commit-import';
import { ImportError } from '../../../import/import-error';
import { parseImportFile } from '../../../import/import-file';
import { formatImportReport, type ImportReport } from '../../../import/import-report';
import { initNewWorkspace } from '../../../workspace/new-workspace';
import { openNodeDb } from '../duckdb-node';
import { openWorkspaceFile, saveWorkspaceFile } from '../workspace-io';

// .xls is listed so that it is refused with how to convert it, not skipped in silence.
const IMPORTABLE = /\.(xlsx|xlsm|xls|csv|txt|json)$/i;

/** Files and folders (recursively) → the files to import, sorted for a stable order. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new ImportError(`Hittar inte ${input}.`, input);
    if (info.isFile()) files.push(input);
    else if (info.isDirectory()) {
      for (const entry of await readdir(input, { recursive: true, withFileTypes: true })) {
        if (entry.isFile() && IMPORTABLE.test(entry.name) && !entry.name.startsWith('~$'))
          files.push(path.join(entry.parentPath, entry.name));
      }
    }
  }
  return files.sort();
}

export type FileOutcome = Readonly<{
  file: string;
  result: CommitResult | null;
  report: ImportReport | null;
  error: string | null;
}>;

/**
 * `oj-analys import --workspace <file> <files|folders…>`: creates the
 * workspace if needed, imports file by file (each all or nothing), saves
 * atomically once at the end when anything changed.
 */
export async function runImport(
  workspace: string,
  inputs: readonly string[],
  progress: (line: string) => void,
): Promise<FileOutcome[]> {
  const files = await expandInputs(inputs);
  const db: Db = existsSync(workspace) ? await openWorkspaceFile(workspace) : await openNodeDb();
  try {
    if (!existsSync(workspace)) await initNewWorkspace(db);
    const outcomes: FileOutcome[] = [];
    let changed = !existsSync(workspace);
    for (const [i, file] of files.entries()) {
      const name = path.basename(file);
      try {
        const parsed = await parseImportFile(name, await readFile(file), {}, (p) =>
          progress(`[${i + 1}/${files.length}] ${name}: blad ${p.sheetIndex + 1}/${p.sheets} "${p.sheet}" (${p.rows} rader)`),
        );
        const result = await commitImport(db, parsed);
        if (result.outcome === 'imported') changed = true;
        progress(
          `[${i + 1}/${files.length}] ${name}: ${result.outcome === 'imported' ? `${result.observations} värden inlästa` : `redan inläst (${result.existingFileName})`}`,
        );
        outcomes.push({ file, result, report: parsed.report, error: null });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        progress(`[${i + 1}/${files.length}] ${name}: AVVISAD – ${message}`);
        outcomes.push({ file, result: null, report: null, error: message });
      }
    }
    if (changed) await saveWorkspaceFile(db, workspace);
    return outcomes;
  } finally {
    await db.close();
  }
}

export function formatOutcome(outcome: FileOutcome): string {
  if (outcome.error) return `${path.basename(outcome.file)}\n  AVVISAD: ${outcome.error}`;
  const lines = [formatImportReport(outcome.report!)];
  const result = outcome.result!;
  if (result.outcome === 'duplicate') lines.push(`  Redan inläst som ${result.existingFileName}; inget ändrades.`);
  else
    for (const r of result.revisionOf)
      lines.push(`  Ny version av samma publikation som ${r.fileName}: ${r.changedValues} värden skiljer sig.`);
  return lines.join('\n');
}
