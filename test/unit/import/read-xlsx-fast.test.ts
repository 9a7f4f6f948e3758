import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../../../shared/demo/demo-dataset';
import { ImportError } from '../../../shared/import/import-error';
import { IMPORT_LIMITS } from '../../../shared/import/import-limits';
import { readXlsx, readXlsxFast, readXlsxWithSheetjs } from '../../../shared/import/read-xlsx';
import { restoreZip } from '../../../shared/import/zip-precheck';
import { generateLayout } from '../../fixtures/layout-generator/generate-layout';
import { workbookUnitOrder, writeOjWorkbook } from '../../fixtures/oj-workbook-writer';
import { PUBLISHED_LAYOUTS } from '../../fixtures/published-layouts';
import { kommunRows, rawXlsx, sheetXml } from '../../fuzz/hostile-workbooks';
import { mutations } from '../../fuzz/mutate';
import { compareReaders, type IdentityOutcome } from './xlsx-identity-check';
import { realWorkbookPaths } from '../../helpers/real-files';

/**
 * The fast xlsx path (shared/import/xlsx-fast) must give exactly SheetJS's
 * grids — every cell's value and fill, merges, sheet names, sizes, theme — or
 * decline so SheetJS reads the file. Checked on every real published file,
 * 200 generated layouts, the published-layout fixtures and the fuzz corpus;
 * the share of files per path is printed and the real files must mostly take
 * the fast path.
 */
const REAL = path.resolve(__dirname, '../../../../shared/data/real');

type Tally = {
  same: number;
  declined: number;
  refused: number;
  different: string[];
  reasons: Map<string, number>;
};

function tally(cases: Iterable<{ name: string; outcome: IdentityOutcome }>): Tally {
  const t: Tally = { same: 0, declined: 0, refused: 0, different: [], reasons: new Map() };
  for (const { name, outcome } of cases) {
    if (outcome.kind === 'same') t.same += 1;
    else if (outcome.kind === 'declined') {
      t.declined += 1;
      const reason = outcome.reason.replace(/\d+/g, 'N').slice(0, 60);
      t.reasons.set(reason, (t.reasons.get(reason) ?? 0) + 1);
      // A declined file is fine; the fast reader throwing anything but its own Decline is a bug.
      if (outcome.reason.startsWith('fel:')) t.different.push(`${name}: ${outcome.reason}`);
    } else if (outcome.kind === 'refused-before-reading') t.refused += 1;
    else t.different.push(`${name}: ${outcome.difference}`);
  }
  return t;
}

function report(label: string, t: Tally): void {
  const read = t.same + t.declined;
  const share = read === 0 ? 0 : Math.round((100 * t.same) / read);
  const reasons = [...t.reasons].map(([r, n]) => `${n}× ${r}`).join('; ');
  console.log(
    `${label}: ${t.same} snabba (${share} %), ${t.declined} till SheetJS${reasons ? ` (${reasons})` : ''}${t.refused ? `, ${t.refused} vägrade före läsningen` : ''}`,
  );
}

