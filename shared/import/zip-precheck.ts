import { unzipSync, zipSync } from 'fflate';
import { ImportError } from './import-error';
import { IMPORT_LIMITS } from './import-limits';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type FileKind = 'xlsx' | 'csv' | 'json';

/**
 * Decide what a file is from its bytes (not its name), and refuse what we
 * cannot read before any parser sees it: legacy .xls and password-protected
 * workbooks (both OLE compound files), zip bombs, empty files.
 */
export function classifyFile(fileName: string, bytes: Uint8Array): FileKind {
  if (bytes.byteLength === 0)
    throw new ImportError('import.empty_file', `Filen ${fileName} är tom.`, fileName);
  if (bytes.byteLength > IMPORT_LIMITS.maxFileBytes)
    throw new ImportError(
      'import.too_large',
      `Filen ${fileName} är större än ${IMPORT_LIMITS.maxFileBytes / 1024 ** 2} MB och läses inte in.`,
      fileName,
    );
  if (startsWith(bytes, CFB)) {
    throw new ImportError(
      'import.old_excel_or_password',
      `Filen ${fileName} är i det gamla Excel-formatet (.xls) eller lösenordsskyddad. Öppna den i Excel eller LibreOffice, ta bort eventuellt lösenord och spara som Excel-arbetsbok (.xlsx), och importera sedan den nya filen.`,
      fileName,
    );
  }
  if (startsWith(bytes, ZIP)) {
    checkZip(fileName, bytes);
    return 'xlsx';
  }
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return 'csv';
}

function checkZip(fileName: string, bytes: Uint8Array): void {
  let entries = 0;
  let total = 0;
  let compressed = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        entries += 1;
        total += file.originalSize;
        compressed += file.size;
        return false; // look only at the directory, inflate nothing
      },
    });
  } catch {
    throw new ImportError(
      'import.damaged_zip',
      `Filen ${fileName} är en skadad eller ofullständig zip/xlsx-fil (avbruten nedladdning?).`,
      fileName,
    );
  }
  if (entries > IMPORT_LIMITS.maxZipEntries || total > IMPORT_LIMITS.maxUncompressedBytes) {
    throw new ImportError(
      'import.zip_bomb',
      `Filen ${fileName} packas upp till för mycket data (${entries} delar, ${Math.round(total / 1024 ** 2)} MB) och läses inte in.`,
      fileName,
    );
  }
  if (
    compressed > 0 &&
    total / compressed > IMPORT_LIMITS.maxCompressionRatio &&
    total > 50 * 1024 ** 2
  ) {
    throw new ImportError(
      'import.zip_bomb',
      `Filen ${fileName} har en misstänkt hög komprimeringsgrad (zip-bomb?) och läses inte in.`,
      fileName,
    );
  }
}

/** The parts restoreZip inflated, by the stored zip it returned: the fast xlsx path reads them without unzipping again. */
const inflatedParts = new WeakMap<Uint8Array, Readonly<Record<string, Uint8Array>>>();
export function restoredParts(
  stored: Uint8Array,
): Readonly<Record<string, Uint8Array>> | undefined {
  return inflatedParts.get(stored);
}

/**
 * Inflate every part with fflate (sizes already checked against the limits)
 * and hand the parser a stored, uncompressed zip. A corrupt deflate stream is
 * refused here in milliseconds — found by the fuzzer, SheetJS's own inflate
 * loops forever on some of them — and the parser never inflates anything.
 */
export function restoreZip(fileName: string, bytes: Uint8Array): Uint8Array {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new ImportError(
      'import.damaged_zip',
      `Filen ${fileName} är en skadad eller ofullständig zip/xlsx-fil (avbruten nedladdning?).`,
      fileName,
    );
  }
  const stored = zipSync(entries, { level: 0 });
  inflatedParts.set(stored, entries);
  return stored;
}
