import type { Lang } from '../../shared/i18n/i18n';
import { useCallback, useMemo, useState } from 'react';
import {
  templateAreas,
  templateItems,
  TEMPLATE_LABEL,
  type ReportDefinition,
  type ReportTemplate,
} from '../../shared/report/report-definition';
import type { ReportDocument } from '../../shared/report/report-document';
import type { ReportSource } from '../../shared/report/report-input';
import type { OverviewChoice } from '../features/overview/use-overview';
import { useI18n } from './i18n-context';
import { useAnalysisChoice } from './use-analysis-choice';
import { useCommand, useRunCommand } from './use-command';

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
  /** The template's name in the user's language; the Swedish one when left out. */
  templateName: string = TEMPLATE_LABEL[template],
  /** The language of the template's own heading and text. */
  lang: Lang = 'sv',
): ReportDefinition {
  return {
    reportId: `r-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`,
    name: `${templateName} ${homeName} ${choice.to}`,
    template,
    home: choice.home,
    peers: choice.peers,
    years: [choice.from, choice.to],
    areas: templateAreas(template),
    items: templateItems(template, choice.peers, lang),
  };
}

const NO_REPORTS: readonly Readonly<{ reportId: string; name: string; template: string }>[] = [];

/**
 * The report on the Rapport and Presentation pages: the current saved report
 * (composed by the user), or — until one is saved — the Nämndrapport template
 * for the current choice. Rebuilt from the workspace whenever the data changes.
 */
export function useNamndrapport() {
  const run = useRunCommand();
  const { choice } = useAnalysisChoice();
  // The report speaks the app's language: its preview, exports and presentation (report-texts.ts).
  const { lang } = useI18n();
  const [selected, setSelected] = useState<string | null>(currentId);
  const reports = useCommand('reports.list', {}).data ?? NO_REPORTS;
  const loaded = useCommand('reports.get', selected ? { reportId: selected } : null).data;
  // Same definition after a data change: keep the object, so nothing downstream is redone.
  const definitionKey = JSON.stringify(loaded ?? null);
  const definition = useMemo(
    () => JSON.parse(definitionKey) as ReportDefinition | null,
    [definitionKey],
  );
  const source: ReportSource | null = definition
    ? { kind: 'saved', definition }
    : choice
      ? { kind: 'template', template: 'namndrapport', home: choice.home, peers: choice.peers }
      : null;
  const built = useCommand(
    'reports.build',
    source && {
      source,
      ...(definition || !choice ? {} : { years: [choice.from, choice.to] as const }),
      mode: choice?.mode ?? 'relative',
      lang,
    },
  );
  // Rebuilding (new data, another choice): no report until the new one is there.
  const doc: ReportDocument | null = built.loading ? null : built.data;

  const select = useCallback((id: string | null) => {
    setCurrentId(id);
    setSelected(id);
  }, []);

  /** Save a definition (new or changed), make it current and re-render. */
  const save = useCallback(
    async (def: ReportDefinition) => {
      await run('reports.save', { definition: def }, { changesData: true });
      setCurrentId(def.reportId);
      setSelected(def.reportId);
    },
    [run],
  );

  return { choice, doc, definition, reports, select, save };
}

/** The current report's id, for a view that pins a part to it (indicator.pin). */
export { currentId as currentReportId, setCurrentId as rememberCurrentReport };
