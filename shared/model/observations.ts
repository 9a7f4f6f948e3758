/** Why a value is (not) there. A missing value is never 0, never "Nej", never part of a mean. */
export const STATUSES = [
  'ok',
  'sekretess',
  'bortfall',
  'ej_tillampligt',
  'ej_publicerat',
  'saknas',
] as const;
export type Status = (typeof STATUSES)[number];

/** Socialstyrelsen's own colour classification, kept as published. */
export const OFFICIAL_CLASSES = ['gron', 'gul', 'rod'] as const;
export type OfficialClass = (typeof OFFICIAL_CLASSES)[number];

export type Observation = Readonly<{
  indicatorId: string;
  unitCode: string;
  year: number;
  period: string | null;
  valueNum: number | null;
  valueText: string | null;
  status: Status;
  officialClass: OfficialClass | null;
  /** The number behind the value (antal svar, nämnare, underlag), from the column beside it. */
  n: number | null;
  /** Published confidence interval in the value's own unit ("KI ±" gives value ∓ margin). */
  ciLow?: number | null;
  ciHigh?: number | null;
  /** Published svarsfrekvens in percent. */
  responseRate?: number | null;
  fileId: string | null;
  sheet: string | null;
  cell: string | null;
}>;
