import { sha256Hex } from '../util/sha256';
import { NetworkFileError } from './network-file-error';
import { STANCES } from '../model/stance';
import {
  NETWORK_ITEM_KINDS,
  canonicalJson,
  type NetworkItem,
  type NetworkScope,
} from './network-item';

/** The file a kommun sends its network: `*.ojnatverk`, UTF-8 JSON. */
export const NETWORK_FILE_EXTENSION = '.ojnatverk';
export const NETWORK_FILE_FORMAT = 'oj-analys.natverksfil';
export const NETWORK_FILE_VERSION = 1;

/** Limits against hostile files; generous for a network's notes (a real file is a few kB). */
export const NETWORK_FILE_LIMITS = {
  maxBytes: 5 * 1024 ** 2,
  maxItems: 5_000,
  maxTextChars: 20_000,
  maxShortChars: 300,
  maxSeriesPerItem: 50,
  maxMembers: 400,
} as const;

export type NetworkFile = Readonly<{
  createdAt: string;
  appVersion: string;
  author: Readonly<{ unitCode: string; name: string }>;
  scope: NetworkScope;
  items: readonly NetworkItem[];
  /** sha256 of the canonical JSON of everything above, as written in the file. */
  checksum: string;
}>;

type Body = Omit<NetworkFile, 'checksum'>;

const checksumOf = async (body: Body) =>
  sha256Hex(
    new TextEncoder().encode(
      canonicalJson({
        createdAt: body.createdAt,
        appVersion: body.appVersion,
        author: body.author,
        scope: body.scope,
        items: body.items,
      }),
    ),
  );

/** The bytes of a nätverksfil: the items, who sent them and when, and a checksum over it all. */
export async function writeNetworkFile(body: Body): Promise<Uint8Array> {
  const checksum = await checksumOf(body);
  const file = {
    format: NETWORK_FILE_FORMAT,
    formatVersion: NETWORK_FILE_VERSION,
    ...body,
    checksum,
  };
  return new TextEncoder().encode(JSON.stringify(file, null, 2) + '\n');
}

/**
 * Read and check a nätverksfil: size, JSON, format and version, every field
 * of every item (type, length, allowed values; no unknown fields, so no data
 * values and no `__proto__` tricks), unique ids and the checksum. Anything
 * wrong refuses the whole file with a message naming the file and the place.
 */
export async function readNetworkFile(bytes: Uint8Array, fileName: string): Promise<NetworkFile> {
  const refuse = (code: ConstructorParameters<typeof NetworkFileError>[0], why: string) =>
    new NetworkFileError(code, `${fileName}: ${why}`);
  if (bytes.byteLength > NETWORK_FILE_LIMITS.maxBytes)
    throw refuse(
      'network_file.too_large',
      `filen är ${Math.round(bytes.byteLength / 1024)} kB, större än en nätverksfil får vara (${NETWORK_FILE_LIMITS.maxBytes / 1024 ** 2} MB).`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse('network_file.not_json', 'filen är ingen nätverksfil från ÖJ-analys (inte JSON).');
  }
  const top = asRecord(raw);
  if (!top || top.format !== NETWORK_FILE_FORMAT)
    throw refuse('network_file.wrong_format', 'filen är ingen nätverksfil från ÖJ-analys.');
  if (typeof top.formatVersion !== 'number' || !Number.isInteger(top.formatVersion))
    throw refuse('network_file.bad_field', 'fältet formatVersion saknas eller är inte ett heltal.');
  if (top.formatVersion > NETWORK_FILE_VERSION)
    throw refuse(
      'network_file.newer_version',
      `filen är skapad av en nyare version av ÖJ-analys (format ${top.formatVersion}); uppdatera programmet.`,
    );
  const read = new FieldReader(fileName);
  read.onlyKeys(top, 'filen', [
    'format',
    'formatVersion',
    'createdAt',
    'appVersion',
    'author',
    'scope',
    'items',
    'checksum',
  ]);
  const author = read.record(top.author, 'fältet author');
  read.onlyKeys(author, 'fältet author', ['unitCode', 'name']);
  const body: Body = {
    createdAt: read.isoTime(top.createdAt, 'fältet createdAt'),
    appVersion: read.short(top.appVersion, 'fältet appVersion'),
    author: {
      unitCode: read.code(author.unitCode, 'fältet author.unitCode'),
      name: read.short(author.name, 'fältet author.name'),
    },
    scope: read.scope(top.scope, 'fältet scope'),
    items: readItems(read, top.items),
  };
  const checksum = read.short(top.checksum, 'fältet checksum');
  if (checksum !== (await checksumOf(body)))
    throw refuse(
      'network_file.bad_checksum',
      'kontrollsumman stämmer inte: filen har ändrats eller skadats efter att den skapades.',
    );
  return { ...body, checksum };
}

