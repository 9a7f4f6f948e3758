import { describe, expect, it } from 'vitest';
import { cleanText, matchKey } from '../../../shared/util/text-normalize';

describe('cleaning header and name text', () => {
  it('leaves clean text as it is (the fast path) and cleans everything else', () => {
    const cases: [string, string][] = [
      ['Ale', 'Ale'],
      ['Andel (%) nöjda, 2024', 'Andel (%) nöjda, 2024'],
      ['', ''],
      [' Ale', 'Ale'],
      ['Ale ', 'Ale'],
      ['Upplands  Väsby', 'Upplands Väsby'],
      ['Upplands\u00a0Väsby', 'Upplands Väsby'],
      ['Antal\u202fpersoner', 'Antal personer'],
      ['Ålder\n65 år', 'Ålder 65 år'],
      ['0\u00ad4 år', '0-4 år'],
      ['ut\u00adbildning', 'utbildning'],
      ['A\u030angermanland', 'Ångermanland'], // decomposed Å becomes the composed letter
      ['\t', ''],
    ];
    for (const [input, expected] of cases)
      expect(cleanText(input), JSON.stringify(input)).toBe(expected);
  });

  it('gives the same matching key every time, also when remembered', () => {
    expect(matchKey('Malung\u2013Sälen')).toBe('malung-sälen');
    expect(matchKey('Malung\u2013Sälen')).toBe('malung-sälen');
    expect(matchKey(' Upplands  Väsby ')).toBe('upplands väsby');
    expect(matchKey('Dals - Ed')).toBe('dals-ed');
  });
});
