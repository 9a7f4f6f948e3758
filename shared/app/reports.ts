import { buildNamndrapport } from '../report/namndrapport';
import {
  findReportByName,
  listReports,
  loadReport,
  saveReport,
  type ReportDefinition,
} from '../report/report-definition';
import type { ReportDocument } from '../report/report-document';
import { reportInput, type ReportBuildOptions, type ReportSource } from '../report/report-input';
import type { Lang } from '../i18n/i18n';
import type { CommandContext, CommandMap, NoPayload } from './command-types';

/** Commands of this capability: `'reports.<verb>': (ctx, payload) => result`. */
export const reportsCommands = {
  /** The saved reports, by name. */
  'reports.list': ({ db }: CommandContext, _payload: NoPayload) => listReports(db),
  /** One saved report's definition, or null when there is none with that id. */
  'reports.get': ({ db }: CommandContext, p: Readonly<{ reportId: string }>) =>
    loadReport(db, p.reportId),
  /** A saved report by its name (the command line names reports), or null. */
  'reports.findByName': ({ db }: CommandContext, p: Readonly<{ name: string }>) =>
    findReportByName(db, p.name),
  /** Save a definition, new or changed. */
  'reports.save': ({ db }: CommandContext, p: Readonly<{ definition: ReportDefinition }>) =>
    saveReport(db, p.definition),
  /**
   * The report document, rendered from the workspace: the one way the app's
   * Rapport and Presentation and `oj-analys report` build a report.
   */
  'reports.build': (
    { db }: CommandContext,
    p: Readonly<{ source: ReportSource; lang?: Lang } & ReportBuildOptions>,
  ): Promise<ReportDocument> => {
    const { source, lang, ...options } = p;
    // The report's language (report-texts.ts): the app's, or the CLI's --lang.
    return buildNamndrapport(db, reportInput(source, options, lang));
  },
} satisfies CommandMap;
