import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { compactTableArrowIpc } from '../db/compact-table-export';
import { emptyDatabaseFile, OTHER_OBJECTS_SQL, WORKSPACE_CATALOG } from '../db/database-file';
import type { Db } from '../db/db';
import { RECREATE_CURRENT_VIEWS } from '../db/current-observation';
import {
  DATA_TABLES,
  migrate,
  SCHEMA_VERSION,
  schemaVersion,
  tableCounts,
  type DataTable,
} from '../db/schema';
import { inTransaction, outsideTransaction } from '../db/transaction';
import {
  inflateEntry,
  listZipEntries,
  nativeInflateAvailable,
  ZipReadError,
  type ZipEntryInfo,
} from '../util/zip-inflate';
import { WorkspaceError } from './workspace-error';
import { refreshReferenceUnits } from './new-workspace';

/**
 * The portable analysis file (*.ojanalys): a zip holding a JSON manifest and
 * the workspace's DuckDB database file (`database.duckdb`, format 2), which
 * the engine attaches as it is (see database-file.ts) and DuckDB ≥ 1.4 opens
 * once unzipped. Format 1 held one Arrow IPC stream per table instead
 * (repeating text dictionary-encoded: see compact-table-export.ts); those
 * files still open, and `formatVersion: 1` still writes one for tests and
 * the bench's before/after.
 */
export const WORKSPACE_FORMAT = 'oj-analys-workspace';
export const WORKSPACE_EXTENSION = '.ojanalys';
/**
 * Raise it whenever the engine's storage format changes (a duckdb-wasm upgrade that
 * writes a newer DuckDB storage version): an older app then says "nyare version"
 * from the manifest instead of finding a database file it cannot attach "skadad".
 */
const FORMAT_VERSION = 2;
const MANIFEST = 'manifest.json';
const DATABASE_ENTRY = 'database.duckdb';
const tablePath = (t: DataTable) => `tables/${t}.arrow`;

/** Refuse before inflating: a workspace never legitimately gets near these. */
const LIMITS = { maxEntries: 64, maxEntryBytes: 2 ** 31 - 1, maxTotalBytes: 4 * 2 ** 30 };

export type WorkspaceManifest = Readonly<{
  format: typeof WORKSPACE_FORMAT;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  savedAt: string;
  /** Format 2: the zip entry holding the DuckDB database file. */
  database?: string;
  /** Rows per table (format 1 also names each table's Arrow entry). */
  tables: Readonly<Record<string, { rows: number; path?: string }>>;
  sourceFiles: readonly Readonly<{ fileName: string; sha256: string; publisher: string | null }>[];
}>;

/** The entries of the zip, by path. */
export type ZipFiles = Record<string, Uint8Array>;

export type WriteOptions = Readonly<{
  /**
   * Who deflates the entries. The browser passes a worker (renderer/worker/zip-in-worker.ts):
   * at full scale zipping takes seconds and must not freeze the window. Default: here, synchronously.
   */
  zip?: (files: ZipFiles, level: 1) => Promise<Uint8Array>;
  /** 1: the Arrow tables of format 1 (tests and the bench's before/after). Default: the newest. */
  formatVersion?: 1 | 2;
  /**
   * Format 2: false writes the working database file as it is, which is fast but may still hold
   * rows deleted or changed since (DuckDB does not overwrite freed space). Only the autosave, which
   * never leaves this machine, passes false. Default true: a fresh copy with only the live rows.
   */
  compact?: boolean;
}>;

export async function writeWorkspace(
  db: Db,
  appVersion: string,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const files: ZipFiles = {};
  const formatVersion = options.formatVersion ?? FORMAT_VERSION;
  const tables: Record<string, { rows: number; path?: string }> = {};
  if (formatVersion === 1) {
    for (const table of DATA_TABLES) {
      files[tablePath(table)] = await compactTableArrowIpc(db, table);
      const [count] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
      tables[table] = { rows: count?.n ?? 0, path: tablePath(table) };
    }
  } else {
    // Rows per table for readers of the manifest (the CLI's `info`); the database file is what counts.
    const existing = new Set(
      (
        await db.query<{ name: string }>(
          'SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database()',
        )
      ).map((t) => t.name),
    );
    const present = DATA_TABLES.filter((t) => existing.has(t));
    const counts = await tableCounts(db, present);
    for (const table of present) tables[table] = { rows: counts[table] };
    const compact = options.compact ?? true;
    files[DATABASE_ENTRY] = await outsideTransaction(db, () => db.databaseFile({ compact }));
  }
  const sourceFiles = await db.query<{
    fileName: string;
    sha256: string;
    publisher: string | null;
  }>('SELECT file_name AS fileName, sha256, publisher FROM source_file ORDER BY file_name');
  const manifest: WorkspaceManifest = {
    format: WORKSPACE_FORMAT,
    formatVersion,
    appVersion,
    schemaVersion: await schemaVersion(db),
    savedAt: new Date().toISOString(),
    ...(formatVersion === 1 ? {} : { database: DATABASE_ENTRY }),
    tables,
    sourceFiles,
  };
  files[MANIFEST] = strToU8(JSON.stringify(manifest, null, 2));
  // Level 1: the data still shrinks several-fold, and saving stays fast at
  // millions of rows (level 6 took 48 s for 2.6 M observations in npm run bench).
  return options.zip ? options.zip(files, 1) : zipSync(files, { level: 1 });
}

