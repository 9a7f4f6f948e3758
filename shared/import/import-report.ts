import type { Status } from '../model/observations';
import type { Diagnostic, SheetLayout } from './import-batch';

/** What an import recognised and what it could not place — shown in the UI, printed by the CLI. */
export type ImportReport = Readonly<{
  fileName: string;
  sha256: string;
  area: string | null;
  year: number | null;
  publisher: string | null;
  layout: string;
  sheets: readonly Readonly<{ sheet: string; layout: SheetLayout; indicators: number; observations: number }>[];
  units: Readonly<Record<string, number>>;
  indicators: number;
  /** Of `indicators`, how many are bakgrundsmått (context, no standing). */
  background: number;
  valuesByStatus: Readonly<Partial<Record<Status, number>>>;
  coloured: number;
  diagnostics: readonly Diagnostic[];
}>;

export function formatImportReport(report: ImportReport): string {
  const lines = [
    `${report.fileName}`,
    `  område: ${report.area ?? 'okänt'} · år: ${report.year ?? 'flera/okänt'} · layout: ${report.layout}${report.publisher ? ` · utgivare: ${report.publisher}` : ''}`,
    `  enheter: ${Object.entries(report.units).map(([level, n]) => `${n} ${level}`).join(', ') || 'inga'}`,
    `  indikatorer: ${report.indicators}${report.background > 0 ? ` (varav ${report.background} bakgrundsmått)` : ''} · värden: ${Object.entries(report.valuesByStatus).map(([s, n]) => `${s} ${n}`).join(', ')} · färgade: ${report.coloured}`,
    ...report.sheets.map((s) => `  blad "${s.sheet}": ${s.layout}, ${s.indicators} indikatorer, ${s.observations} värden`),
    ...report.diagnostics.map((d) => `  ${d.severity === 'warning' ? 'VARNING' : 'info'}${d.sheet ? ` [${d.sheet}${d.cell ? `!${d.cell}` : ''}]` : ''}: ${d.message}`),
  ];
  return lines.join('\n');
}
