import units from '../../assets/reference/units.json' with { type: 'json' };
import { RIKET_CODE, type Unit } from '../model/units';

export type KommunFact = Readonly<{
  code: string;
  name: string;
  lanCode: string;
  /** SKR kommungrupp, 2023 classification (A1–C9). */
  kommungrupp2023: string;
  /** SKR kommungrupp, 2017 classification, for older years. */
  kommungrupp2017: string;
}>;
export type LanFact = Readonly<{ code: string; name: string }>;
export type KommungruppFact = Readonly<{ code: string; name: string; huvudgrupp: string }>;
/** A region as statistics files name it ("Region Stockholm", "Västra Götalandsregionen"); same code as its län. */
export type RegionFact = Readonly<{ lanCode: string; name: string }>;
/** A Stockholm stadsdelsområde; `current` for the 13 of the 2020 division, false for older names still found in files. */
export type StadsdelFact = Readonly<{ name: string; current: boolean }>;

export const KOMMUNER: readonly KommunFact[] = units.kommuner;
export const LAN: readonly LanFact[] = units.lan;
/** SKR's nine groups; names and huvudgrupper are the same in 2017 and 2023 (33 kommuner moved). */
export const KOMMUNGRUPPER: readonly KommungruppFact[] = units.kommungrupper;
export const REGIONER: readonly RegionFact[] = units.regioner;
export const STADSDELAR: readonly StadsdelFact[] = units.stadsdelar;

/** Riket, the 21 län and the 290 kommuner as `unit` rows. */
export function referenceUnits(): Unit[] {
  const none = { kommungrupp2023: null, kommungrupp2017: null };
  return [
    {
      unitCode: RIKET_CODE,
      name: 'Riket',
      level: 'riket',
      parentCode: null,
      lanCode: null,
      ...none,
    },
    ...LAN.map((l): Unit => ({
      unitCode: l.code,
      name: l.name,
      level: 'lan',
      parentCode: RIKET_CODE,
      lanCode: l.code,
      ...none,
    })),
    ...KOMMUNER.map((k): Unit => ({
      unitCode: k.code,
      name: k.name,
      level: 'kommun',
      parentCode: k.lanCode,
      lanCode: k.lanCode,
      kommungrupp2023: k.kommungrupp2023,
      kommungrupp2017: k.kommungrupp2017,
    })),
  ];
}