describe('fast xlsx path: the same grids as SheetJS, or SheetJS reads the file', () => {
  it.runIf(existsSync(REAL))(
    'every real published file, most of them on the fast path',
    () => {
      const files = realWorkbookPaths(REAL);
      expect(files.length).toBeGreaterThanOrEqual(12);
      const t = tally(
        files.map((f) => ({
          name: path.basename(f),
          outcome: compareReaders(path.basename(f), readFileSync(f)),
        })),
      );
      report('verkliga filer', t);
      expect(t.different).toEqual([]);
      expect(t.same / files.length).toBeGreaterThanOrEqual(0.8);
    },
    120_000,
  );

  it('200 generated layouts (seeds 1–200), all on the fast path', async () => {
    const cases: { name: string; outcome: IdentityOutcome }[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const layout = await generateLayout(seed);
      cases.push({ name: `seed ${seed}`, outcome: compareReaders(layout.fileName, layout.bytes) });
    }
    const t = tally(cases);
    report('genererade layouter', t);
    expect(t.different).toEqual([]);
    expect(t.same).toBe(200);
  }, 180_000);

  it('the published-layout fixtures, all on the fast path', async () => {
    const cases: { name: string; outcome: IdentityOutcome }[] = [];
    for (const layout of PUBLISHED_LAYOUTS) {
      const built = await layout.build();
      cases.push({ name: layout.id, outcome: compareReaders(built.fileName, built.bytes) });
    }
    const t = tally(cases);
    report('publicerade layouter', t);
    expect(t.different).toEqual([]);
    expect(t.same).toBe(PUBLISHED_LAYOUTS.length);
  }, 60_000);

  it("the fuzz corpus: 200 mutations of a fixture workbook (the import fuzzer's seed) and the hostile workbooks", async () => {
    const dataset = generateDemoDataset({ years: [2024] });
    const publication = dataset.publications.find((p) => p.file.area === 'ekonomiskt_bistand')!;
    const original = await writeOjWorkbook(publication, workbookUnitOrder(dataset.units));
    const cases: { name: string; outcome: IdentityOutcome }[] = [
      { name: 'original', outcome: compareReaders('ekb.xlsx', original) },
    ];
    expect(cases[0]!.outcome.kind).toBe('same');
    for (const m of mutations(original, 20261123, 200))
      cases.push({ name: m.name, outcome: compareReaders(`fuzz-${m.name}.xlsx`, m.bytes) });
    for (const [name, bytes] of Object.entries(hostileWorkbooks()))
      cases.push({ name, outcome: compareReaders(`${name}.xlsx`, bytes) });
    const t = tally(cases);
    report('fuzz-korpus', t);
    expect(t.different).toEqual([]);
    expect(t.same).toBeGreaterThan(0);
    expect(t.declined).toBeGreaterThan(0);
  }, 120_000);

  it('the hostile-file limits give the same refusal on the fast path, naming the file and the sheet', () => {
    const huge = rawXlsx({
      sheet: sheetXml(kommunRows()).replace(
        '<sheetData>',
        '<dimension ref="A1:XFD1048576"/><sheetData>',
      ),
      sheetName: 'Stort',
    });
    const stored = restoreZip('stor.xlsx', huge);
    const fast = () => readXlsxFast('stor.xlsx', stored);
    const slow = () => readXlsxWithSheetjs('stor.xlsx', stored);
    const message = `Filen stor.xlsx: bladet Stort har fler än ${IMPORT_LIMITS.maxCellsPerSheet.toLocaleString('sv-SE')} celler och läses inte in.`;
    expect(fast).toThrow(message);
    expect(slow).toThrow(message);
    try {
      fast();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).sheet).toBe('Stort');
    }
  });

  it('readXlsx reports the path it took: fast for a plain workbook, SheetJS (with the reason) for one with a DOCTYPE', () => {
    const plain = restoreZip('a.xlsx', rawXlsx({ sheet: sheetXml(kommunRows()) }));
    expect(readXlsx('a.xlsx', plain).path).toBe('fast');
    const doctype = restoreZip(
      'b.xlsx',
      rawXlsx({ sheet: sheetXml(kommunRows(), '<!DOCTYPE worksheet>') }),
    );
    const read = readXlsx('b.xlsx', doctype);
    expect(read.path).toBe('sheetjs');
    expect(read.declined).toMatch(/DOCTYPE/);
  });

  it('marks the numbers shown with a per cent format, the same on both paths', () => {
    const bytes = restoreZip('procent.xlsx', percentFormatWorkbook());
    const fast = readXlsx('procent.xlsx', bytes);
    expect(fast.path).toBe('fast');
    const slow = readXlsxWithSheetjs('procent.xlsx', bytes);
    const flags = (grid: typeof fast) =>
      Array.from({ length: 10 }, (_, c) => grid.sheets[0]!.cell(0, c)?.percent === true);
    // General, 0%, 0.00%, "0.0%", 0.0" %", 0.0\%, [Red]0.0%, id 400 "0.0%", a text cell in "0%", no style
    const expected = [false, true, true, true, false, false, true, true, false, false];
    expect(flags(fast)).toEqual(expected);
    expect(flags(slow)).toEqual(expected);
    expect(compareReaders('procent.xlsx', percentFormatWorkbook())).toEqual({
      kind: 'same',
      path: 'fast',
    });
  });
});

