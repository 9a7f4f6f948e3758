import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parseImportFile } from '../../../shared/import/import-file';
import { decodeText } from '../../../shared/import/read-csv';
import { writeXlsx } from '../../../shared/report/xlsx-writer';
import { kommunRows, rawXlsx, sheetXml } from '../../fuzz/hostile-workbooks';

/** kommunRows(): six kommuner, values 50–55 in the first indicator and 10–15 in the second. */
const VALUES = [50, 51, 52, 53, 54, 55, 10, 11, 12, 13, 14, 15];

/** Every case either refuses with a Swedish message naming the file, or imports exactly what is there — nothing more. */
async function outcome(
  name: string,
  bytes: Uint8Array,
): Promise<
  { error: string } | { values: readonly (string | number | null)[]; titles: readonly string[] }
> {
  try {
    const parsed = await parseImportFile(name, bytes);
    return {
      values: parsed.observations.map((o) => o.valueText ?? o.valueNum),
      titles: parsed.indicators.map((i) => i.title),
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('hostile XML inside a workbook', () => {
  it('an external entity (XXE) is never resolved: no file content reaches the workspace', async () => {
    const prolog = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const rows = kommunRows(['&xxe; andel (%)', 'Väntetid, dagar']);
    const bytes = rawXlsx({ sheet: sheetXml(rows, prolog).replace('&amp;xxe;', '&xxe;') });
    const r = await outcome('xxe.xlsx', bytes);
    expect(JSON.stringify(r)).not.toContain('root:');
    // SheetJS leaves an unknown entity as its literal text; the values are exactly the sheet's.
    expect(r).toEqual({ values: VALUES, titles: ['&xxe; andel (%)', 'Väntetid, dagar'] });
  });

  it('entity expansion ("billion laughs") does not blow up: no expanded text, bounded time', async () => {
    const levels = Array.from(
      { length: 10 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('');
    const prolog = `<!DOCTYPE worksheet [<!ENTITY l0 "ha">${levels}]>`;
    const bytes = rawXlsx({
      sheet: sheetXml(kommunRows(['&l10; andel (%)', 'Väntetid']), prolog).replace(
        '&amp;l10;',
        '&l10;',
      ),
    });
    const r = await outcome('skratt.xlsx', bytes);
    expect(r).toEqual({ values: VALUES, titles: ['&l10; andel (%)', 'Väntetid'] });
  });

  it('a gigantic shared-string table is read within the limits or refused, never half-imported', async () => {
    const strings = Array.from({ length: 200_000 }, (_, i) => `<si><t>sträng ${i}</t></si>`).join(
      '',
    );
    const sst = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="200000" uniqueCount="200000">${strings}</sst>`;
    const r = await outcome(
      'strangar.xlsx',
      rawXlsx({ sheet: sheetXml(kommunRows()), sharedStrings: sst }),
    );
    // 200 000 unreferenced strings: read, and nothing of them lands in the workspace.
    expect(r).toEqual({ values: VALUES, titles: ['Andel (%) nöjda', 'Väntetid, dagar'] });
  });

  it('malformed styles and cyclic relationships: refused with the file named, or read without them', async () => {
    const badStyles =
      '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="99999999"><xf fillId="-5" numFmtId="abc"/><xf/>';
    const cyclic = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
      <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="workbook.xml"/>
      <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../xl/./worksheets/../workbook.xml"/></Relationships>`;
    for (const [name, parts] of [
      ['stilar.xlsx', { styles: badStyles }],
      ['cykel.xlsx', { workbookRels: cyclic }],
    ] as const) {
      const r = await outcome(name, rawXlsx({ sheet: sheetXml(kommunRows()), ...parts }));
      expect(r, name).toEqual({ values: VALUES, titles: ['Andel (%) nöjda', 'Väntetid, dagar'] });
    }
  });

  it('prototype-pollution keys in sheet names and headers stay plain text', async () => {
    const bytes = rawXlsx({
      sheet: sheetXml(kommunRows(['__proto__', 'constructor'])),
      sheetName: '__proto__',
    });
    const r = await outcome('proto.xlsx', bytes);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'Väntetid')).toBe(false);
    expect(r).toEqual({ values: VALUES, titles: ['__proto__', 'constructor'] });
  });

  it('formula cells are read as their cached text, never evaluated, and exported back as text', async () => {
    const hyperlink = { f: 'HYPERLINK("http://example.invalid","klicka")', v: 'klicka' };
    const dde = { f: "cmd|' /C calc'!A0", v: "=cmd|' /C calc'!A0" };
    const rows = kommunRows();
    rows[1]![2] = hyperlink;
    rows[2]![2] = dde;
    const parsed = await parseImportFile('formler.xlsx', rawXlsx({ sheet: sheetXml(rows) }));
    const texts = parsed.observations
      .map((o) => o.valueText)
      .filter((t): t is string => t !== null);
    expect(texts).toContain('klicka');
    expect(texts).toContain("=cmd|' /C calc'!A0");
    // Re-exported: a cell starting with "=" is written as an inline string, never as <f>.
    const xml = strFromU8(
      unzipSync(writeXlsx([{ name: 'Export', rows: [['Värde'], ...texts.map((t) => [t])] }]))[
        'xl/worksheets/sheet1.xml'
      ]!,
    );
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('=cmd|');
  });
});

describe('hostile CSV', () => {
  it('10 000 columns: read within the limits, the unit column still found', async () => {
    const header = ['Kommun', ...Array.from({ length: 9_999 }, (_, i) => `Mått ${i}`)].join(';');
    const row = (name: string) =>
      [name, ...Array.from({ length: 9_999 }, (_, i) => String(i % 100))].join(';');
    const csv = [header, row('Solna'), row('Sundbyberg'), row('Ekerö')].join('\n');
    const r = await outcome('bred.csv', new TextEncoder().encode(csv));
    expect('values' in r && r.values.length).toBe(3 * 9_999);
  });

  it('mixed encodings and a BOM: the Windows-1252 fallback keeps å, ä, ö', async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('Kommun;Andel (%)\n'),
      0x53,
      0x6f,
      0x6c,
      0x6e,
      0x61,
      0x3b,
      0x35,
      0x0a,
      0xd6,
      0x73,
      0x74,
      0x65,
      0x72,
      0xe5,
      0x6b,
      0x65,
      0x72,
      0x3b,
      0x37,
      0x0a,
      ...new TextEncoder().encode('Eker\u00f6;6\n').map((b) => b),
    ]);
    expect(decodeText(latin1).encoding).toBe('mixed');
    const parsed = await parseImportFile('blandad.csv', latin1);
    expect(parsed.units.map((u) => u.name).sort()).toEqual(['Ekerö', 'Solna', 'Österåker']);
  });
});
