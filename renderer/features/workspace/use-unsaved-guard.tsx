import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { settleUnsaved, type UnsavedChoice } from '../../../shared/workspace/unsaved-guard';
import { guardUnload } from '../../host/current-host';
import { useEngine } from '../../state/engine-context';
import { UnsavedDialog } from './UnsavedDialog';

/**
 * `settle()` before the workspace is replaced (Ny, Öppna, Öppna senaste) or the
 * window closes: asks about unsaved changes and resolves whether to go on.
 * `dialog` is to be rendered by the caller. Closing a browser tab gets the browser's own prompt.
 */
export function useUnsavedGuard(): Readonly<{ settle: () => Promise<boolean>; dialog: ReactNode }> {
  const engine = useEngine();
  const [answer, setAnswer] = useState<((choice: UnsavedChoice) => void) | null>(null);
  const dirty = useRef(engine.dirty);
  dirty.current = engine.dirty;
  useEffect(() => guardUnload(() => dirty.current), []);

  const ask = useCallback(
    () => new Promise<UnsavedChoice>((resolve) => setAnswer(() => resolve)),
    [],
  );
  const settle = useCallback(
    () => settleUnsaved(engine.dirty, ask, () => engine.saveWorkspace(false)),
    [engine, ask],
  );
  const dialog = answer ? (
    <UnsavedDialog
      name={engine.workspaceName}
      onChoose={(choice) => {
        setAnswer(null);
        answer(choice);
      }}
    />
  ) : null;
  return { settle, dialog };
}
