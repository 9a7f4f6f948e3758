import { describe, expect, it } from 'vitest';
import { parseCellValue } from '../../../shared/import/cell-value';

describe('published cell values → status and value', () => {
  it.each([
    ['..', 'sekretess'],
    ['x', 'sekretess'],
    ['X', 'sekretess'],
    ['-', 'bortfall'],
    ['–', 'bortfall'],
    ['.', 'ej_tillampligt'],
    ['--', 'saknas'],
    ['uppgift saknas', 'saknas'],
    ['Uppgift saknas', 'saknas'],
    ['', 'ej_publicerat'],
    ['   ', 'ej_publicerat'],
    [null, 'ej_publicerat'],
  ] as const)('%j is %s, never a number', (raw, status) => {
    expect(parseCellValue(raw)).toEqual({ status, valueNum: null, valueText: null });
  });

  it.each([
    [42.5, 42.5],
    ['42,5', 42.5],
    ['1\u00a0234,5', 1234.5],
    ['1 000', 1000],
    ['12 345 678', 12345678],
    ['−3,2', -3.2],
    ['-3.2', -3.2],
    ['0', 0],
  ] as const)('%j is the number %d', (raw, expected) => {
    expect(parseCellValue(raw)).toMatchObject({ status: 'ok', valueNum: expected });
  });

  it('keeps the % sign as a hint', () => {
    expect(parseCellValue('87 %')).toEqual({
      status: 'ok',
      valueNum: 87,
      valueText: null,
      percentSign: true,
    });
  });

  it('reads Ja/Nej as yes/no answers', () => {
    expect(parseCellValue('Ja')).toEqual({
      status: 'ok',
      valueNum: 1,
      valueText: 'Ja',
      yesNo: true,
    });
    expect(parseCellValue(' nej ')).toEqual({
      status: 'ok',
      valueNum: 0,
      valueText: 'Nej',
      yesNo: true,
    });
  });

  it('keeps other text as text', () => {
    expect(parseCellValue('Se not 3')).toEqual({
      status: 'ok',
      valueNum: null,
      valueText: 'Se not 3',
    });
  });
});
