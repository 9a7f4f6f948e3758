import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { translateCount } from '../../../shared/i18n/i18n';
import { sv } from '../../../shared/i18n/sv';

describe('counts with their noun in the right form', () => {
  it('says "1 indikator" and "1 enhet", never "1 indikatorer"', () => {
    expect(translateCount('sv', 'status.indicators', 1)).toBe('1 indikator');
    expect(translateCount('sv', 'status.units', 1)).toBe('1 enhet');
    expect(translateCount('sv', 'status.files', 1)).toBe('1 källfil');
    expect(translateCount('sv', 'status.observations', 1)).toBe('1 observation');
  });

  it('uses the plural for none and for many, with the number written the Swedish way', () => {
    expect(translateCount('sv', 'status.indicators', 0)).toBe('0 indikatorer');
    expect(translateCount('sv', 'status.indicators', 2)).toBe('2 indikatorer');
    expect(translateCount('sv', 'status.observations', 64_800)).toBe('64\u00a0800 observationer');
  });

  it('follows the English rule in English', () => {
    expect(translateCount('en', 'status.units', 1)).toBe('1 unit');
    expect(translateCount('en', 'status.units', 0)).toBe('0 units');
    expect(translateCount('en', 'status.observations', 1500)).toBe('1,500 observations');
  });

  it('says "1 värde", "1 mall", "1 kommun" in the import, template and heatmap messages', () => {
    expect(translateCount('sv', 'import.imported', 1)).toBe('Importerad: 1 värde.');
    expect(translateCount('sv', 'import.imported', 1746)).toBe('Importerad: 1\u00a0746 värden.');
    expect(translateCount('sv', 'templates.imported', 1)).toBe('1 mall inläst.');
    expect(translateCount('sv', 'variables.imported', 2, { file: 'natverk.csv' })).toBe(
      '2 variabler inlästa från natverk.csv.',
    );
    expect(translateCount('sv', 'overview.memberCount', 1)).toBe('1 kommun');
    expect(translateCount('en', 'import.revision', 1, { name: 'a.xlsx' })).toBe(
      'New version of a.xlsx: 1 value differs.',
    );
  });

  it('lets the caller write the number itself', () => {
    expect(translateCount('sv', 'outliers.count', 1, { count: 'en' })).toBe('en indikator');
  });

  it('has both forms of every counted message in both languages', () => {
    for (const catalogue of [sv, en]) {
      const keys = Object.keys(catalogue);
      for (const key of keys.filter((k) => k.endsWith('.one')))
        expect(keys).toContain(key.replace(/\.one$/, '.many'));
      for (const key of keys.filter((k) => k.endsWith('.many')))
        expect(keys).toContain(key.replace(/\.many$/, '.one'));
    }
  });
});
