import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { APP_VERSION } from '../../shared/app-info';
import type { Db } from '../../shared/db/db';
import { tableCounts, type TableCounts } from '../../shared/db/schema';
import { loadDemoData } from '../../shared/workspace/load-demo';
import { writeSetting } from '../../shared/workspace/settings';
import { CHOICE_SETTING, DEMO_HOME } from './analysis-choice';
import { startNewWorkspace } from '../../shared/workspace/new-workspace';
import {
  loadWorkspace,
  readWorkspaceManifest,
  unpackWorkspace,
  writeWorkspace,
} from '../../shared/workspace/workspace-file';
import { host } from '../host/current-host';
import { startEngine } from '../worker/start-engine';
import { emptyWorkspaceFile } from '../worker/empty-workspace';
import { zipInWorker } from '../worker/zip-in-worker';
import { autosave, markClean, readAutosave, readMarker, type AutosaveMarker } from './autosave';

export type EngineState =
  | Readonly<{ phase: 'starting' }>
  | Readonly<{ phase: 'failed'; message: string }>
  | Readonly<{
      phase: 'ready';
      /** The transport's engine: only use-command.ts (and the pending views of issue 18 item 1) read it. */
      db: Db;
      counts: TableCounts;
      /** Goes up on every change to the data: views re-run their commands. */
      revision: number;
      /** Goes up when another workspace replaces the open one (Ny, Öppna, Återställ, exempeldata). */
      workspace: number;
      /** The database engine's version, for the status bar. */
      engineVersion: string;
    }>;

type Engine = Readonly<{
  state: EngineState;
  workspaceName: string | null;
  busy: boolean;
  /** Changes not yet saved to a file (imports, notes, choices); an opened or just saved workspace has none. */
  dirty: boolean;
  /** Swedish/English message key results are produced by the caller; these only do the work. */
  newWorkspace: () => Promise<void>;
  openDemo: () => Promise<number>;
  openWorkspace: (recentId: string | null) => Promise<string | null>;
  saveWorkspace: (saveAs: boolean) => Promise<string | null>;
  /** After a change to the data (import, removal): recount and let views re-query. */
  refresh: () => Promise<void>;
  /**
   * A change saved in the workspace that changes no analysis (the analysis choice): written a moment
   * later, so the view's own queries for the new choice are not queued behind it; the latest write
   * per key wins. Counts as unsaved work at once; a save or autosave writes what is pending first,
   * and a write meant for a workspace no longer open is dropped.
   */
  writeLater: (key: string, write: (db: Db) => Promise<unknown>) => void;
  /** An autosave from an earlier session that was never saved to a file, if any. */
  recoverable: AutosaveMarker | null;
  recover: () => Promise<void>;
  discardRecovery: () => void;
}>;

const EngineContext = createContext<Engine | null>(null);
const AUTOSAVE_DELAY_MS = 3000;
/** How long a writeLater waits: longer than a view needs to answer from the standings index. */
const LATER_WRITE_DELAY_MS = 400;

/**
 * Owns the one engine of the window. Opening a workspace loads it into a new
 * engine first and swaps only on success, so a bad file never costs the
 * user the work that is open.
 */
