import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../shared/import/import-file';
import { IMPORT_LIMITS } from '../../../shared/import/import-limits';

/** Rewrite every "uncompressed size" in a zip's central directory: what a zip bomb claims. */
function claimUncompressedSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('hostile and broken files are refused with a clear message, before any parser runs', () => {
  it('an empty file', async () => {
    await expect(parseImportFile('tom.xlsx', new Uint8Array())).rejects.toThrow(
      'Filen tom.xlsx är tom.',
    );
  });

  it('legacy .xls and password-protected workbooks (OLE compound files), with how to convert', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set(CFB_MAGIC);
    await expect(parseImportFile('gammal.xls', bytes)).rejects.toThrow(
      /gammal\.xls är i det gamla Excel-formatet \(\.xls\) eller lösenordsskyddad.*spara som Excel-arbetsbok \(\.xlsx\)/,
    );
  });

  it('a truncated download', async () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'.repeat(200)) });
    await expect(parseImportFile('halv.xlsx', zip.subarray(0, zip.length - 30))).rejects.toThrow(
      /halv\.xlsx är en skadad eller ofullständig/,
    );
  });

  it('a zip bomb: entries that claim to unpack to more than the limit', async () => {
    const zip = claimUncompressedSize(
      zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<x/>') }),
      0xfffffff0,
    );
    await expect(parseImportFile('bomb.xlsx', zip)).rejects.toThrow(
      /bomb\.xlsx packas upp till för mycket data/,
    );
  });

  it('a zip with too many entries', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= IMPORT_LIMITS.maxZipEntries; i++) files[`x/${i}.xml`] = new Uint8Array(1);
    await expect(parseImportFile('manga.xlsx', zipSync(files, { level: 0 }))).rejects.toThrow(
      /manga\.xlsx packas upp till för mycket data \(5001 delar/,
    );
  });

  it('a zip that is no workbook', async () => {
    const zip = zipSync({ 'hej.txt': strToU8('hej') });
    await expect(parseImportFile('inte-excel.xlsx', zip)).rejects.toThrow(/inte-excel\.xlsx/);
  });

  it('a text file with an .xlsx name is read as text and refused for having no values', async () => {
    await expect(
      parseImportFile('lurad.xlsx', strToU8('bara lite text\nutan tabell\n')),
    ).rejects.toThrow(/Hittade inga värden .* lurad\.xlsx/);
  });

  it('a file larger than the size limit', async () => {
    const big = new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(parseImportFile('stor.xlsx', big)).rejects.toThrow(
      /stor\.xlsx är större än 200 MB/,
    );
  });

  it('a CSV with embedded NUL bytes', async () => {
    await expect(
      parseImportFile('nul.csv', strToU8('Kommun;Värde\nÅmål;1\u0000\n')),
    ).rejects.toThrow(/nul\.csv innehåller binära tecken/);
  });
});
