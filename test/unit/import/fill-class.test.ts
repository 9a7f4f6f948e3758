import { describe, expect, it } from 'vitest';
import {
  classifyRgb,
  colourWordClass,
  fillClass,
  resolveFill,
} from '../../../shared/import/fill-class';

describe('fills → Socialstyrelsens färger', () => {
  it('classifies Excel’s good/neutral/bad fills and plain traffic lights', () => {
    expect(classifyRgb('C6EFCE')).toBe('gron');
    expect(classifyRgb('FFEB9C')).toBe('gul');
    expect(classifyRgb('FFC7CE')).toBe('rod');
    expect(classifyRgb('00B050')).toBe('gron');
    expect(classifyRgb('FFFF00')).toBe('gul');
    expect(classifyRgb('FF0000')).toBe('rod');
  });

  it('ignores decorative fills: header bands, beige, grey, white', () => {
    for (const hex of ['DBF0F6', 'F2F2F2', 'D9D9D9', 'FFFFFF', 'EEECE1', '000000'])
      expect(classifyRgb(hex), hex).toBeNull();
  });

  it('resolves ARGB, theme colours with tint and the indexed palette', () => {
    expect(resolveFill({ rgb: 'FFC6EFCE' })).toBe('C6EFCE');
    // accent6 (70AD47) lightened by 40 %: (112,173,71) → (167,206,145)
    expect(resolveFill({ theme: 9, tint: 0.4 })).toBe('A9CE91');
    expect(fillClass({ theme: 9, tint: 0.4 })).toBe('gron');
    expect(fillClass({ theme: 7, tint: 0.6 })).toBe('gul'); // accent4 FFC000
    expect(fillClass({ indexed: 10 })).toBe('rod');
    expect(fillClass({ indexed: 42 })).toBe('gron'); // CCFFCC
    expect(fillClass({ theme: 0 })).toBeNull(); // white background
  });

  it('uses the workbook’s own theme when it has one', () => {
    const theme = [
      'FFFFFF',
      '000000',
      'EEECE1',
      '1F497D',
      '4F81BD',
      'C0504D',
      '9BBB59',
      '8064A2',
      '4BACC6',
      'F79646',
    ];
    expect(fillClass({ theme: 5 }, theme)).toBe('rod'); // Office 2007 accent2
    expect(fillClass({ theme: 6, tint: 0.39 }, theme)).toBe('gron');
  });

  it('reads colour words from "färg" columns', () => {
    expect(colourWordClass('Grön')).toBe('gron');
    expect(colourWordClass('gul')).toBe('gul');
    expect(colourWordClass('RÖD')).toBe('rod');
    expect(colourWordClass('blå')).toBeNull();
  });
});
