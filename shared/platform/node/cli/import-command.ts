import { errorText } from '../../../i18n/error-text';
import { AppError } from '../../../util/app-error';
import { translate, type Lang, type MessageKey } from '../../../i18n/i18n';
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

export type ImportRunOptions = Readonly<{
  acceptWarnings?: boolean;
  /**
   * A file already imported that this version reads differently (an older
   * importer read it): remove the stored reading and import it again.
   */
  reread?: boolean;
  /** The language of the progress lines and errors; Swedish when left out. */
  lang?: Lang;
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
  options: ImportRunOptions = {},
): Promise<FileOutcome[]> {
  const lang = options.lang ?? 'sv';
  const t = (key: MessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    translate(lang, key, params);
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
            `[${i + 1}/${files.length}] ${name}: ${t('cliImport.progressSheet', { sheet: p.sheetIndex + 1, sheets: p.sheets, name: p.sheet, rows: p.rows })}`,
          ),
        );
        if (gateBlocks(parsed.report) && !options.acceptWarnings) {
          progress(`[${i + 1}/${files.length}] ${name}: ${t('cliImport.progressStopped')}`);
          outcomes.push({ file, result: null, report: parsed.report, error: null, stopped: true });
          continue;
        }
        // The same command as the app's Importera (no layout corrections on the command line).
        let { result } = await runCommand({ db }, 'import.commit', { parsed, templates: [] });
        if (result.outcome === 'duplicate' && result.readDifferently > 0 && options.reread)
          result = await runCommand({ db }, 'import.reread', { parsed });
        if (result.outcome === 'imported') changed = true;
        progress(
          `[${i + 1}/${files.length}] ${name}: ${result.outcome === 'imported' ? t('cliImport.progressImported', { count: result.observations }) : t('cliImport.progressDuplicate', { file: result.existingFileName })}`,
        );
        outcomes.push({ file, result, report: parsed.report, error: null });
      } catch (error) {
        const message =
          error instanceof AppError
            ? errorText(error, lang)
            : error instanceof Error
              ? error.message
              : String(error);
        progress(
          `[${i + 1}/${files.length}] ${name}: ${t('cliImport.progressRefused', { error: message })}`,
        );
        outcomes.push({ file, result: null, report: null, error: message });
      }
    }
    if (changed) await saveWorkspaceFile(db, workspace);
    return outcomes;
  } finally {
    await db.close();
  }
}

export function formatOutcome(outcome: FileOutcome, lang: Lang = 'sv'): string {
  const t = (key: MessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    translate(lang, key, params);
  if (outcome.error)
    return `${path.basename(outcome.file)}\n  ${t('cliImport.refused', { error: outcome.error })}`;
  const lines = [formatImportReport(outcome.report!, lang)];
  if (outcome.stopped) {
    lines.push(`  ${t('cliImport.notImported')}`);
    return lines.join('\n');
  }
  const result = outcome.result!;
  if (result.outcome === 'duplicate') {
    lines.push(`  ${t('cliImport.duplicate', { file: result.existingFileName })}`);
    if (result.readDifferently > 0)
      lines.push(`  ${t('cliImport.readDifferently', { count: result.readDifferently })}`);
  } else {
    for (const r of result.revisionOf)
      lines.push(`  ${t('cliImport.revision', { file: r.fileName, count: r.changedValues })}`);
    for (const r of result.supersedes)
      lines.push(`  ${t('cliImport.supersedes', { file: r.fileName, count: r.changedValues })}`);
    if (result.conflictCount > 0) {
      const c = result.conflicts[0]!;
      const at = (x: typeof c.newer) =>
        `${x.fileName}${x.sheet ? ` ${x.sheet}!${x.cell ?? ''}` : ''}`;
      lines.push(
        `  ${t('cliImport.conflicts', { count: result.conflictCount, newer: at(c.newer), older: at(c.older) })}`,
      );
    }
  }
  return lines.join('\n');
}
