import type { Status } from '../model/observations';
import { diagnosticText, type DiagnosticParams } from '../i18n/diagnostic-text';
import { reasonText, type ReasonWords } from '../i18n/import-reason-text';
import { translate, type Lang, type MessageKey } from '../i18n/i18n';
import { unitSummary } from '../i18n/unit-summary';
import type { DiagnosticCode } from './diagnostic';
import type { Diagnostic, SheetLayout } from './import-batch';

/** The plausibility checks run on every parsed file before it may be committed. */
export const GATE_CHECKS = [
  'unit_column', // the unit column is ambiguous or names no kommuner where the sheet has a kommun code column
  'indicators_per_sheet', // far more indicators than value columns (rows read as indicators)
  'units_matched', // too few data rows matched to a unit
  'unit_count', // units found against the expected count for the level (290 kommuner, 21 län)
  'duplicate_cells', // two values for one (unit, indicator)
  'series_collision', // one series holding two indicators of one year
  'share_range', // a share outside 0–100
  'share_scale', // a share whose every value lies in 0–1, without a per cent format: read as it stands
] as const;
export type GateCheck = (typeof GATE_CHECKS)[number];

/**
 * One finding of the plausibility gate. A blocking finding stops Importera
 * (the CLI exits non-zero unless --accept-warnings) until the user corrects
 * the mapping or accepts it.
 */
export type GateFinding = Readonly<{
  check: GateCheck;
  blocking: boolean;
  sheet: string | null;
  /** The first cells concerned, e.g. ["A5", "A9"]. */
  cells: readonly string[];
  /** What looks wrong, for the user's language (diagnosticText); `message` is the Swedish text. */
  code: DiagnosticCode;
  params: DiagnosticParams;
  message: string;
}>;