function readItems(read: FieldReader, value: unknown): NetworkItem[] {
  if (!Array.isArray(value))
    throw read.error('network_file.bad_field', 'fältet items är ingen lista.');
  if (value.length > NETWORK_FILE_LIMITS.maxItems)
    throw read.error(
      'network_file.too_many_items',
      `filen har ${value.length} poster, fler än ${NETWORK_FILE_LIMITS.maxItems}.`,
    );
  const seen = new Set<string>();
  return value.map((entry, index) => {
    const where = `post ${index + 1}`;
    const r = read.record(entry, where);
    read.onlyKeys(r, where, ITEM_KEYS);
    const item: NetworkItem = {
      id: read.code(r.id, `${where}, fältet id`),
      kind: read.oneOf(r.kind, NETWORK_ITEM_KINDS, `${where}, fältet kind`),
      scope: read.scope(r.scope, `${where}, fältet scope`),
      unitCode: read.nullable(r.unitCode, (v) => read.code(v, `${where}, fältet unitCode`)),
      seriesId: read.nullable(r.seriesId, (v) => read.code(v, `${where}, fältet seriesId`)),
      seriesIds: read.codes(r.seriesIds, `${where}, fältet seriesIds`),
      year: read.nullable(r.year, (v) => read.year(v, `${where}, fältet year`)),
      title: read.nullable(r.title, (v) => read.short(v, `${where}, fältet title`)),
      text: read.text(r.text, `${where}, fältet text`),
      stance: read.nullable(r.stance, (v) => read.oneOf(v, STANCES, `${where}, fältet stance`)),
      status: read.nullable(r.status, (v) => read.code(v, `${where}, fältet status`)),
      target: read.nullable(r.target, (v) => read.text(v, `${where}, fältet target`)),
      authorUnitCode: read.code(r.authorUnitCode, `${where}, fältet authorUnitCode`),
      updatedAt: read.isoTime(r.updatedAt, `${where}, fältet updatedAt`),
    };
    if (seen.has(item.id))
      throw read.error(
        'network_file.duplicate_item',
        `${where}: id ${item.id} förekommer två gånger.`,
      );
    seen.add(item.id);
    return item;
  });
}

const ITEM_KEYS = [
  'id',
  'kind',
  'scope',
  'unitCode',
  'seriesId',
  'seriesIds',
  'year',
  'title',
  'text',
  'stance',
  'status',
  'target',
  'authorUnitCode',
  'updatedAt',
] as const;

const CODE = /^[0-9A-Za-z_.:-]{1,100}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Checks one field at a time and says where the problem is, in Swedish. */
class FieldReader {
  constructor(private readonly fileName: string) {}

  error(code: ConstructorParameters<typeof NetworkFileError>[0], why: string): NetworkFileError {
    return new NetworkFileError(code, `${this.fileName}: ${why}`);
  }

  private bad(where: string, expected: string): NetworkFileError {
    return this.error('network_file.bad_field', `${where} ska vara ${expected}.`);
  }

  record(value: unknown, where: string): Record<string, unknown> {
    const r = asRecord(value);
    if (!r) throw this.bad(where, 'ett objekt');
    return r;
  }

  onlyKeys(r: Record<string, unknown>, where: string, allowed: readonly string[]): void {
    for (const key of Object.keys(r))
      if (!allowed.includes(key))
        throw this.error(
          'network_file.unknown_field',
          `${where} har fältet "${key.slice(0, 60)}", som inte hör hemma i en nätverksfil (den får inte innehålla värden eller annat än anteckningar, tolkningar och utvecklingsområden).`,
        );
  }

  nullable<T>(value: unknown, read: (v: unknown) => T): T | null {
    return value === null ? null : read(value);
  }

  code(value: unknown, where: string): string {
    if (typeof value !== 'string' || !CODE.test(value))
      throw this.bad(where, 'en kod (bokstäver, siffror, - _ . :, högst 100 tecken)');
    return value;
  }

  codes(
    value: unknown,
    where: string,
    max: number = NETWORK_FILE_LIMITS.maxSeriesPerItem,
  ): string[] {
    if (!Array.isArray(value) || value.length > max)
      throw this.bad(where, `en lista med högst ${max} koder`);
    return value.map((v, i) => this.code(v, `${where}[${i + 1}]`));
  }

  short(value: unknown, where: string): string {
    if (typeof value !== 'string' || value.length > NETWORK_FILE_LIMITS.maxShortChars)
      throw this.bad(where, `en text på högst ${NETWORK_FILE_LIMITS.maxShortChars} tecken`);
    return value;
  }

  text(value: unknown, where: string): string {
    if (typeof value !== 'string' || value.length > NETWORK_FILE_LIMITS.maxTextChars)
      throw this.bad(where, `en text på högst ${NETWORK_FILE_LIMITS.maxTextChars} tecken`);
    return value;
  }

  year(value: unknown, where: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1990 || value > 2100)
      throw this.bad(where, 'ett årtal (1990–2100)');
    return value;
  }

  isoTime(value: unknown, where: string): string {
    if (typeof value !== 'string' || !ISO_TIME.test(value) || Number.isNaN(Date.parse(value)))
      throw this.bad(where, 'en tidpunkt i UTC (ÅÅÅÅ-MM-DDTtt:mm:ssZ)');
    return value;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
      throw this.bad(where, `ett av ${allowed.join(', ')}`);
    return value as T;
  }

  scope(value: unknown, where: string): NetworkScope {
    const r = this.record(value, where);
    if (r.kind === 'kommun') {
      this.onlyKeys(r, where, ['kind', 'unitCode']);
      return { kind: 'kommun', unitCode: this.code(r.unitCode, `${where}.unitCode`) };
    }
    if (r.kind === 'network') {
      this.onlyKeys(r, where, ['kind', 'peerSetId', 'name', 'members']);
      return {
        kind: 'network',
        peerSetId: this.code(r.peerSetId, `${where}.peerSetId`),
        name: this.short(r.name, `${where}.name`),
        ...(r.members === undefined
          ? {}
          : { members: this.codes(r.members, `${where}.members`, NETWORK_FILE_LIMITS.maxMembers) }),
      };
    }
    throw this.bad(where, 'kommun eller network');
  }
}