export function EngineProvider({
  children,
  firstEngine,
}: Readonly<{ children: ReactNode; firstEngine?: Promise<Db> }>) {
  const [state, setState] = useState<EngineState>({ phase: 'starting' });
  const [workspaceName, setWorkspaceName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [recoverable, setRecoverable] = useState<AutosaveMarker | null>(() => {
    const marker = readMarker();
    return marker?.dirty ? marker : null;
  });
  const changes = useRef(0);
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const dbRef = useRef<Db | null>(null);
  // writeLater's writes, by key, each with the engine it was meant for.
  const laterWrites = useRef(
    new Map<string, Readonly<{ db: Db; write: (db: Db) => Promise<unknown> }>>(),
  );
  const laterTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flushLaterWrites = useCallback(async () => {
    if (laterTimer.current) clearTimeout(laterTimer.current);
    laterTimer.current = null;
    const writes = [...laterWrites.current.values()];
    laterWrites.current.clear();
    for (const { db, write } of writes)
      if (db === dbRef.current) await write(db).catch(() => undefined);
  }, []);

  // Every change to the data schedules an autosave a few seconds later.
  const scheduleAutosave = useCallback(
    (name: string | null) => {
      changes.current += 1;
      setDirty(true);
      if (autosaveTimer.current) clearTimeout(autosaveTimer.current);
      autosaveTimer.current = setTimeout(() => {
        const db = dbRef.current;
        if (!db) return;
        // The working database file as it is (fast): the autosave never leaves this machine.
        void flushLaterWrites()
          .then(() => writeWorkspace(db, APP_VERSION, { zip: zipInWorker, compact: false }))
          .then(
            (bytes) => autosave(bytes, name),
            () => undefined,
          );
      }, AUTOSAVE_DELAY_MS);
    },
    [flushLaterWrites],
  );
  const revision = useRef(0);
  const workspace = useRef(0);

  const adopt = useCallback(async (db: Db) => {
    const previous = dbRef.current;
    dbRef.current = db;
    revision.current += 1;
    if (previous !== db) workspace.current += 1;
    const counts = await tableCounts(db);
    performance.mark('oj-engine:adopted');
    setState({
      phase: 'ready',
      db,
      counts,
      revision: revision.current,
      workspace: workspace.current,
      engineVersion: db.engineVersion,
    });
    if (previous && previous !== db) await previous.close();
  }, []);

  const freshWorkspace = useCallback(async (engine: Promise<Db> = startEngine()) => {
    const [db, prebuilt] = await Promise.all([engine, emptyWorkspaceFile()]);
    const from = await startNewWorkspace(db, prebuilt);
    performance.mark('oj-engine:workspace', { detail: from });
    return db;
  }, []);

  // An engine started before the first render (main.tsx) is used once, for the start-up workspace.
  const firstEngineRef = useRef(firstEngine ?? null);
  useEffect(() => {
    let cancelled = false;
    const pending = firstEngineRef.current;
    firstEngineRef.current = null;
    freshWorkspace(pending ?? undefined).then(
      (db) => (cancelled ? void db.close() : adopt(db)),
      (error: unknown) =>
        setState({
          phase: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [adopt, freshWorkspace]);

  const withBusy = useCallback(async <T,>(work: () => Promise<T>): Promise<T> => {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  }, []);

  const value = useMemo<Engine>(
    () => ({
      state,
      workspaceName,
      busy,
      dirty,
      newWorkspace: () =>
        withBusy(async () => {
          await adopt(await freshWorkspace());
          setWorkspaceName(null);
          setDirty(false);
        }),
      openDemo: () =>
        withBusy(async () => {
          const db = await freshWorkspace();
          const loaded = await loadDemoData(db);
          // The exempeldata comes with its hemkommun, so it opens without a question.
          await writeSetting(db, CHOICE_SETTING, { home: DEMO_HOME });
          await adopt(db);
          setWorkspaceName(null);
          scheduleAutosave(null);
          setDirty(false); // the exempeldata is one click away: nothing of the user's yet
          return loaded;
        }),
      recoverable,
      recover: () =>
        withBusy(async () => {
          const bytes = await readAutosave();
          setRecoverable(null);
          if (!bytes) return;
          const starting = startEngine();
          const unpacking = unpackWorkspace(bytes, { inflate: 'native' });
          unpacking.catch(() => undefined); // awaited below; a failure is handled there
          const db = await starting;
          try {
            await loadWorkspace(db, await unpacking);
          } catch (error) {
            await db.close();
            throw error;
          }
          await adopt(db);
          setWorkspaceName(readMarker()?.name ?? null);
          setDirty(true); // recovered work has still never reached a file
        }),
      discardRecovery: () => {
        markClean();
        setRecoverable(null);
      },
      openWorkspace: (recentId) =>
        withBusy(async () => {
          // The new engine compiles while the user picks the file: the dialog takes longer than that.
          const starting = startEngine();
          let adopted = false;
          try {
            const picked = await host.invoke('workspace.open', { recentId });
            if (!picked) return null;
            readWorkspaceManifest(picked.bytes); // refuse early, before loading anything
            performance.mark('oj-open:picked');
            // Unpacking (native, off the main thread) runs while the engine is still starting.
            const unpacking = unpackWorkspace(picked.bytes, { inflate: 'native' });
            unpacking.catch(() => undefined); // awaited below; a failure is handled there
            const db = await starting;
            performance.mark('oj-open:engine');
            await loadWorkspace(db, await unpacking);
            adopted = true; // from here the window owns the new engine
            await adopt(db);
            setWorkspaceName(picked.name);
            setDirty(false);
            return picked.name;
          } finally {
            // Cancelled, refused or failed: the open workspace stays, the new engine goes.
            if (!adopted)
              void starting.then(
                (db) => db.close(),
                () => undefined,
              );
          }
        }),
      writeLater: (key, write) => {
        const db = dbRef.current;
        if (!db) return;
        laterWrites.current.delete(key);
        laterWrites.current.set(key, { db, write });
        scheduleAutosave(workspaceName);
        if (laterTimer.current) clearTimeout(laterTimer.current);
        laterTimer.current = setTimeout(() => void flushLaterWrites(), LATER_WRITE_DELAY_MS);
      },
      refresh: async () => {
        const db = dbRef.current;
        if (!db) return;
        // Views re-read at the new revision (the saved choice too): what is waiting goes first.
        await flushLaterWrites();
        revision.current += 1;
        const counts = await tableCounts(db);
        setState({
          phase: 'ready',
          db,
          counts,
          revision: revision.current,
          workspace: workspace.current,
          engineVersion: db.engineVersion,
        });
        scheduleAutosave(workspaceName);
      },
      saveWorkspace: (saveAs) =>
        withBusy(async () => {
          const db = dbRef.current;
          if (!db) return null;
          // A change made while the file is written (a save takes seconds) is not in it: still unsaved.
          const changesBefore = changes.current;
          await flushLaterWrites();
          const bytes = await writeWorkspace(db, APP_VERSION, { zip: zipInWorker });
          const suggestedName = workspaceName ?? 'arbetsyta.ojanalys';
          const saved = await host.invoke('workspace.save', { suggestedName, bytes, saveAs });
          if (saved) {
            setWorkspaceName(saved.name);
            if (changes.current === changesBefore) {
              setDirty(false);
              markClean();
            }
          }
          return saved?.name ?? null;
        }),
    }),
    [
      state,
      workspaceName,
      busy,
      dirty,
      withBusy,
      adopt,
      freshWorkspace,
      recoverable,
      scheduleAutosave,
      flushLaterWrites,
    ],
  );
  return <EngineContext.Provider value={value}>{children}</EngineContext.Provider>;
}

export function useEngine(): Engine {
  const value = useContext(EngineContext);
  if (!value) throw new Error('useEngine outside EngineProvider');
  return value;
}