/** Role of one column in a sheet, as detected or as corrected by the user. */
export const COLUMN_ROLES = [
  'unit',
  'value',
  'n',
  'ci',
  'ci_low',
  'ci_high',
  'response_rate',
  'context',
  'colour',
  'ignore',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** What the import card shows of one sheet: its first rows and how each column was read. */
export type SheetPreview = Readonly<{
  sheet: string;
  /** The sheet row (0-based) of `rows[0]`: the preview starts a few rows above the headers. */
  firstRow: number;
  /** Rows from `firstRow` (display text, null for empty); column index = the sheet's own 0-based column. */
  rows: readonly (readonly (string | null)[])[];
  /** 0-based rows of the preview that were read as header rows. */
  headerRows: readonly number[];
  /** 0-based column → role; columns not listed were not read. */
  columns: Readonly<Record<number, ColumnRole>>;
  /** The value column an auxiliary column (n, KI, svarsfrekvens) belongs to. */
  auxOf: Readonly<Record<number, number>>;
  /** 0-based column of the units, and why it was chosen ("kolumn C: 290 kommuner (koder)"). */
  unitCol: number | null;
  unitEvidence: string | null;
  /** `unitEvidence` for any language (reasonText); absent in reports made before it. */
  unitEvidenceWords?: ReasonWords | null;
  /** Identifies the sheet's layout across years (header texts without years): the key of a layout template. */
  signature: string;
  /** 0-based column where this preview's table starts (side-by-side tables are previewed apart). */
  firstCol?: number;
}>;

/** A sample value with its cell, so a controller can check it against the file: "Solna: 37,7 (G27)". */
export type SampleValue = Readonly<{
  unitName: string;
  indicator: string;
  value: string;
  sheet: string;
  cell: string;
}>;

/** What an import recognised and what it could not place — shown in the UI, printed by the CLI. */
export type ImportReport = Readonly<{
  fileName: string;
  sha256: string;
  area: string | null;
  year: number | null;
  publisher: string | null;
  layout: string;
  sheets: readonly Readonly<{
    sheet: string;
    layout: SheetLayout;
    indicators: number;
    observations: number;
  }>[];
  units: Readonly<Record<string, number>>;
  indicators: number;
  /** Of `indicators`, how many are bakgrundsmått (context, no standing). */
  background: number;
  valuesByStatus: Readonly<Partial<Record<Status, number>>>;
  coloured: number;
  diagnostics: readonly Diagnostic[];
  /** Distinct series (nyckeltal) and the years they cover: "6 indikatorer × 1 år". */
  seriesCount?: number;
  years?: readonly number[];
  /** Plausibility gate: a blocking finding stops the import. */
  gate?: readonly GateFinding[];
  samples?: readonly SampleValue[];
  previews?: readonly SheetPreview[];
  /** Missing-value codes and what they were read as, from the file's legend or the built-in table. */
  missingCodes?: readonly Readonly<{
    code: string;
    status: Status;
    source: 'legend' | 'builtin';
  }>[];
  /** Why the area is what it is ("filnamnet nämner …"). */
  areaReason?: string | null;
  /** `areaReason` for any language (reasonText); absent in reports made before it. */
  areaReasonWords?: ReasonWords | null;
  /** A saved layout template applied to this file. */
  templateApplied?: string | null;
}>;

export const gateBlocks = (report: ImportReport): boolean =>
  (report.gate ?? []).some((f) => f.blocking);

const yearSpan = (years: readonly number[]) =>
  years.length === 0
    ? ''
    : years.length === 1
      ? ` (${years[0]})`
      : ` (${years[0]}–${years[years.length - 1]})`;

export function formatImportReport(report: ImportReport, lang: Lang = 'sv'): string {
  const t = (key: MessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    translate(lang, key, params);
  const lines = [
    `${report.fileName}`,
    `  ${t('cliImport.facts', {
      area: report.area ?? t('cliImport.areaUnknown'),
      year: report.year ?? t('cliImport.yearUnknown'),
      layout: report.layout,
      publisher: report.publisher ? t('cliImport.publisher', { publisher: report.publisher }) : '',
    })}`,
    ...(report.areaReason
      ? [
          `  ${t('cliImport.areaBy', { reason: reasonText(report.areaReason, report.areaReasonWords, lang) })}`,
        ]
      : []),
    ...(report.missingCodes && report.missingCodes.length > 0
      ? [
          `  ${t('cliImport.missingCodes', {
            codes: report.missingCodes
              .map(
                (c) =>
                  `${c.code} = ${c.status}${c.source === 'legend' ? t('cliImport.fromLegend') : ''}`,
              )
              .join(', '),
          })}`,
        ]
      : []),
    `  ${t('cliImport.units', { units: unitSummary(report.units, t, String) })}`,
    `  ${t('cliImport.indicators', {
      count: report.indicators,
      background:
        report.background > 0 ? t('cliImport.background', { count: report.background }) : '',
      values: Object.entries(report.valuesByStatus)
        .map(([s, n]) => `${s} ${n}`)
        .join(', '),
      coloured: report.coloured,
    })}`,
    ...(report.seriesCount !== undefined
      ? [
          `  ${t('cliImport.kpis', {
            count: report.seriesCount,
            years: report.years?.length ?? 0,
            span: yearSpan(report.years ?? []),
          })}`,
        ]
      : []),
    ...(report.samples ?? []).map(
      (s) =>
        `  ${t('cliImport.sample', {
          unit: s.unitName,
          value: s.value,
          sheet: s.sheet,
          cell: s.cell,
          indicator: s.indicator,
        })}`,
    ),
    ...report.sheets.map(
      (s) =>
        `  ${t('cliImport.sheet', {
          sheet: s.sheet,
          layout: s.layout,
          indicators: s.indicators,
          values: s.observations,
        })}`,
    ),
    ...(report.gate ?? []).map(
      (f) =>
        `  ${t(f.blocking ? 'cliImport.stop' : 'cliImport.check')} [${f.check}]${f.sheet ? ` [${f.sheet}${f.cells.length > 0 ? `!${f.cells.join(', ')}` : ''}]` : ''}: ${diagnosticText(f, lang)}`,
    ),
    ...report.diagnostics.map(
      (d) =>
        `  ${t(d.severity === 'warning' ? 'cliImport.warning' : 'cliImport.info')}${d.sheet ? ` [${d.sheet}${d.cell ? `!${d.cell}` : ''}]` : ''}: ${diagnosticText(d, lang)}`,
    ),
  ];
  return lines.join('\n');
}
