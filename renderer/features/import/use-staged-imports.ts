import { useCallback, useRef, useState } from 'react';
import type { PickedFile } from '../../../shared/contract/host-api';
import { commitImport, type CommitResult } from '../../../shared/import/commit-import';
import type { ImportOptions, ImportProgress, ParsedImport } from '../../../shared/import/import-file';
import { useEngine } from '../../state/engine-context';
import { parseInWorker } from '../../worker/parse-in-worker';

export type StagedFile = Readonly<{
  id: number;
  file: PickedFile;
  options: ImportOptions;
  phase: 'parsing' | 'ready' | 'refused' | 'importing' | 'done';
  progress: Parameters<ImportProgress>[0] | null;
  parsed: ParsedImport | null;
  result: CommitResult | null;
  error: string | null;
}>;

let nextId = 1;

/** Files read (in a worker) and waiting for the user's go; each is committed all or nothing. */
export function useStagedImports() {
  const engine = useEngine();
  const [staged, setStaged] = useState<readonly StagedFile[]>([]);
  const update = useCallback((id: number, change: Partial<StagedFile>) => {
    setStaged((list) => list.map((s) => (s.id === id ? { ...s, ...change } : s)));
  }, []);

  const controllers = useRef(new Map<number, AbortController>());
  const parse = useCallback(
    async (id: number, file: PickedFile, options: ImportOptions) => {
      const controller = controllers.current.get(id) ?? new AbortController();
      controllers.current.set(id, controller);
      if (controller.signal.aborted) return; // cancelled while waiting its turn
      update(id, { phase: 'parsing', options, progress: null, error: null, parsed: null });
      try {
        const parsed = await parseInWorker(file.name, file.bytes, options, (progress) => update(id, { progress }), controller.signal);
        update(id, { phase: 'ready', parsed });
      } catch (error) {
        update(id, { phase: 'refused', error: error instanceof Error ? error.message : String(error) });
      }
    },
    [update],
  );

  const add = useCallback(
    (files: readonly PickedFile[]) => {
      const added = files.map((file): StagedFile => ({
        id: nextId++,
        file,
        options: {},
        phase: 'parsing',
        progress: null,
        parsed: null,
        result: null,
        error: null,
      }));
      for (const s of added) controllers.current.set(s.id, new AbortController());
      setStaged((list) => [...list, ...added]);
      // One file at a time: two cores, and memory stays predictable.
      void added.reduce((chain, s) => chain.then(() => parse(s.id, s.file, {})), Promise.resolve());
    },
    [parse],
  );

  const correct = useCallback(
    (s: StagedFile, options: ImportOptions) => {
      controllers.current.set(s.id, new AbortController());
      return parse(s.id, s.file, options);
    },
    [parse],
  );

  /** Stop reading a file (running or still queued): its worker is killed, nothing was committed, the card goes. */
  const cancel = useCallback((id: number) => {
    controllers.current.get(id)?.abort();
    controllers.current.delete(id);
    setStaged((list) => list.filter((s) => s.id !== id));
  }, []);

  const commit = useCallback(
    async (s: StagedFile) => {
      if (engine.state.phase !== 'ready' || !s.parsed) return;
      update(s.id, { phase: 'importing' });
      try {
        const result = await commitImport(engine.state.db, s.parsed);
        update(s.id, { phase: 'done', result });
        await engine.refresh();
      } catch (error) {
        update(s.id, { phase: 'refused', error: error instanceof Error ? error.message : String(error) });
      }
    },
    [engine, update],
  );

  const discard = useCallback((id: number) => setStaged((list) => list.filter((s) => s.id !== id)), []);
  return { staged, add, correct, commit, discard, cancel };
}
