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
  n: number | null;
  fileId: string | null;
  sheet: string | null;
  cell: string | null;
}>;
