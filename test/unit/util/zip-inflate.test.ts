import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateEntry, listZipEntries, ZipReadError } from '../../../shared/util/zip-inflate';

const text = (n: number, seed: string) =>
  strToU8(Array.from({ length: n }, (_, i) => `${seed}${i % 97};`).join(''));

/** The central directory record of the entry called `name`, to damage it on purpose. */
function centralRecord(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  for (let i = 0; i + 46 < zip.byteLength; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    if (length === wanted.length && wanted.every((b, k) => zip[i + 46 + k] === b)) return i;
  }
  throw new Error(`no central record for ${name}`);
}

async function readAll(zip: Uint8Array): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of listZipEntries(zip)!)
    out[entry.name] = new TextDecoder().decode(await inflateEntry(zip, entry));
  return out;
}

describe('reading a zip with the native inflater', () => {
  it('reads deflated and stored entries exactly as written', async () => {
    const files = {
      'a.txt': text(50_000, 'a'),
      'tom.txt': new Uint8Array(0),
      'mapp/b.txt': text(10, 'b'),
    };
    for (const level of [0, 1, 9] as const) {
      const zip = zipSync(files, { level });
      const read = await readAll(zip);
      expect(Object.keys(read).sort()).toEqual(['a.txt', 'mapp/b.txt', 'tom.txt']);
      expect(read['a.txt']).toBe(new TextDecoder().decode(files['a.txt']));
      expect(read['mapp/b.txt']).toBe('b0;b1;b2;b3;b4;b5;b6;b7;b8;b9;');
      expect(read['tom.txt']).toBe('');
    }
  });

  it('refuses an entry that inflates to more than it declares (a zip bomb lying about its size)', async () => {
    const zip = zipSync({ 'bomb.txt': new Uint8Array(1_000_000) }, { level: 9 });
    new DataView(zip.buffer).setUint32(centralRecord(zip, 'bomb.txt') + 24, 1000, true);
    const [entry] = listZipEntries(zip)!;
    expect(entry!.size).toBe(1000);
    await expect(inflateEntry(zip, entry!)).rejects.toThrow(/packas upp till mer än den anger/);
  });

  it('refuses an entry that is shorter than it declares, and a damaged deflate stream', async () => {
    const zip = zipSync({ 'x.txt': text(20_000, 'x') }, { level: 6 });
    const longer = zip.slice();
    const record = centralRecord(longer, 'x.txt');
    const view = new DataView(longer.buffer);
    view.setUint32(record + 24, view.getUint32(record + 24, true) + 10, true);
    await expect(inflateEntry(longer, listZipEntries(longer)![0]!)).rejects.toThrow(ZipReadError);
    const garbled = zip.slice();
    const entry = listZipEntries(garbled)![0]!;
    garbled.fill(0xff, entry.dataOffset + 10, entry.dataOffset + 60);
    await expect(inflateEntry(garbled, entry)).rejects.toThrow(ZipReadError);
  });

  it('refuses a truncated archive, and leaves encrypted entries to the fallback', () => {
    const zip = zipSync({ 'x.txt': text(1000, 'x') });
    expect(() => listZipEntries(zip.subarray(0, zip.length - 30))).toThrow(ZipReadError);
    const encrypted = zip.slice();
    const record = centralRecord(encrypted, 'x.txt');
    new DataView(encrypted.buffer).setUint16(record + 8, 1, true);
    expect(listZipEntries(encrypted)).toBeNull();
  });

  it('reads an entry called __proto__ as a plain name', async () => {
    // An object literal cannot hold that key, so write another nine-letter name and rename it in both headers.
    const zip = zipSync({ XXXXXXXXX: strToU8('inte en prototyp') });
    const proto = strToU8('__proto__');
    for (let i = 0; i + 9 <= zip.length; i++)
      if (zip.subarray(i, i + 9).every((b) => b === 0x58)) zip.set(proto, i);
    const entries = listZipEntries(zip)!;
    expect(entries.map((e) => e.name)).toEqual(['__proto__']);
    expect(new TextDecoder().decode(await inflateEntry(zip, entries[0]!))).toBe('inte en prototyp');
  });
});
