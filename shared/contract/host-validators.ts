import { isLang } from '../i18n/i18n';
import { AppError } from '../util/app-error';
import type { HostCommand, HostPayload } from './host-api';

/**
 * Runtime checks of every payload that crosses into Electron main. The
 * renderer is treated as untrusted: wrong shapes, extra keys, huge strings
 * and path-like names are refused.
 */
export class InvalidPayloadError extends AppError {
  override name = 'InvalidPayloadError';
  constructor(message: string) {
    super('ipc.invalid_payload', message);
  }
}

const MAX_NAME = 255;
const MAX_BYTES = 2 * 1024 ** 3;
const MIME = /^[a-z]+\/[a-z0-9.+-]+$/i;

type Obj = Record<string, unknown>;

function object(value: unknown, keys: readonly string[]): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidPayloadError('Förväntade ett objekt.');
  const actual = Object.keys(value);
  const extra = actual.filter((k) => !keys.includes(k));
  if (extra.length > 0) throw new InvalidPayloadError(`Okända fält: ${extra.join(', ')}`);
  return value as Obj;
}

/** A file name without directories, control characters or reserved names. */
export function isSafeFileName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= MAX_NAME &&
    !/[\\/:*?"<>|]/.test(name) &&
    ![...name].some((ch) => ch.charCodeAt(0) < 0x20) &&
    name !== '.' &&
    name !== '..'
  );
}

function fileName(value: unknown, field: string): string {
  if (!isSafeFileName(value)) throw new InvalidPayloadError(`Ogiltigt filnamn i ${field}.`);
  return value;
}

function bytes(value: unknown, field: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.byteLength > MAX_BYTES)
    throw new InvalidPayloadError(`${field} måste vara bytes (Uint8Array).`);
  return value;
}

function nothing(value: unknown): null {
  if (value !== null && value !== undefined)
    throw new InvalidPayloadError('Kommandot tar inga argument.');
  return null;
}

type Validators = { [K in HostCommand]: (payload: unknown) => HostPayload<K> };

export const HOST_VALIDATORS: Validators = {
  'app.info': nothing,
  'import.pickFiles': nothing,
  'workspace.recent': nothing,
  'window.close': nothing,
  'presenter.open': nothing,
  'workspace.open': (payload) => {
    const p = object(payload, ['recentId']);
    const recentId = p['recentId'];
    if (recentId !== null && !(typeof recentId === 'string' && /^[a-z0-9-]{1,64}$/.test(recentId)))
      throw new InvalidPayloadError('Ogiltigt id för senaste arbetsyta.');
    return { recentId };
  },
  'workspace.save': (payload) => {
    const p = object(payload, ['suggestedName', 'bytes', 'saveAs']);
    if (typeof p['saveAs'] !== 'boolean')
      throw new InvalidPayloadError('saveAs måste vara sant/falskt.');
    return {
      suggestedName: fileName(p['suggestedName'], 'suggestedName'),
      bytes: bytes(p['bytes'], 'bytes'),
      saveAs: p['saveAs'],
    };
  },
  'export.save': (payload) => {
    const p = object(payload, ['suggestedName', 'mimeType', 'bytes']);
    if (typeof p['mimeType'] !== 'string' || !MIME.test(p['mimeType']))
      throw new InvalidPayloadError('Ogiltig MIME-typ.');
    return {
      suggestedName: fileName(p['suggestedName'], 'suggestedName'),
      mimeType: p['mimeType'],
      bytes: bytes(p['bytes'], 'bytes'),
    };
  },
  'app.setLanguage': (payload) => {
    const p = object(payload, ['lang']);
    if (!isLang(p['lang'])) throw new InvalidPayloadError('Okänt språk.');
    return { lang: p['lang'] };
  },
  'print.pdf': (payload) => {
    const p = object(payload, ['suggestedName']);
    return { suggestedName: fileName(p['suggestedName'], 'suggestedName') };
  },
};

export function validatePayload<K extends HostCommand>(
  command: K,
  payload: unknown,
): HostPayload<K> {
  return HOST_VALIDATORS[command](payload) as HostPayload<K>;
}
