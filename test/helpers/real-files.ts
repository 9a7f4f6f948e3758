import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseImportFile, type ParsedImport } from '../../shared/import/import-file';

/** The real published files beside the repository (../shared/data/real, see its SOURCES.md). */
export const REAL_DIR = path.resolve(__dirname, '../../../shared/data/real');

/** A real published file's bytes, by its path under ../shared/data/real. */
export const realFile = (relative: string): Uint8Array =>
  new Uint8Array(readFileSync(path.join(REAL_DIR, relative)));

/** A real published file read by the importer, under its own file name. */
export const parseRealFile = (relative: string): Promise<ParsedImport> =>
  parseImportFile(path.basename(relative), realFile(relative));

/** Every real workbook (.xlsx) under a folder of ../shared/data/real (default: all of it), recursively. */
export function realWorkbookPaths(dir: string = REAL_DIR): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return realWorkbookPaths(full);
    return name.endsWith('.xlsx') ? [full] : [];
  });
}
