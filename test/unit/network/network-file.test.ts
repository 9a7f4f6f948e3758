import { describe, expect, it } from 'vitest';
import {
  NETWORK_FILE_LIMITS,
  readNetworkFile,
  writeNetworkFile,
} from '../../../shared/network/network-file';
import { NetworkFileError } from '../../../shared/network/network-file-error';
import { NETWORK_SCOPE, note } from './network-fixtures';

const body = {
  createdAt: '2026-11-03T10:00:00Z',
  appVersion: '0.1.0',
  author: { unitCode: '0184', name: 'Solna' },
  scope: NETWORK_SCOPE,
  items: [note(), note({ id: 'a-2', kind: 'interpretation' as const, unitCode: null })],
};

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const decode = (bytes: Uint8Array) =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;

async function refusal(bytes: Uint8Array): Promise<NetworkFileError> {
  try {
    await readNetworkFile(bytes, 'nordvast.ojnatverk');
  } catch (error) {
    if (error instanceof NetworkFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** A written file, changed after writing (as a hostile or damaged file would be). */
async function tampered(change: (file: Record<string, unknown>) => void): Promise<Uint8Array> {
  const file = decode(await writeNetworkFile(body));
  change(file);
  return encode(file);
}

describe('nätverksfil', () => {
  it('reads back what it wrote, items and sender intact', async () => {
    const file = await readNetworkFile(await writeNetworkFile(body), 'nordvast.ojnatverk');
    expect(file.items).toEqual(body.items);
    expect(file.author).toEqual(body.author);
    expect(file.scope).toEqual(NETWORK_SCOPE);
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file changed after it was written (checksum)', async () => {
    const bytes = await tampered((f) => {
      (f.items as Record<string, unknown>[])[0]!.text = 'Ändrad i efterhand';
    });
    const error = await refusal(bytes);
    expect(error.code).toBe('network_file.bad_checksum');
    expect(error.message).toMatch(/^nordvast\.ojnatverk: kontrollsumman stämmer inte/);
  });

  it('refuses data values and any field it does not know, naming the item', async () => {
    const bytes = await tampered((f) => {
      (f.items as Record<string, unknown>[])[1]!.value_num = 87.5;
    });
    const error = await refusal(bytes);
    expect(error.code).toBe('network_file.unknown_field');
    expect(error.message).toMatch(/post 2 har fältet "value_num"/);
  });

  it('refuses a __proto__ key instead of merging it into an object', async () => {
    const text = new TextDecoder()
      .decode(await writeNetworkFile(body))
      .replace('"id": "a-1",', '"id": "a-1", "__proto__": {"polluted": true},');
    const error = await refusal(new TextEncoder().encode(text));
    expect(error.code).toBe('network_file.unknown_field');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses wrong types and values with the field named', async () => {
    const cases: [(f: Record<string, unknown>) => void, RegExp][] = [
      [
        (f) => ((f.items as Record<string, unknown>[])[0]!.year = '2024'),
        /post 1, fältet year ska vara ett årtal/,
      ],
      [
        (f) => ((f.items as Record<string, unknown>[])[0]!.stance = 'rött'),
        /post 1, fältet stance ska vara ett av/,
      ],
      [(f) => ((f.items as Record<string, unknown>[])[0]!.kind = 'value'), /post 1, fältet kind/],
      [
        (f) => ((f.items as Record<string, unknown>[])[0]!.id = "a'; DROP TABLE annotation"),
        /post 1, fältet id ska vara en kod/,
      ],
      [
        (f) =>
          ((f.items as Record<string, unknown>[])[0]!.text = 'x'.repeat(
            NETWORK_FILE_LIMITS.maxTextChars + 1,
          )),
        /post 1, fältet text/,
      ],
      [
        (f) => ((f.items as Record<string, unknown>[])[0]!.updatedAt = 'igår'),
        /post 1, fältet updatedAt/,
      ],
      [(f) => (f.scope = { kind: 'world' }), /fältet scope ska vara kommun eller network/],
      [(f) => (f.items = {}), /fältet items är ingen lista/],
    ];
    for (const [change, message] of cases) {
      const error = await refusal(await tampered(change));
      expect(error.message).toMatch(message);
    }
  });

  it('refuses two items with one id', async () => {
    const error = await refusal(
      await tampered((f) => {
        const items = f.items as Record<string, unknown>[];
        items[1]!.id = items[0]!.id;
      }),
    );
    expect(error.code).toBe('network_file.duplicate_item');
  });

  it('refuses files that are too large, too many items, not JSON, not ours or newer', async () => {
    expect((await refusal(new Uint8Array(NETWORK_FILE_LIMITS.maxBytes + 1))).code).toBe(
      'network_file.too_large',
    );
    expect(
      (
        await refusal(
          await tampered(
            (f) => (f.items = Array.from({ length: NETWORK_FILE_LIMITS.maxItems + 1 }, () => ({}))),
          ),
        )
      ).code,
    ).toBe('network_file.too_many_items');
    expect(await refusal(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({
      code: 'network_file.not_json',
    });
    expect((await refusal(encode({ format: 'annat', items: [] }))).code).toBe(
      'network_file.wrong_format',
    );
    expect((await refusal(await tampered((f) => (f.formatVersion = 99)))).message).toMatch(
      /nyare version/,
    );
  });

  it('refuses deeply nested JSON without crashing', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const error = await refusal(new TextEncoder().encode(deep));
    expect(['network_file.wrong_format', 'network_file.not_json']).toContain(error.code);
  });
});
