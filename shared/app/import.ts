import {
  commitImport,
  removeSource,
  storedReadingDifferences,
  type CommitResult,
} from '../import/commit-import';
import type { ParsedImport } from '../import/import-file';
import {
  deleteLayoutTemplate,
  exportLayoutTemplates,
  importLayoutTemplates,
  listLayoutTemplates,
  saveLayoutTemplate,
  type LayoutTemplateInput,
} from '../import/layout-template';
import { listSourceFiles, sourceFileBySha, sourceFileNameBySha } from '../import/source-files';
import type { CommandContext, CommandMap, NoPayload } from './command-types';

/** Commands of this capability: `'import.<verb>': (ctx, payload) => result`. */
export const importCommands = {
  /** Every imported source with checksum, date and number of values, newest first. */
  'import.sources': ({ db }: CommandContext, _payload: NoPayload) => listSourceFiles(db),
  /** The name the same bytes were already imported under, or null. */
  'import.alreadyImported': ({ db }: CommandContext, p: Readonly<{ sha256: string }>) =>
    sourceFileNameBySha(db, p.sha256),
  /** Remove an imported file and every value it brought. */
  'import.removeSource': ({ db }: CommandContext, p: Readonly<{ fileId: string }>) =>
    removeSource(db, p.fileId),
  /**
   * Commit a read file (all or nothing); when it was imported, save the
   * user's corrections of its layout as templates for next year's file.
   */
  'import.commit': async (
    { db }: CommandContext,
    p: Readonly<{ parsed: ParsedImport; templates: readonly LayoutTemplateInput[] }>,
  ): Promise<Readonly<{ result: CommitResult; templateSaved: boolean }>> => {
    const result = await commitImport(db, p.parsed);
    if (result.outcome !== 'imported') return { result, templateSaved: false };
    for (const template of p.templates) await saveLayoutTemplate(db, template);
    return { result, templateSaved: p.templates.length > 0 };
  },
  /** A file already imported: how many values this version reads differently (null: not imported). */
  'import.readDifferently': ({ db }: CommandContext, p: Readonly<{ parsed: ParsedImport }>) =>
    storedReadingDifferences(db, p.parsed),
  /**
   * A file already imported that this version reads differently
   * (`readDifferently` of a duplicate): its stored reading is removed and the
   * fresh one committed, as Ta bort and Importera would.
   */
  'import.reread': async (
    { db }: CommandContext,
    p: Readonly<{ parsed: ParsedImport }>,
  ): Promise<CommitResult> => {
    const stored = await sourceFileBySha(db, p.parsed.sha256);
    if (stored) await removeSource(db, stored.fileId);
    return commitImport(db, p.parsed);
  },
  /** The workspace's saved layout templates, newest change first. */
  'import.templates': ({ db }: CommandContext, _payload: NoPayload) => listLayoutTemplates(db),
  'import.deleteTemplate': ({ db }: CommandContext, p: Readonly<{ templateId: string }>) =>
    deleteLayoutTemplate(db, p.templateId),
  /** Every template as the JSON text of a file to keep or give to a colleague. */
  'import.exportTemplates': ({ db }: CommandContext, _payload: NoPayload) =>
    exportLayoutTemplates(db),
  /** Save the templates of an exported file; returns how many. */
  'import.importTemplates': ({ db }: CommandContext, p: Readonly<{ json: string }>) =>
    importLayoutTemplates(db, p.json),
} satisfies CommandMap;
