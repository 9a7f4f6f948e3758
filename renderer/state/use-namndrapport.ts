import { useEffect, useState } from 'react';
import { buildNamndrapport } from '../../shared/report/namndrapport';
import type { ReportDocument } from '../../shared/report/report-document';
import { useEngine } from './engine-context';
import { useAnalysisChoice } from './use-analysis-choice';

/** The Nämndrapport for the current choice, rebuilt from the workspace whenever the data or the choice changes. */
export function useNamndrapport() {
  const { state } = useEngine();
  const db = state.phase === 'ready' ? state.db : null;
  const revision = state.phase === 'ready' ? state.revision : 0;
  const { choice } = useAnalysisChoice();
  const [doc, setDoc] = useState<ReportDocument | null>(null);
  useEffect(() => {
    if (!db || !choice) return;
    let live = true;
    setDoc(null);
    buildNamndrapport(db, { home: choice.home, peers: choice.peers, years: [choice.from, choice.to], mode: choice.mode }).then(
      (d) => live && setDoc(d),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, revision, choice]);
  return { choice, doc };
}
