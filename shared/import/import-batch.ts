import type {
  Direction,
  IndicatorKind,
  IndicatorType,
  QualityDimension,
} from '../model/indicators';
import type { OfficialClass, Status } from '../model/observations';
import type { UnitMatch } from '../reference/unit-names';
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

export type Diagnostic = Readonly<{
  severity: 'info' | 'warning';
  sheet: string | null;
  cell: string | null;
  message: string;
}>;

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
