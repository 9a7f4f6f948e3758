import type {
  Direction,
  IndicatorKind,
  IndicatorType,
  QualityDimension,
} from '../model/indicators';
import type { OfficialClass, Status } from '../model/observations';
import type { UnitMatch } from '../reference/unit-names';
import type { DiagnosticParams } from '../i18n/diagnostic-text';
import type { DiagnosticCode } from './diagnostic';
import type { GateFinding, SheetPreview } from './import-report';

/** One indicator column (or KPI × year) as found in a sheet, before it gets ids. */
export type FoundIndicator = {
  key: string;
  sheet: string;
  /** Where its title was read, e.g. "D3". */
  cell: string;
  title: string;
  titleOriginal: string;
  code: string | null;
  year: number | null;
  groupHeading: string | null;
  kind: IndicatorKind;
  direction: Direction;
  directionReason: string;
  indicatorType: IndicatorType | null;
  qualityDimension: QualityDimension | null;
  description: string | null;
  /** Set after all sheets are read: why this is a bakgrundsmått (null: an indicator). */
  backgroundReason?: string | null;
};

export type FoundObservation = {
  indicatorKey: string;
  unit: UnitMatch;
  year: number | null;
  period: string | null;
  valueNum: number | null;
  valueText: string | null;
  status: Status;
  officialClass: OfficialClass | null;
  /** From the value's auxiliary columns (Antal svar, KI, Svarsfrekvens); absent when the sheet has none. */
  n?: number | null;
  ciLow?: number | null;
  ciHigh?: number | null;
  responseRate?: number | null;
  sheet: string;
  cell: string;
};

/**
 * Something the importer says about a file. `code` and `params` are for the
 * user's language (diagnosticText); `message` is the Swedish text, stored in
 * `source_file.warnings` and printed by the CLI. Build one with diagnostic().
 */
export type Diagnostic = Readonly<{
  severity: 'info' | 'warning';
  sheet: string | null;
  cell: string | null;
  code: DiagnosticCode;
  params: DiagnosticParams;
  message: string;
}>;

/** A diagnostic as read back from stored warnings: those stored before codes have only the message. */
export type StoredDiagnostic = Omit<Diagnostic, 'code' | 'params'> &
  Readonly<{ code?: string; params?: DiagnosticParams }>;

export type SheetLayout = 'wide' | 'kolada' | 'period' | 'descriptions' | 'skipped';

export type SheetResult = {
  sheet: string;
  layout: SheetLayout;
  indicators: FoundIndicator[];
  observations: FoundObservation[];
  diagnostics: Diagnostic[];
  /** Plausibility findings of this sheet (the file-level ones are added by the parser). */
  gate?: GateFinding[];
  /** What the import card shows of the sheet and lets the user correct. */
  preview?: SheetPreview;
  /** Another table starts in this column, side by side with the one read. */
  sideTableCol?: number;
};
