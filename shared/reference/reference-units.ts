import units from '../../assets/reference/units.json' with { type: 'json' };
import { RIKET_CODE, type Unit } from '../model/units';

export type KommunFact = Readonly<{ code: string; name: string; lanCode: string }>;
export type LanFact = Readonly<{ code: string; name: string }>;

export const KOMMUNER: readonly KommunFact[] = units.kommuner;
export const LAN: readonly LanFact[] = units.lan;

/** Riket, the 21 län and the 290 kommuner as `unit` rows. */
export function referenceUnits(): Unit[] {
  const none = { kommungrupp2023: null, kommungrupp2017: null };
  return [
    { unitCode: RIKET_CODE, name: 'Riket', level: 'riket', parentCode: null, lanCode: null, ...none },
    ...LAN.map(
      (l): Unit => ({
        unitCode: l.code,
        name: l.name,
        level: 'lan',
        parentCode: RIKET_CODE,
        lanCode: l.code,
        ...none,
      }),
    ),
    ...KOMMUNER.map(
      (k): Unit => ({
        unitCode: k.code,
        name: k.name,
        level: 'kommun',
        parentCode: k.lanCode,
        lanCode: k.lanCode,
        ...none,
      }),
    ),
  ];
}
