import { useCallback, useEffect, useRef, useState } from 'react';
import type { PickedFile } from '../../../shared/contract/host-api';
import type { CommitResult } from '../../../shared/import/commit-import';
import type {
  ImportOptions,
  ImportProgress,
  ParsedImport,
} from '../../../shared/import/import-file';
import type { LayoutTemplate, LayoutTemplateInput } from '../../../shared/import/layout-template';
import { toErrorData, type ErrorData } from '../../../shared/util/app-error';
import { useEngine } from '../../state/engine-context';
import { useRunCommand, type RunCommand } from '../../state/use-command';
import { parseInWorker } from '../../worker/parse-in-worker';
import { previewSignature } from './sheet-draft';

export type StagedFile = Readonly<{
  id: number;
  file: PickedFile;
  options: ImportOptions;
  phase: 'parsing' | 'ready' | 'refused' | 'importing' | 'done';
  progress: Parameters<ImportProgress>[0] | null;
  parsed: ParsedImport | null;
  result: CommitResult | null;
  /** Why the file was refused, as data: the card words it in the user's language. */
  error: ErrorData | null;
  /** The user's corrected mapping was saved as a layout template on import. */
  templateSaved?: boolean;
  /**
   * Sheet → the signature of its layout as first read, before any correction:
   * what next year's file of the same layout shows, so what a template is saved under.
   */
  signatures?: Readonly<Record<string, string>>;
}>;

/** The parser's options with the workspace's saved layout templates (applied to a sheet whose signature matches). */
type ParseOptions = ImportOptions & Readonly<{ templates?: readonly LayoutTemplate[] }>;

async function savedTemplates(run: RunCommand): Promise<readonly LayoutTemplate[]> {
  return run('import.templates', {}).catch(() => []);
}

/**
 * The signature of each sheet as read without a correction: a sheet read with
 * the user's mapping or a saved template has the signature of that reading,
 * so it is taken from the template (or left to an earlier reading).
 */
function uncorrectedSignatures(
  parsed: ParsedImport,
  options: ImportOptions,
  templates: readonly LayoutTemplate[],
): Record<string, string> {
  const out: Record<string, string> = {};
  const applied = parsed.report.templateApplied;
  for (const preview of parsed.report.previews ?? []) {
    if (options.mappings?.some((m) => m.sheet === preview.sheet)) continue;
    const template = applied
      ? templates.find((t) => t.sheetName === preview.sheet || t.mapping.sheet === preview.sheet)
      : undefined;
    const signature = applied ? template?.signature : previewSignature(preview);
    if (signature && !(preview.sheet in out)) out[preview.sheet] = signature;
  }
  return out;
}

/** The user's corrections of a file, as templates for next year's file (saved when the file is imported). */
function corrections(staged: StagedFile): LayoutTemplateInput[] {
  const { parsed, options } = staged;
  if (!parsed) return [];
  return (options.mappings ?? []).flatMap((mapping) => {
    const preview = parsed.report.previews?.find((p) => p.sheet === mapping.sheet);
    const signature =
      staged.signatures?.[mapping.sheet] ?? (preview ? previewSignature(preview) : null);
    return signature
      ? [{ publisher: parsed.publisher, signature, sheetName: mapping.sheet, mapping }]
      : [];
  });
}

let nextId = 1;

/** Files read (in a worker) and waiting for the user's go; each is committed all or nothing. */
export function useStagedImports() {
  const engine = useEngine();
  const run = useRunCommand();
  const runRef = useRef(run);
  runRef.current = run;
  const [staged, setStaged] = useState<readonly StagedFile[]>([]);
  const update = useCallback((id: number, change: Partial<StagedFile>) => {
    setStaged((list) => list.map((s) => (s.id === id ? { ...s, ...change } : s)));
  }, []);

  const controllers = useRef(new Map<number, AbortController>());

  // The cards belong to the workspace: when another replaces it (Ny, Öppna, Återställ), they go with it.
  const workspace = engine.state.phase === 'ready' ? engine.state.workspace : null;
  const shownWorkspace = useRef(workspace);
  useEffect(() => {
    if (shownWorkspace.current === workspace) return;
    const replaced = shownWorkspace.current !== null;
    shownWorkspace.current = workspace;
    if (!replaced) return;
    for (const controller of controllers.current.values()) controller.abort();
    controllers.current.clear();
    setStaged([]);
  }, [workspace]);
  const parse = useCallback(
    async (id: number, file: PickedFile, options: ImportOptions) => {
      const controller = controllers.current.get(id) ?? new AbortController();
      controllers.current.set(id, controller);
      if (controller.signal.aborted) return; // cancelled while waiting its turn
      update(id, { phase: 'parsing', options, progress: null, error: null, parsed: null });
      try {
        const templates = await savedTemplates(runRef.current);
        const parseOptions: ParseOptions = { ...options, templates };
        const parsed = await parseInWorker(
          file.name,
          file.bytes,
          parseOptions,
          (progress) => update(id, { progress }),
          controller.signal,
        );
        const signatures = uncorrectedSignatures(parsed, options, templates);
        // The first reading's signature stays: a re-read with a correction has that reading's own.
        setStaged((list) =>
          list.map((s) =>
            s.id === id
              ? { ...s, phase: 'ready', parsed, signatures: { ...signatures, ...s.signatures } }
              : s,
          ),
        );
      } catch (error) {
        update(id, {
          phase: 'refused',
          error: toErrorData(error),
        });
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
        const { result, templateSaved } = await run('import.commit', {
          parsed: s.parsed,
          templates: corrections(s),
        });
        // The card says 'done' before the views re-read, so it never shows its own file as already imported.
        update(s.id, { phase: 'done', result, templateSaved });
        await engine.refresh();
      } catch (error) {
        update(s.id, {
          phase: 'refused',
          error: toErrorData(error),
        });
      }
    },
    [engine, run, update],
  );

  /** Replace the stored reading of a file this version reads differently (the card's "Läs in på nytt"). */
  const reread = useCallback(
    async (s: StagedFile) => {
      if (engine.state.phase !== 'ready' || !s.parsed) return;
      update(s.id, { phase: 'importing' });
      try {
        const result = await run('import.reread', { parsed: s.parsed });
        update(s.id, { phase: 'done', result, templateSaved: false });
        await engine.refresh();
      } catch (error) {
        update(s.id, { phase: 'refused', error: toErrorData(error) });
      }
    },
    [engine, run, update],
  );

  const discard = useCallback(
    (id: number) => setStaged((list) => list.filter((s) => s.id !== id)),
    [],
  );
  return { staged, add, correct, commit, reread, discard, cancel };
}
