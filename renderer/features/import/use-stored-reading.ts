import { useEffect, useState } from 'react';
import type { ParsedImport } from '../../../shared/import/import-file';
import { useRunCommand } from '../../state/use-command';

/**
 * For a file already in the workspace: how many of its values this version
 * reads differently from the stored reading (0: the same; null: not known
 * yet). Asked once per reading and workspace, not per render: the reading is
 * large, so it is not a `useCommand` payload (compared by value each render).
 */
export function useStoredReadingDifferences(parsed: ParsedImport | null): number | null {
  const run = useRunCommand();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    setCount(null);
    if (!parsed) return;
    let live = true;
    run('import.readDifferently', { parsed }).then(
      (r) => {
        if (live) setCount(r?.count ?? 0);
      },
      () => {
        if (live) setCount(0);
      },
    );
    return () => {
      live = false;
    };
  }, [run, parsed]);
  return count;
}