/** One row of 0.5s, each cell with another number format (see the test above for the order). */
function percentFormatWorkbook(): Uint8Array {
  const styles = `<?xml version="1.0"?><styleSheet ${MAIN}><numFmts count="5"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0.0&quot; %&quot;"/><numFmt numFmtId="166" formatCode="0.0\\%"/><numFmt numFmtId="167" formatCode="[Red]0.0%;-0.0%"/><numFmt numFmtId="400" formatCode="0.0%"/></numFmts>
    <fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>
    <cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="9" applyNumberFormat="1"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="400"/></cellXfs></styleSheet>`;
  const cells = [0, 1, 2, 3, 4, 5, 6, 7]
    .map((s, c) => `<c r="${String.fromCharCode(65 + c)}1" s="${s}"><v>0.5</v></c>`)
    .join('');
  const sheet = `<?xml version="1.0"?><worksheet ${MAIN}><dimension ref="A1:J1"/><sheetData><row r="1">${cells}<c r="I1" s="1" t="inlineStr"><is><t>50 %</t></is></c><c r="J1"><v>0.5</v></c></row></sheetData></worksheet>`;
  return rawXlsx({ sheet, styles });
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** Hand-written workbooks: the hostile-XML cases and the corners of the format the fast path reads itself. */
function hostileWorkbooks(): Record<string, Uint8Array> {
  const rows = kommunRows();
  const levels = Array.from(
    { length: 10 },
    (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
  ).join('');
  const themeFills = `<?xml version="1.0"?><styleSheet ${MAIN}><fonts count="1"><font/></fonts><fills count="6"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
    <fill><patternFill patternType="solid"><fgColor theme="9" tint="0.39997558519241921"/><bgColor indexed="64"/></patternFill></fill>
    <fill><patternFill patternType="solid"><fgColor theme="5" tint="-0.249977111117893"/></patternFill></fill>
    <fill><patternFill patternType="solid"><fgColor indexed="13"/></patternFill></fill>
    <fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/></patternFill></fill></fills>
    <borders count="1"><border/></borders><cellXfs count="6"><xf/><xf fillId="2"/><xf fillId="3"/><xf fillId="4"/><xf fillId="5"/><xf fillId="0"/></cellXfs></styleSheet>`;
  const styled = `<?xml version="1.0"?><worksheet ${MAIN}><dimension ref="A1:D3"/><sheetData>
    <row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve"> Kommun </t></is></c><c r="B1" s="2" t="str"><f>1+1</f><v>a &amp;amp; b</v></c><c r="C1" s="3"/><c r="D1" s="4" t="b"><v>1</v></c></row>
    <row r="2"><c r="A2" t="e"><v>#N/A</v></c><c r="B2" s="9"><v>1.5E3</v></c><c r="C2" t="n"/><c r="D2" t="inlineStr"><is><r><t>rik</t></r><r><rPr><b/></rPr><t xml:space="preserve"> text_x000D_</t></r></is></c></row>
    <row r="3"/></sheetData><mergeCells count="1"><mergeCell ref="A3:D3"/></mergeCells><hyperlinks><hyperlink ref="F1" location="'Blad'!A1" display="x"/></hyperlinks></worksheet>`;
  const noDimension = `<?xml version="1.0"?><worksheet ${MAIN}><sheetData><row r="2"><c r="B2"><v>7</v></c></row><row r="4"><c r="C4" s="0"/></row></sheetData></worksheet>`;
  return {
    xxe: rawXlsx({
      sheet: sheetXml(
        kommunRows(['&xxe; andel (%)', 'Väntetid']),
        '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      ).replace('&amp;xxe;', '&xxe;'),
    }),
    skratt: rawXlsx({
      sheet: sheetXml(
        kommunRows(['&l10; andel (%)', 'Väntetid']),
        `<!DOCTYPE worksheet [<!ENTITY l0 "ha">${levels}]>`,
      ).replace('&amp;l10;', '&l10;'),
    }),
    strangar: rawXlsx({
      sheet: sheetXml(rows),
      sharedStrings: `<?xml version="1.0"?><sst ${MAIN} count="20000" uniqueCount="20000">${Array.from({ length: 20_000 }, (_, i) => `<si><t>sträng ${i}</t></si>`).join('')}</sst>`,
    }),
    stilar: rawXlsx({
      sheet: sheetXml(rows),
      styles: `<?xml version="1.0"?><styleSheet ${MAIN}><cellXfs count="99999999"><xf fillId="-5" numFmtId="abc"/><xf/>`,
    }),
    cykel: rawXlsx({
      sheet: sheetXml(rows),
      workbookRels: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
      <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="workbook.xml"/></Relationships>`,
    }),
    proto: rawXlsx({
      sheet: sheetXml(kommunRows(['__proto__', 'constructor'])),
      sheetName: '__proto__',
    }),
    formler: rawXlsx({
      sheet: sheetXml([
        [
          { f: 'HYPERLINK("http://example.invalid","klicka")', v: 'klicka' },
          { f: "cmd|' /C calc'!A0", v: "=cmd|' /C calc'!A0" },
        ],
      ]),
    }),
    escapedName: rawXlsx({ sheet: sheetXml(rows), sheetName: 'Tabell_x0009_1 &amp; 2 ' }),
    styled: rawXlsx({ sheet: styled, styles: themeFills }),
    noDimension: rawXlsx({ sheet: noDimension }),
    noStyles: zipWithout(rawXlsx({ sheet: sheetXml(rows) }), 'xl/styles.xml'),
    sharedStringIndexMissing: rawXlsx({
      sheet: `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="s"><v>5</v></c></row></sheetData></worksheet>`,
    }),
  };
}

function zipWithout(bytes: Uint8Array, name: string): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([n]) => n !== name)));
}
