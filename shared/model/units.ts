/** Who a value is about. `grupp` is an average row ("ovägt medel"), never a kommun. */
export const UNIT_LEVELS = [
  'riket',
  'lan',
  'region',
  'kommun',
  'stadsdel',
  'enhet',
  'grupp',
] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export type Unit = Readonly<{
  unitCode: string;
  name: string;
  level: UnitLevel;
  parentCode: string | null;
  lanCode: string | null;
  kommungrupp2023: string | null;
  kommungrupp2017: string | null;
  /** Enheter: "kommunal" / "enskild" (regiform), as published; null otherwise. */
  regiform?: string | null;
}>;

/** Riket has no official numeric code in ÖJ files; we use "00" as SCB does in its tables. */
export const RIKET_CODE = '00';
