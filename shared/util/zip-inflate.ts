/**
 * Read a zip archive with the platform's own inflater (DecompressionStream,
 * native code in Chromium, Electron and Node ≥ 20), asynchronously: a
 * 300 MB workspace no longer freezes the window while it is unpacked, and it
 * is several times faster than inflating in JavaScript.
 *
 * Only what our own files use: stored or deflated entries, no encryption, no
 * zip64. Anything else returns null and the caller falls back to fflate.
 * Every entry is inflated into a buffer of its declared size and refused the
 * moment it would grow past it, so a zip bomb cannot lie about its size.
 */
export type ZipEntryInfo = Readonly<{
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataOffset: number;
}>;

export class ZipReadError extends Error {
  override readonly name = 'ZipReadError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries listed in the central directory, or null when the archive uses features we leave to fflate. */
export function listZipEntries(bytes: Uint8Array): ZipEntryInfo[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipReadError('inget zip-register hittades');
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) return null; // zip64
  const entries: ZipEntryInfo[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== CENTRAL)
      throw new ZipReadError('zip-registret är skadat');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if ((flags & 1) !== 0 || (method !== 0 && method !== 8)) return null;
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      return null;
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (localOffset + 30 > bytes.byteLength || view.getUint32(localOffset, true) !== LOCAL)
      throw new ZipReadError(`delen ${name} är skadad`);
    const dataOffset =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > bytes.byteLength)
      throw new ZipReadError(`delen ${name} är ofullständig`);
    entries.push({ name, method, compressedSize, size, dataOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflate one entry into exactly its declared size; more or less data is an error. */
export async function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
): Promise<Uint8Array<ArrayBuffer>> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size)
      throw new ZipReadError(`delen ${entry.name} har fel storlek`);
    return data.slice();
  }
  const out = new Uint8Array(entry.size);
  let filled = 0;
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (filled + value.byteLength > out.byteLength)
        throw new ZipReadError(`delen ${entry.name} packas upp till mer än den anger`);
      out.set(value, filled);
      filled += value.byteLength;
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof ZipReadError) throw error;
    throw new ZipReadError(`delen ${entry.name} kunde inte packas upp`);
  }
  if (filled !== out.byteLength)
    throw new ZipReadError(`delen ${entry.name} är kortare än den anger`);
  return out;
}

export function nativeInflateAvailable(): boolean {
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}
