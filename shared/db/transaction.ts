import type { Db } from './db';

/** All or nothing: the body's writes are committed together or not at all. */
export async function inTransaction<T>(db: Db, body: () => Promise<T>): Promise<T> {
  await db.exec('BEGIN TRANSACTION');
  try {
    const result = await body();
    await db.exec('COMMIT');
    return result;
  } catch (error) {
    await db.exec('ROLLBACK');
    throw error;
  }
}
