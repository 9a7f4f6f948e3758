import { describe, expect, it } from 'vitest';
import { escapeFormulaText, toCsv } from '../../../shared/report/csv';

describe('CSV export', () => {
  it('writes text that a spreadsheet would run as a formula as plain text', () => {
    expect(escapeFormulaText('=HYPERLINK("http://x","klicka")')).toBe(
      '\'=HYPERLINK("http://x","klicka")',
    );
    expect(escapeFormulaText('+46 8 123')).toBe("'+46 8 123");
    expect(escapeFormulaText('-1+1')).toBe("'-1+1");
    expect(escapeFormulaText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeFormulaText('Malung-Sälen')).toBe('Malung-Sälen');
  });

  it('keeps numbers as numbers, quotes separators and quotes', () => {
    const csv = toCsv(
      ['namn', 'värde'],
      [
        { namn: 'Upplands-Bro', värde: -2.5 },
        { namn: 'Säter, "norra"', värde: null },
        { namn: "=cmd|' /C calc'!A0", värde: 3 },
      ],
    );
    expect(csv).toBe(
      'namn,värde\r\nUpplands-Bro,-2.5\r\n"Säter, ""norra""",\r\n\'=cmd|\' /C calc\'!A0,3\r\n',
    );
  });
});
