import type { Db } from './db';

/** The transaction open on each engine's connection, settled when it commits or rolls back. */
const open = new WeakMap<Db, Promise<void>>();

/** All or nothing: the body's writes are committed together or not at all. */
export async function inTransaction<T>(db: Db, body: () => Promise<T>): Promise<T> {
  let settle = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  // Marked before BEGIN is even sent, so `outsideTransaction` never slips a statement in between.
  open.set(db, settled);
  try {
    await db.exec('BEGIN TRANSACTION');
    try {
      const result = await body();
      await db.exec('COMMIT');
      return result;
    } catch (error) {
      await db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    if (open.get(db) === settled) open.delete(db);
    settle();
  }
}

/**
 * Run `work` when no transaction of `inTransaction` is open on this engine.
 * The app shares one connection: a CHECKPOINT sent by an autosave in the
 * middle of an import's transaction fails and aborts the import with it.
 * `work` starts in the same turn as the check, so its first statement is
 * queued before any transaction that begins later.
 */
export async function outsideTransaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
  for (let pending = open.get(db); pending; pending = open.get(db)) await pending;
  return work();
}
