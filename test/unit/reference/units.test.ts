import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KOMMUNER,
  LAN,
  REGIONER,
  STADSDELAR,
  referenceUnits,
} from '../../../shared/reference/reference-units';
import { matchUnit } from '../../../shared/reference/unit-names';

const REAL = path.resolve(__dirname, '../../../../shared/data/real/reference/kommuner_lan_290.csv');

describe('reference units', () => {
  it('has 290 unique kommun codes whose first two digits are their län', () => {
    expect(KOMMUNER).toHaveLength(290);
    expect(new Set(KOMMUNER.map((k) => k.code)).size).toBe(290);
    for (const k of KOMMUNER) {
      expect(k.code).toMatch(/^\d{4}$/);
      expect(k.code.slice(0, 2)).toBe(k.lanCode);
    }
  });

  it('has the 21 län', () => {
    expect(LAN).toHaveLength(21);
    expect(new Set(KOMMUNER.map((k) => k.lanCode))).toEqual(new Set(LAN.map((l) => l.code)));
  });

  it('matches the published SCB list row by row', () => {
    const lines = readFileSync(REAL, 'utf8').trim().split(/\r?\n/).slice(1);
    expect(lines).toHaveLength(290);
    const published = new Map(
      lines.map((line) => {
        const [code, name, lanCode, lanName] = line.split(',');
        return [code!, { name: name!, lanCode: lanCode!, lanName: lanName! }];
      }),
    );
    for (const k of KOMMUNER) {
      const p = published.get(k.code);
      expect(p, k.code).toBeDefined();
      expect(k.name).toBe(p!.name);
      expect(k.lanCode).toBe(p!.lanCode);
      expect(LAN.find((l) => l.code === k.lanCode)?.name).toBe(p!.lanName);
    }
  });

  it('builds unit rows for riket, län and kommuner', () => {
    const units = referenceUnits();
    expect(units.filter((u) => u.level === 'riket')).toHaveLength(1);
    expect(units.filter((u) => u.level === 'lan')).toHaveLength(21);
    expect(units.filter((u) => u.level === 'kommun')).toHaveLength(290);
    expect(units.find((u) => u.unitCode === '0180')).toMatchObject({
      name: 'Stockholm',
      parentCode: '01',
    });
  });

  it('names one region per län, as statistics files write them, and matches each to its län', () => {
    expect(new Set(REGIONER.map((r) => r.lanCode))).toEqual(new Set(LAN.map((l) => l.code)));
    for (const r of REGIONER)
      expect(matchUnit(r.name), r.name).toMatchObject({ unitCode: r.lanCode, level: 'region' });
    expect(matchUnit('Region Jämtland Härjedalen')?.unitCode).toBe('23');
    expect(matchUnit('Västra Götalandsregionen')?.unitCode).toBe('14');
  });

  it('knows Stockholm’s 13 stadsdelsområden of the 2020 division and the older names files still use', () => {
    expect(STADSDELAR.filter((s) => s.current)).toHaveLength(13);
    for (const s of STADSDELAR) {
      expect(matchUnit(s.name), s.name).toMatchObject({ level: 'stadsdel', name: s.name });
      expect(matchUnit(`${s.name} stadsdelsområde`)?.name).toBe(s.name);
    }
    // Older divisions: Hägersten-Liljeholmen and Älvsjö were merged in 2020.
    expect(STADSDELAR.find((s) => s.name === 'Hägersten-Älvsjö')?.current).toBe(true);
    expect(STADSDELAR.find((s) => s.name === 'Älvsjö')?.current).toBe(false);
  });
});
