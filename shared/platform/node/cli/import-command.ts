import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../../db/db';
import { runCommand } from '../../../app/commands';
import type { CommitResult } from '../../../import/commit-import';
import { ImportError } from '../../../import/import-error';
import { parseImportFile } from '../../../import/import-file';
import { formatImportReport, gateBlocks, type ImportReport } from '../../../import/import-report';
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
    if (!info) throw new ImportError('import.not_found', `Hittar inte ${input}.`, input);
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
  /** The plausibility gate stopped the file (not imported; --accept-warnings imports it anyway). */
  stopped?: boolean;
}>;

export type ImportRunOptions = Readonly<{ acceptWarnings?: boolean }>;

/**
 * `oj-analys import --workspace <file> <files|folders…>`: creates the
 * workspace if needed, imports file by file (each all or nothing), saves
 * atomically once at the end when anything changed.
 */
export async function runImport(
  workspace: string,
  inputs: readonly string[],
  progress: (line: string) => void,
  options: ImportRunOptions = {},
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
          progress(
            `[${i + 1}/${files.length}] ${name}: blad ${p.sheetIndex + 1}/${p.sheets} "${p.sheet}" (${p.rows} rader)`,
          ),
        );
        if (gateBlocks(parsed.report) && !options.acceptWarnings) {
          progress(
            `[${i + 1}/${files.length}] ${name}: STOPPAD av rimlighetskontrollen (se nedan; --accept-warnings läser in ändå)`,
          );
          outcomes.push({ file, result: null, report: parsed.report, error: null, stopped: true });
          continue;
        }
        // The same command as the app's Importera (no layout corrections on the command line).
        const { result } = await runCommand({ db }, 'import.commit', { parsed, templates: [] });
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
  if (outcome.stopped) {
    lines.push(
      '  INTE INLÄST: rimlighetskontrollen hittade något som ser fel ut (STOPP ovan). Rätta tolkningen i appen, eller kör med --accept-warnings för att läsa in ändå.',
    );
    return lines.join('\n');
  }
  const result = outcome.result!;
  if (result.outcome === 'duplicate')
    lines.push(`  Redan inläst som ${result.existingFileName}; inget ändrades.`);
  else {
    for (const r of result.revisionOf)
      lines.push(
        `  Ny version av samma publikation som ${r.fileName}: ${r.changedValues} värden skiljer sig.`,
      );
    for (const r of result.supersedes)
      lines.push(
        `  Ersätter ${r.fileName} (${r.changedValues} värden ändrade); den äldre filen sparas men räknas inte.`,
      );
    if (result.conflictCount > 0) {
      const c = result.conflicts[0]!;
      const at = (x: typeof c.newer) =>
        `${x.fileName}${x.sheet ? ` ${x.sheet}!${x.cell ?? ''}` : ''}`;
      lines.push(
        `  MOTSTRIDIGA VÄRDEN: ${result.conflictCount} celler skiljer sig från en annan fil med samma serie, enhet och år (t.ex. ${at(c.newer)} mot ${at(c.older)}); den senast inlästa räknas.`,
      );
    }
  }
  return lines.join('\n');
}
