import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write';
import { APP_VERSION } from '../../app-info';
import type { Db } from '../../db/db';
import { readWorkspace, writeWorkspace } from '../../workspace/workspace-file';
import { WorkspaceError } from '../../workspace/workspace-error';
import { openNodeDb } from './duckdb-node';

/** The bytes of a *.ojanalys file; a file that cannot be read is refused naming it. */
export async function readWorkspaceBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch {
    throw new WorkspaceError('workspace.unreadable', `Kan inte läsa arbetsytan ${file}.`, { file });
  }
}

/** Open a *.ojanalys file into a fresh in-memory engine. The file itself is never written. */
export async function openWorkspaceFile(file: string): Promise<Db> {
  const bytes = await readWorkspaceBytes(file);
  const db = await openNodeDb();
  try {
    await readWorkspace(db, bytes);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * Atomic save: write a temp file beside the target, fsync, then rename over
 * it, so an interrupted save leaves the previous file intact.
 */
export async function saveWorkspaceFile(db: Db, file: string): Promise<number> {
  const bytes = await writeWorkspace(db, APP_VERSION);
  await writeFileAtomic(file, bytes);
  return bytes.byteLength;
}
