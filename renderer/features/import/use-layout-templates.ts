import { useEffect, useState } from 'react';
import { listLayoutTemplates, type LayoutTemplate } from '../../../shared/import/layout-template';
import { useEngine } from '../../state/engine-context';

/** The workspace's saved layout templates, re-read whenever the data changes. */
export function useLayoutTemplates(): readonly LayoutTemplate[] {
  const { state } = useEngine();
  const db = state.phase === 'ready' ? state.db : null;
  const revision = state.phase === 'ready' ? state.revision : 0;
  const [templates, setTemplates] = useState<readonly LayoutTemplate[]>([]);
  useEffect(() => {
    if (!db) return;
    let live = true;
    listLayoutTemplates(db).then(
      (list) => live && setTemplates(list),
      () => live && setTemplates([]),
    );
    return () => {
      live = false;
    };
  }, [db, revision]);
  return templates;
}
