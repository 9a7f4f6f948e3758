import type { MessageKey } from './sv';
import type { UnitLevel } from '../model/units';

export type T = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
export type Num = (value: number) => string;

/** The order a controller reads units in: the many first, riket last. */
const LEVEL_ORDER: readonly UnitLevel[] = [
  'kommun',
  'lan',
  'region',
  'stadsdel',
  'enhet',
  'grupp',
  'riket',
];

export const counted = (t: T, num: Num, base: string, count: number): string =>
  t(`${base}.${count === 1 ? 'one' : 'many'}` as MessageKey, { count: num(count) });

/** "290 kommuner, 21 län, riket" (levels the file has, by count). */
export function unitSummary(units: Readonly<Record<string, number>>, t: T, num: Num): string {
  const known = new Set<string>(LEVEL_ORDER);
  const parts = [...LEVEL_ORDER, ...Object.keys(units).filter((l) => !known.has(l))]
    .filter((level) => (units[level] ?? 0) > 0)
    .map((level) => {
      const count = units[level]!;
      if (level === 'riket' && count === 1) return t('import.level.riket');
      return known.has(level)
        ? counted(t, num, `import.level.${level}`, count)
        : `${num(count)} ${level}`;
    });
  return parts.length > 0 ? parts.join(', ') : t('import.unitsNone');
}
