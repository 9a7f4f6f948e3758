import { quoteIdent, type Db } from './db';
import { tableColumnsSql } from './staged-append';

/** Below this many rows a table is written as it is: dictionaries would save nothing worth a query. */
const MIN_ROWS = 10_000;
/** A text column is dictionary-encoded when it repeats: at most one distinct value per four rows. */
const MAX_DISTINCT_SHARE = 0.25;

let typeCounter = 0;

type Column = { name: string; text: boolean };

/**
 * A whole table as an Arrow IPC stream, its repeating text columns
 * dictionary-encoded (Arrow's own `Dictionary<int, Utf8>`, which DuckDB,
 * pyarrow and every Arrow reader read as plain strings). At full scale this
 * is what makes a workspace small and fast: `observation` is 2.7 M rows whose
 * indicator, unit, file, sheet and cell columns take a few thousand distinct
 * values, and Utf8 made it 426 MB of Arrow (79 MB dictionary-encoded,
 * measured with `npm run bench`).
 *
 * DuckDB writes an ENUM column as an Arrow dictionary, so each such column is
 * cast to a temporary ENUM of its own distinct values; the types are dropped
 * again whatever happens.
 */
export async function compactTableArrowIpc(db: Db, table: string): Promise<Uint8Array> {
  const columns = (await db.query<{ name: string; type: string }>(tableColumnsSql(table))).map(
    (c): Column => ({ name: c.name, text: c.type === 'VARCHAR' }),
  );
  const encoded = await columnsWorthADictionary(db, table, columns);
  if (encoded.length === 0) return db.queryArrowIpc(`SELECT * FROM ${quoteIdent(table)}`);

  const types = new Map<string, string>();
  try {
    for (const column of encoded) {
      typeCounter += 1;
      const type = `__oj_dictionary_${typeCounter}`;
      await db.exec(
        `CREATE TYPE ${quoteIdent(type)} AS ENUM (SELECT DISTINCT ${quoteIdent(column)} FROM ${quoteIdent(table)} WHERE ${quoteIdent(column)} IS NOT NULL ORDER BY 1)`,
      );
      types.set(column, type);
    }
    const select = columns
      .map(({ name }) => {
        const type = types.get(name);
        return type
          ? `CAST(${quoteIdent(name)} AS ${quoteIdent(type)}) AS ${quoteIdent(name)}`
          : quoteIdent(name);
      })
      .join(', ');
    try {
      return await db.queryArrowIpc(`SELECT ${select} FROM ${quoteIdent(table)}`);
    } catch {
      // A value the dictionary does not hold (written in between by other work on the same
      // engine, e.g. an import while autosave runs) fails the cast: write the table as it is.
      return await db.queryArrowIpc(`SELECT * FROM ${quoteIdent(table)}`);
    }
  } finally {
    for (const type of types.values()) await db.exec(`DROP TYPE IF EXISTS ${quoteIdent(type)}`);
  }
}

/** The text columns that repeat enough for a dictionary (and hold at least one value: an ENUM cannot be empty). */
async function columnsWorthADictionary(
  db: Db,
  table: string,
  columns: readonly Column[],
): Promise<string[]> {
  const text = columns.filter((c) => c.text).map((c) => c.name);
  if (text.length === 0) return [];
  const counts = text.map((name, i) => `count(DISTINCT ${quoteIdent(name)}) AS d${i}`).join(', ');
  const [row] = await db.query<Record<string, number>>(
    `SELECT count(*) AS n, ${counts} FROM ${quoteIdent(table)}`,
  );
  const rows = row?.['n'] ?? 0;
  if (rows < MIN_ROWS) return [];
  return text.filter((_, i) => {
    const distinct = row?.[`d${i}`] ?? 0;
    return distinct > 0 && distinct <= rows * MAX_DISTINCT_SHARE;
  });
}
