import { describe, expect, it } from 'vitest';
import { KOMMUNER, LAN } from '../../../shared/reference/reference-units';
import { matchUnit } from '../../../shared/reference/unit-names';

const code = (raw: string | number, preferLan = false) =>
  matchUnit(raw, { preferLan })?.unitCode ?? null;

describe('unit recognition', () => {
  it('finds every kommun and län by its own name and code', () => {
    for (const k of KOMMUNER) {
      expect(code(k.name), k.name).toBe(k.code);
      expect(code(k.code)).toBe(k.code);
    }
    for (const l of LAN) {
      expect(code(l.name), l.name).toBe(l.code);
      expect(code(l.code)).toBe(l.code);
    }
  });

  it.each([
    ['Upplands väsby', '0114'],
    ['Malung-Sälens kommun', '2023'],
    ['Dals-Ed', '1438'],
    ['Dals Ed', '1438'],
    ['Upplands-Bro', '0139'],
    ['Stockholms stad', '0180'],
    ['Göteborgs Stad', '1480'],
    ['0180 Stockholm', '0180'],
    ['01 Stockholms län', '01'],
    ['Region Stockholm', '01'],
    ['Västra Götalandsregionen', '14'],
    ['Region Gotland', '09'],
    ['Riket', '00'],
    ['Rikets värde', '00'],
    ['Västa Götaland', '14'],
  ])('%s → %s', (name, expected) => {
    expect(code(name)).toBe(expected);
  });

  it('reads bare län names as län in tables about län', () => {
    expect(code('Uppsala')).toBe('0380');
    expect(code('Uppsala', true)).toBe('03');
    expect(code('Dalarna')).toBe('20');
    expect(code('Västra Götaland')).toBe('14');
  });

  it('knows group rows and Stockholm stadsdelar, and refuses what is no unit', () => {
    expect(matchUnit('Stockholms läns kommuner (ovägt medel)')?.level).toBe('grupp');
    expect(matchUnit('Rinkeby-Kista')?.level).toBe('stadsdel');
    for (const text of [
      'Min – Max',
      'Källa: Socialstyrelsen',
      '140 Läpp',
      'Tumörer per 100 000 invånare, treårsmedelvärden',
    ])
      expect(matchUnit(text), text).toBeNull();
  });

  it('does not take a number for a kommun code unless it is one', () => {
    expect(code(180)).toBe('0180');
    expect(code(99)).toBeNull();
    expect(code(12.5)).toBeNull();
  });
});
