import { sqlString, type Db } from '../db/db';

/** A workspace setting (JSON), saved in the workspace file so a colleague who opens it sees the same analysis. */
export async function readSetting<T>(
  db: Db,
  key: string,
  accept: (value: unknown) => value is T,
): Promise<T | null> {
  const [row] = await db.query<{ value: string }>('SELECT value FROM setting WHERE key = ?', [key]);
  if (!row) return null;
  try {
    const parsed: unknown = JSON.parse(row.value);
    return accept(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  await db.exec(
    `INSERT OR REPLACE INTO setting VALUES (${sqlString(key)}, ${sqlString(JSON.stringify(value))})`,
  );
}
