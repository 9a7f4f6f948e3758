import { logReportExport, yearlyCycle, type ExportLogEntry } from '../analysis/yearly-cycle';
import type { CommandContext, CommandMap } from './command-types';

/** Hjulet: the yearly cycle's stations, and the log the nämnd station reads (issue 20 item 5). */
export const cycleCommands = {
  'cycle.get': ({ db }: CommandContext, p: Readonly<{ unitCode: string; year: number }>) =>
    yearlyCycle(db, p.unitCode, p.year),
  /** Note that a report was exported (called by Rapport after a save). */
  'cycle.logExport': ({ db }: CommandContext, p: ExportLogEntry) => logReportExport(db, p),
} satisfies CommandMap;
