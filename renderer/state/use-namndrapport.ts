import { useCallback, useEffect, useState } from 'react';
import type { Db } from '../../shared/db/db';
import { buildNamndrapport } from '../../shared/report/namndrapport';
import {
  listReports,
  loadReport,
  saveReport,
  templateItems,
  TEMPLATE_LABEL,
  type ReportDefinition,
  type ReportItem,
  type ReportTemplate,
} from '../../shared/report/report-definition';
import type { ReportDocument } from '../../shared/report/report-document';
import type { OverviewChoice } from '../features/overview/use-overview';
import { useEngine } from './engine-context';
import { useAnalysisChoice } from './use-analysis-choice';

const CURRENT_KEY = 'oj-analys.report';

function currentId(): string | null {
  try {
    return localStorage.getItem(CURRENT_KEY);
  } catch {
    return null;
  }
}

function setCurrentId(id: string | null): void {
  try {
    if (id) localStorage.setItem(CURRENT_KEY, id);
    else localStorage.removeItem(CURRENT_KEY);
  } catch {
    /* private mode: the choice lasts this session */
  }
}

/** A new report definition from a template, for the current choice (home, comparison group, years). */
export function draftFromTemplate(
  template: ReportTemplate,
  choice: OverviewChoice,
  homeName: string,
): ReportDefinition {
  return {
    reportId: `r-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`,
    name: `${TEMPLATE_LABEL[template]} ${homeName} ${choice.to}`,
    template,
    home: choice.home,
    peers: choice.peers,
    years: [choice.from, choice.to],
    items: templateItems(template, choice.peers),
  };
}

/**
 * Pin a part (an indicator, the avvikare list …) to the current report; when
 * there is none yet, a Nämndrapport for the current choice is created first.
 * Returns the report's name.
 */
export async function pinToReport(
  db: Db,
  choice: OverviewChoice,
  homeName: string,
  item: ReportItem,
): Promise<string> {
  const id = currentId();
  const existing = id ? await loadReport(db, id) : null;
  const def = existing ?? draftFromTemplate('namndrapport', choice, homeName);
  const already = def.items.some((i) => JSON.stringify(i) === JSON.stringify(item));
  const next = already ? def : { ...def, items: [...def.items, item] };
  await saveReport(db, next);
  setCurrentId(next.reportId);
  return next.name;
}

/**
 * The report on the Rapport and Presentation pages: the current saved report
 * (composed by the user), or — until one is saved — the Nämndrapport template
 * for the current choice. Rebuilt from the workspace whenever the data changes.
 */
export function useNamndrapport() {
  const engine = useEngine();
  const db = engine.state.phase === 'ready' ? engine.state.db : null;
  const revision = engine.state.phase === 'ready' ? engine.state.revision : 0;
  const { choice } = useAnalysisChoice();
  const [definition, setDefinition] = useState<ReportDefinition | null>(null);
  const [reports, setReports] = useState<
    readonly { reportId: string; name: string; template: string }[]
  >([]);
  const [doc, setDoc] = useState<ReportDocument | null>(null);
  const [selected, setSelected] = useState<string | null>(currentId);

  useEffect(() => {
    if (!db) return;
    let live = true;
    (async () => {
      const list = await listReports(db);
      const def = selected ? await loadReport(db, selected) : null;
      return { list, def };
    })().then(
      ({ list, def }) => {
        if (!live) return;
        setReports(list);
        // Same definition after a data change: keep the object, so the report is not built twice.
        setDefinition((previous) =>
          JSON.stringify(previous) === JSON.stringify(def) ? previous : def,
        );
      },
      () => live && setDefinition(null),
    );
    return () => {
      live = false;
    };
  }, [db, revision, selected]);

  useEffect(() => {
    if (!db || (!definition && !choice)) return;
    let live = true;
    setDoc(null);
    const input = definition
      ? {
          home: definition.home,
          peers: definition.peers,
          items: definition.items,
          ...(definition.years ? { years: definition.years } : {}),
          mode: choice?.mode ?? 'relative',
        }
      : {
          home: choice!.home,
          peers: choice!.peers,
          years: [choice!.from, choice!.to] as const,
          mode: choice!.mode,
        };
    buildNamndrapport(db, input).then(
      (d) => live && setDoc(d),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [db, revision, choice, definition]);

  const select = useCallback((id: string | null) => {
    setCurrentId(id);
    setSelected(id);
  }, []);

  /** Save a definition (new or changed), make it current and re-render. */
  const save = useCallback(
    async (def: ReportDefinition) => {
      if (!db) return;
      await saveReport(db, def);
      setCurrentId(def.reportId);
      setSelected(def.reportId);
      await engine.refresh();
    },
    [db, engine],
  );

  return { choice, doc, definition, reports, select, save };
}
