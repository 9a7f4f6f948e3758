import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { rowsToArrowIpc } from '../../../shared/db/arrow-ipc';

/** What a string column must give back: the value as text, through UTF-8 (a lone surrogate becomes U+FFFD). */
const throughUtf8 = (v: unknown) =>
  v === null || v === undefined
    ? null
    : new TextDecoder().decode(new TextEncoder().encode(String(v)));

function readBack(values: readonly unknown[]): (string | null)[] {
  const ipc = rowsToArrowIpc(
    [{ name: 's', type: 'string' }],
    values.map((s) => ({ s })),
  );
  const column = tableFromIPC(ipc).getChild('s')!;
  return Array.from({ length: column.length }, (_, i) => column.get(i) as string | null);
}

describe('rowsToArrowIpc string columns', () => {
  it('keeps every value: ASCII, Swedish letters, emoji, a lone surrogate, empty, null, numbers, repeats', () => {
    const values = [
      'D17',
      'D17',
      'Göteborg',
      'Göteborg',
      null,
      'Göteborg',
      '',
      '',
      '😀 Väntetid',
      'a\uD800b',
      undefined,
      12.5,
      12.5,
      'x'.repeat(5000),
      'ÅÄÖ'.repeat(3000),
      'D17',
    ];
    expect(readBack(values)).toEqual(values.map(throughUtf8));
  });

  it('matches the UTF-8 round trip on 20 000 random strings (fixed seed)', () => {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = ['a', 'Z', '7', ' ', 'å', 'ö', 'é', '€', '😀', '\uD83D', '\uDE00', '"', '\n'];
    const values: unknown[] = [];
    for (let i = 0; i < 20_000; i++) {
      const r = next();
      if (r < 0.05) values.push(null);
      else if (r < 0.25 && values.length > 0) values.push(values[values.length - 1]);
      else {
        const length = Math.floor(next() * 40);
        let s = '';
        for (let k = 0; k < length; k++) s += alphabet[Math.floor(next() * alphabet.length)];
        values.push(s);
      }
    }
    expect(readBack(values)).toEqual(values.map(throughUtf8));
  });
});