/** Read and check the manifest without touching any database. */
export function readWorkspaceManifest(bytes: Uint8Array): WorkspaceManifest {
  return parseManifest(unzipChecked(bytes, (name) => name === MANIFEST));
}

export type ReadOptions = Readonly<{
  /**
   * 'native': the platform's DecompressionStream, asynchronous. In Chromium it
   * unpacked the full bench workspace (331 MB) in 1.35 s without blocking the
   * window, against 2.77 s of frozen main thread with fflate; in Node its web
   * streams took 3.5 s against fflate's 1.9 s, so 'js' stays the default.
   */
  inflate?: 'native' | 'js';
}>;

/**
 * Load a workspace into a fresh database (no tables yet). Everything or
 * nothing: a damaged table leaves the database empty and throws.
 */
export async function readWorkspace(
  db: Db,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<WorkspaceManifest> {
  return loadWorkspace(db, await unpackWorkspace(bytes, options));
}

/** A workspace file unpacked and its manifest checked, not yet in any database. */
export type UnpackedWorkspace = Readonly<{ manifest: WorkspaceManifest; entries: Unzipped }>;

/**
 * Unpack and check a workspace without a database, so that the app can
 * unpack (natively, off the main thread) while the new engine is starting.
 */
export async function unpackWorkspace(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<UnpackedWorkspace> {
  const entries =
    options.inflate === 'native' && nativeInflateAvailable()
      ? await unzipNatively(bytes)
      : unzipChecked(bytes, () => true);
  performance.mark('oj-open:unzipped');
  return { manifest: parseManifest(entries), entries };
}

/** Load an unpacked workspace into a fresh database (no tables yet). Everything or nothing. */
export async function loadWorkspace(
  db: Db,
  unpacked: UnpackedWorkspace,
): Promise<WorkspaceManifest> {
  if ((await schemaVersion(db)) !== 0) {
    throw new WorkspaceError(
      'workspace.not_empty',
      'Arbetsytan kan bara läsas in i en tom databas.',
    );
  }
  if (unpacked.manifest.formatVersion >= 2) await attachDatabase(db, unpacked);
  else await loadArrowTables(db, unpacked);
  performance.mark('oj-open:loaded');
  try {
    await migrate(db);
    await refreshReferenceUnits(db);
  } catch (error) {
    if (unpacked.manifest.formatVersion < 2) throw error;
    // Everything or nothing: the engine goes back to an empty database.
    await db.attachDatabaseFile(emptyDatabaseFile());
    throw new WorkspaceError(
      'workspace.damaged',
      `Arbetsytan kunde inte uppdateras till den här versionen av ÖJ-analys (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return unpacked.manifest;
}

/** Format 2: the database file attached as it is, after checking it holds only what we create. */
async function attachDatabase(db: Db, { manifest, entries }: UnpackedWorkspace): Promise<void> {
  const data = manifest.database === DATABASE_ENTRY ? entries[DATABASE_ENTRY] : undefined;
  if (!data)
    throw new WorkspaceError(
      'workspace.table_missing',
      `Databasen ${DATABASE_ENTRY} saknas i arbetsytan.`,
      { table: DATABASE_ENTRY },
    );
  try {
    await db.attachDatabaseFile(data);
  } catch {
    throw new WorkspaceError(
      'workspace.damaged',
      `Arbetsytans databas (${DATABASE_ENTRY}) går inte att läsa: filen är skadad.`,
    );
  }
  try {
    await checkAttachedDatabase(db, manifest);
  } catch (error) {
    await db.attachDatabaseFile(emptyDatabaseFile());
    throw error;
  }
}

const KIND_SV: Record<string, string> = {
  function: 'funktionen',
  sequence: 'sekvensen',
  type: 'typen',
  index: 'indexet',
  schema: 'schemat',
  table: 'tabellen',
  view: 'vyn',
};

const foreignObject = (kind: string, name: string) =>
  new WorkspaceError(
    'workspace.foreign_objects',
    `Arbetsytans databas innehåller ${KIND_SV[kind] ?? kind} ${name}, som ÖJ-analys aldrig skapar; filen öppnas inte.`,
    { kind, name },
  );

/** A scratch catalog in which our migrations build the tables a file of a given schema version must have. */
const REFERENCE_CATALOG = 'workspace_reference';

/** Each table's CREATE statement (as DuckDB prints it) and the views, as our migrations make them at `version`. */
async function referenceSchema(
  db: Db,
  version: number,
): Promise<{ tables: Map<string, string>; views: Set<string> }> {
  await db.exec(`ATTACH ':memory:' AS ${REFERENCE_CATALOG}; USE ${REFERENCE_CATALOG};`);
  try {
    await migrate(db, version);
    const rows = await db.query<{ kind: string; name: string; sql: string }>(
      schemaObjectsSql(REFERENCE_CATALOG),
    );
    return {
      tables: new Map(rows.filter((r) => r.kind === 'table').map((r) => [r.name, r.sql])),
      views: new Set(rows.filter((r) => r.kind === 'view').map((r) => r.name)),
    };
  } finally {
    await db.exec(`USE ${WORKSPACE_CATALOG}; DETACH DATABASE IF EXISTS ${REFERENCE_CATALOG};`);
  }
}

const schemaObjectsSql = (catalog: string) =>
  `SELECT 'table' AS kind, table_name AS name, sql FROM duckdb_tables() WHERE database_name = '${catalog}'
   UNION ALL SELECT 'view', view_name, sql FROM duckdb_views() WHERE database_name = '${catalog}'`;

/**
 * A database file is someone else's bytes. It must hold exactly the tables
 * our migrations make at the schema version its manifest states — the same
 * columns, types, defaults and constraints, compared as DuckDB prints each
 * table's CREATE statement — and no other object; views only under our
 * names, and those are then made again from our own SQL.
 */
async function checkAttachedDatabase(db: Db, manifest: WorkspaceManifest): Promise<void> {
  const [other] = await db.query<{ kind: string; name: string }>(OTHER_OBJECTS_SQL);
  if (other) throw foreignObject(other.kind, other.name);
  const reference = await referenceSchema(db, manifest.schemaVersion);
  const actual = await db.query<{ kind: string; name: string; sql: string }>(
    schemaObjectsSql(WORKSPACE_CATALOG),
  );
  for (const { kind, name, sql } of actual) {
    if (kind === 'view') {
      if (!reference.views.has(name)) throw foreignObject(kind, name);
      continue;
    }
    const expected = reference.tables.get(name);
    if (expected === undefined) throw foreignObject(kind, name);
    if (sql !== expected)
      throw new WorkspaceError(
        'workspace.table_shape',
        `Tabellen ${name} i arbetsytans databas är inte som ÖJ-analys gör den (kolumner, typer, standardvärden eller villkor skiljer sig); filen öppnas inte.`,
        { table: name },
      );
  }
  const present = new Set(actual.filter((o) => o.kind === 'table').map((o) => o.name));
  const missing = [...reference.tables.keys()].find((t) => !present.has(t));
  if (missing)
    throw new WorkspaceError(
      'workspace.table_missing',
      `Tabellen ${missing} saknas i arbetsytan.`,
      {
        table: missing,
      },
    );
  const version = await schemaVersion(db);
  if (version !== manifest.schemaVersion) {
    throw new WorkspaceError(
      'workspace.damaged',
      `Arbetsytans databas har schemaversion ${version} men manifestet anger ${manifest.schemaVersion}. Filen är skadad.`,
    );
  }
  // Our views, from our own SQL: whatever the file defined under those names is replaced.
  if (reference.views.size > 0) await db.exec(RECREATE_CURRENT_VIEWS);
}

/** Format 1: one Arrow stream per table, appended into tables made at the file's schema version. */
async function loadArrowTables(db: Db, { manifest, entries }: UnpackedWorkspace): Promise<void> {
  await migrate(db, manifest.schemaVersion);
  await inTransaction(db, async () => {
    for (const table of DATA_TABLES) {
      const entry = manifest.tables[table];
      if (!entry) continue; // a table added by a later migration starts empty
      const data = entry.path === tablePath(table) ? entries[entry.path] : undefined;
      if (!data)
        throw new WorkspaceError(
          'workspace.table_missing',
          `Tabellen ${table} saknas i arbetsytan (${entry.path ?? tablePath(table)}).`,
          { table },
        );
      const loaded = await db.insertArrowIpc(table, data);
      if (loaded !== entry.rows) {
        throw new WorkspaceError(
          'workspace.row_count',
          `Tabellen ${table} har ${loaded} rader men manifestet anger ${entry.rows}. Filen är skadad.`,
        );
      }
    }
  });
}

const DAMAGED = 'Filen är inte en läsbar arbetsyta (zip-arkivet är skadat eller ofullständigt).';

/** The same limits whichever inflater reads the file, on the sizes the archive declares. */
function refuseBeyondLimits(entries: number, totalBytes: number, anEntryTooBig: boolean): void {
  if (entries > LIMITS.maxEntries || totalBytes > LIMITS.maxTotalBytes || anEntryTooBig) {
    throw new WorkspaceError(
      'workspace.too_large',
      'Filen är för stor eller har för många delar för att vara en arbetsyta.',
    );
  }
}

/**
 * Every entry, inflated natively and asynchronously (see zip-inflate.ts), or
 * with fflate when the archive uses what that reader leaves out. The same
 * limits either way, checked on the declared sizes before anything is inflated.
 */
async function unzipNatively(bytes: Uint8Array): Promise<Unzipped> {
  let listed: ZipEntryInfo[] | null;
  try {
    listed = listZipEntries(bytes);
  } catch {
    throw new WorkspaceError('workspace.damaged', DAMAGED);
  }
  if (!listed) return unzipChecked(bytes, () => true);
  const total = listed.reduce((sum, e) => sum + e.size, 0);
  refuseBeyondLimits(
    listed.length,
    total,
    listed.some((e) => e.size > LIMITS.maxEntryBytes),
  );
  // No prototype: an entry named "__proto__" is just a name.
  const entries = Object.create(null) as Unzipped;
  try {
    for (const entry of listed) entries[entry.name] = await inflateEntry(bytes, entry);
  } catch (error) {
    if (error instanceof ZipReadError) throw new WorkspaceError('workspace.damaged', DAMAGED);
    throw error;
  }
  return entries;
}

function unzipChecked(bytes: Uint8Array, wanted: (name: string) => boolean): Unzipped {
  let count = 0;
  let total = 0;
  let tooBig: string | null = null;
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        count += 1;
        total += file.originalSize;
        if (file.originalSize > LIMITS.maxEntryBytes) tooBig = file.name;
        return (
          wanted(file.name) &&
          tooBig === null &&
          count <= LIMITS.maxEntries &&
          total <= LIMITS.maxTotalBytes
        );
      },
    });
  } catch {
    throw new WorkspaceError('workspace.damaged', DAMAGED);
  }
  refuseBeyondLimits(count, total, tooBig !== null);
  return entries;
}

function parseManifest(entries: Unzipped): WorkspaceManifest {
  const raw = entries[MANIFEST];
  if (!raw)
    throw new WorkspaceError(
      'workspace.no_manifest',
      'Filen saknar manifest.json och är inte en ÖJ-analys-arbetsyta.',
    );
  let manifest: unknown;
  try {
    manifest = JSON.parse(strFromU8(raw));
  } catch {
    throw new WorkspaceError(
      'workspace.manifest_not_json',
      'Arbetsytans manifest.json är inte giltig JSON.',
    );
  }
  if (!isManifest(manifest)) {
    throw new WorkspaceError(
      'workspace.manifest_format',
      'Arbetsytans manifest.json har fel format.',
    );
  }
  if (manifest.schemaVersion > SCHEMA_VERSION || manifest.formatVersion > FORMAT_VERSION) {
    throw new WorkspaceError(
      'workspace.newer_version',
      `Arbetsytan är sparad av en nyare version av ÖJ-analys (${manifest.appVersion}). Uppdatera programmet för att öppna den.`,
      { version: manifest.appVersion },
    );
  }
  return manifest;
}

function isManifest(value: unknown): value is WorkspaceManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    m['format'] === WORKSPACE_FORMAT &&
    Number.isInteger(m['formatVersion']) &&
    Number.isInteger(m['schemaVersion']) &&
    (m['schemaVersion'] as number) >= 1 &&
    typeof m['appVersion'] === 'string' &&
    typeof m['tables'] === 'object' &&
    m['tables'] !== null &&
    Array.isArray(m['sourceFiles'])
  );
}
