import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { read as readWithSheetjs } from 'xlsx';
import { describe, expect, it } from 'vitest';
import { parseImportFile, type ParsedImport } from '../../shared/import/import-file';
import { cellAddress, parseCellAddress } from '../../shared/util/cell-address';
import { realWorkbookPaths } from '../helpers/real-files';

/**
 * The real published files beside the repo (../shared/data/real, see its
 * SOURCES.md). Expected values were read by hand from the files, cell by
 * cell. Without the folder these tests report themselves skipped.
 */
const REAL = path.resolve(__dirname, '../../../shared/data/real');

async function importReal(relative: string): Promise<ParsedImport> {
  return parseImportFile(path.basename(relative), readFileSync(path.join(REAL, relative)));
}

function at(parsed: ParsedImport, sheet: string, cell: string) {
  const o = parsed.observations.find((x) => x.sheet === sheet && x.cell === cell);
  if (!o) throw new Error(`ingen observation i ${sheet}!${cell}`);
  return { ...o, indicator: parsed.indicators.find((i) => i.indicatorId === o.indicatorId)! };
}

const warnings = (parsed: ParsedImport) =>
  parsed.report.diagnostics.filter((d) => d.severity === 'warning');

describe('real files in ../shared/data/real', () => {
  it('Kolada 4 KPI 2005–2019 (pristine export): names only, years as text', async () => {
    const p = await importReal('kolada/kolada_stockholms_lan_4kpi_2005-2019.xlsx');
    expect(p.layout).toBe('kolada');
    expect(p.publisher).toBe('Kolada (RKA)');
    const c3 = at(p, 'Kolada nyckeltal', 'C3');
    expect(c3).toMatchObject({ unitCode: '0127', year: 2005, valueNum: 6.629378, status: 'ok' });
    expect(c3.indicator).toMatchObject({
      title: 'Arbetslöshet 18-64 år, andel (%) av bef.',
      kind: 'percent',
    });
    expect(p.observations.filter((o) => o.status === 'ok')).toHaveLength(1518);
    expect(new Set(p.observations.map((o) => o.unitCode)).size).toBe(26);
    expect(warnings(p)).toEqual([]);
  });

  it('Kolada 3 KPI 2019: the "ovägt medel" row is a group, empty cells are not published', async () => {
    const p = await importReal('kolada/kolada_stockholms_lan_3kpi_2019.xlsx');
    expect(at(p, 'Kolada nyckeltal', 'C4')).toMatchObject({ unitCode: '0127', valueNum: 94606 });
    const group = at(p, 'Kolada nyckeltal', 'C3');
    expect(group).toMatchObject({ valueNum: 91426.19230769 });
    expect(p.units.find((u) => u.unitCode === group.unitCode)).toMatchObject({
      level: 'grupp',
      name: 'Stockholms läns kommuner (ovägt medel)',
    });
    // "Invånare  totalt" keeps its real double space in the original, normalised for matching
    expect(group.indicator.title).toBe('Invånare totalt, antal');
    expect(p.observations.filter((o) => o.status === 'ok')).toHaveLength(39);
  });

  it('Kolada 5 KPI 2012–2019: the selected kommun listed first', async () => {
    const p = await importReal('kolada/kolada_stockholms_lan_5kpi_2012-2019.xlsx');
    expect(at(p, 'Kolada nyckeltal', 'C3')).toMatchObject({
      unitCode: '0163',
      year: 2012,
      valueNum: 5.47525453,
    });
    // Sollentuna stands twice per KPI (10 rows, 48 numbers counted with SheetJS): its values are read once.
    expect(p.observations.filter((o) => o.status === 'ok')).toHaveLength(770 - 48 / 2);
    expect(p.report.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        message: expect.stringMatching(
          /^Sollentuna \(rad \d+ och \d+\) står två gånger med samma värden/,
        ),
      }),
    );
  });

  it('Kolada 16 KPI 1998–2020, hand-edited: extra sheets skipped, the row without a KPI reported with its cell', async () => {
    const p = await importReal('kolada/kolada_stockholms_lan_16kpi_1998-2020.xlsx');
    expect(at(p, 'Kolada nyckeltal', 'N3')).toMatchObject({
      unitCode: '0127',
      year: 2009,
      valueNum: 1544,
    });
    // The sheet holds 6 078 numbers; 11 of them sit on row 2, which names no KPI.
    expect(p.observations.filter((o) => o.status === 'ok')).toHaveLength(6078 - 11);
    expect(warnings(p)).toEqual([
      expect.objectContaining({ sheet: 'Kolada nyckeltal', cell: 'A2' }),
    ]);
    expect(p.report.sheets.map((s) => [s.sheet, s.layout])).toEqual([
      ['Kolada nyckeltal', 'kolada'],
      ['Blad2', 'skipped'],
      ['Blad1', 'skipped'],
    ]);
  });

  it('Statistikdatabasen ekonomiskt bistånd: unit in the title, months as periods, "--" as saknas', async () => {
    const p = await importReal('socialstyrelsen_ekb/ekb_manad_dalarnas_lan_hamtad_2023_08_24.xlsx');
    expect(p.area).toBe('ekonomiskt_bistand');
    expect(at(p, 'Tabell', 'C3')).toMatchObject({
      unitCode: '20',
      year: 2014,
      period: '2014-01',
      valueNum: 3914,
    });
    expect(at(p, 'Tabell', 'D3')).toMatchObject({ valueNum: 26908 });
    expect(at(p, 'Tabell', 'C117')).toMatchObject({
      period: '2023-07',
      status: 'saknas',
      valueNum: null,
    });
    expect(p.observations.filter((o) => o.status === 'saknas')).toHaveLength(14);
    expect(warnings(p)).toEqual([]);
  });

  describe('Statistikdatabasen ekonomiskt bistånd rearranged as a user might (values copied cell by cell)', () => {
    const FILE = 'socialstyrelsen_ekb/ekb_manad_dalarnas_lan_hamtad_2024_06_17.xlsx';

    /** Where a cell of the real sheet lands: `down`/`right` in front, `gap` rows between the title (row 1) and the rest. */
    interface Move {
      down: number;
      right: number;
      gap: number;
      notes: Record<string, string>;
    }
    const place = (row0: number, col0: number, m: Move) =>
      [row0 + m.down + (row0 >= 1 ? m.gap : 0), col0 + m.right] as const;
    const movedCell = (cell: string, m: Move) => {
      const [r, c] = parseCellAddress(cell)!;
      return cellAddress(...place(r, c, m));
    };

    async function rearranged(m: Move) {
      const source = new ExcelJS.Workbook();
      await source.xlsx.load(readFileSync(path.join(REAL, FILE)) as unknown as ArrayBuffer);
      const target = new ExcelJS.Workbook();
      const sheet = target.addWorksheet('Tabell');
      source.getWorksheet('Tabell')!.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const [r0, c0] = place(r - 1, c - 1, m);
          sheet.getCell(r0 + 1, c0 + 1).value = cell.value;
        }),
      );
      for (const [address, text] of Object.entries(m.notes)) sheet.getCell(address).value = text;
      return parseImportFile('ekb_flyttad.xlsx', new Uint8Array(await target.xlsx.writeBuffer()));
    }

    it.each<[string, Move]>([
      ['three blank rows and two blank columns in front', { down: 3, right: 2, gap: 0, notes: {} }],
      [
        'a note row above the title',
        { down: 1, right: 0, gap: 0, notes: { A1: 'Källa: Socialstyrelsen, statistikdatabasen' } },
      ],
      [
        'a note column, and a subtitle and a blank row under the title',
        { down: 1, right: 1, gap: 2, notes: { A1: 'Uttag 2024-06-17', B3: 'Antal och tkr' } },
      ],
    ])('%s: every value moves with its cell', async (_label, move) => {
      const original = await importReal(FILE);
      const moved = await rearranged(move);
      expect(moved.layout).toBe('period');
      expect(moved.observations).toHaveLength(original.observations.length);
      const byCell = new Map(moved.observations.map((o) => [o.cell, o]));
      for (const o of original.observations) {
        expect(byCell.get(movedCell(o.cell!, move)), o.cell!).toMatchObject({
          unitCode: o.unitCode,
          year: o.year,
          period: o.period,
          valueNum: o.valueNum,
          status: o.status,
        });
      }
      // Hand-read from the file: C6 is April 2014, 3 968 households.
      expect(byCell.get(movedCell('C6', move))).toMatchObject({
        unitCode: '20',
        period: '2014-04',
        valueNum: 3968,
      });
      expect(warnings(moved)).toEqual([]);
    });
  });

  it('Socialstyrelsen tables: "01 Stockholms län" rows with a Kön column', async () => {
    const p = await importReal('socialstyrelsen_stat/2024-10-9300-tables_cancer2023.xlsx');
    const d5 = at(p, 'Tabell F', 'D5');
    expect(d5).toMatchObject({ unitCode: '01', year: 2023, valueNum: 190.80129171069805 });
    expect(d5.indicator.title).toBe(
      'Tabell F. Fall per 100 000 ålderstandardiserad incidens per län, 2023 – Prostata – Män',
    );
  });

  it('Socialstyrelsen tables: bare län names, two-row merged headers, stacked tables', async () => {
    const p = await importReal('socialstyrelsen_stat/2024-5-9102-tables_tandhalsa2023.xlsx');
    const b6 = at(p, 'Tabell 2 A–B', 'B6');
    expect(b6).toMatchObject({ unitCode: '01', year: 2023, valueNum: 409386 });
    expect(b6.indicator.title).toMatch(/^Tabell 2A\. Antal personer, 24 år och äldre.* – Män$/);
    expect(at(p, 'Tabell 2 A–B', 'J27')).toMatchObject({ unitCode: '00', valueNum: 5595541 });
    // "Antal personer" before a share counts the outcome itself: a measure of its own, never the share's n.
    const b8 = at(p, 'Tabell 30 A–C', 'B8');
    expect(b8).toMatchObject({ unitCode: '03', valueNum: 47574, n: null });
    expect(b8.indicator.title).toMatch(/Antal personer$/);
    // Its own header decides its kind, not the caption "Antal och andel personer …": no share out of range blocks the import.
    expect(b8.indicator.kind).toBe('count');
    expect((p.report.gate ?? []).filter((f) => f.blocking)).toEqual([]);
    expect(at(p, 'Tabell 30 A–C', 'C8')).toMatchObject({ unitCode: '03', valueNum: 19.4, n: null });
  });

  it('Socialstyrelsen tables: the second stacked table is named and dated by its own caption ("Tabell 22B … 2014"), not by a footnote', async () => {
    const p = await importReal('socialstyrelsen_stat/2024-5-9102-tables_tandhalsa2023.xlsx');
    // Row 6: Tabell 22A (visits in 2023), Stockholm; row 41: Tabell 22B (2014), Stockholm, 2.61.
    // B6 holds 0.65 in format "0.0" under "Män (%)": 0.65 %, never 65 % (every Periimplantit value is below 1).
    const a = at(p, 'Tabell 22 A–B', 'B6');
    expect(a).toMatchObject({ unitCode: '01', year: 2023, valueNum: 0.65 });
    expect(a.indicator.title).toMatch(
      /^Tabell 22A\. .* under 2023, .* – Män \(%\) – Periimplantit$/,
    );
    const b = at(p, 'Tabell 22 A–B', 'B41');
    expect(b).toMatchObject({ unitCode: '01', year: 2014, valueNum: 2.61 });
    expect(b.indicator.title).toMatch(
      /^Tabell 22B\. .* under 2014, .* – Män \(%\) – Periimplantit$/,
    );
  });

  it('Socialstyrelsen tables: a table inside the method text is named by its caption, never by the paragraph merged above it', async () => {
    const p = await importReal('socialstyrelsen_stat/2024-9-9232-tables_skador2023.xlsx');
    // "Om statistiken": A2 a section heading, A3:L6 a merged paragraph, A7 "Tablå 1. …", header row 9, Kronoberg B15 = 0.7634.
    const b15 = at(p, 'Om statistiken', 'B15');
    expect(b15).toMatchObject({ unitCode: '07', year: 2023, valueNum: 0.7634 });
    expect(b15.indicator.title).toBe(
      'Tablå 1. Bortfall i yttre orsak till sjukdom och död, 2023 – Kvinnor 0-19',
    );
    const titles = p.indicators.map((i) => i.title);
    expect(titles.filter((t) => t.length > 400)).toEqual([]);
    expect(titles.filter((t) => /^(Tabell 12[ab]\. .*) – \1/.test(t))).toEqual([]);
  });

  it('Socialstyrelsen tables: a misspelt län ("Västa Götaland") is still placed', async () => {
    const p = await importReal('socialstyrelsen_stat/2024-9-9232-tables_skador2023.xlsx');
    expect(at(p, '12. Skadediagnos - län', 'B17')).toMatchObject({
      unitCode: '14',
      valueNum: 1061,
    });
    expect(warnings(p).filter((w) => /Okänd enhet/.test(w.message))).toEqual([]);
  });

  it('Statistikdatabasen läkemedel (xlsx, long): regions by name', async () => {
    const p = await importReal(
      'socialstyrelsen_stat/statistikdatabasen_lakemedel_allergy_export.xlsx',
    );
    expect(at(p, 'Tabell', 'F3')).toMatchObject({ unitCode: '00', valueNum: 0.01 });
    expect(at(p, 'Tabell', 'F4')).toMatchObject({ unitCode: '01' });
  });

  it('SKR kommungruppsindelning: refused sheets say why, the per-group sheets import', async () => {
    const p = await importReal('reference/skr_kommungruppsindelning_2023.xlsx');
    expect(at(p, 'Grupp A1 Storstäder', 'B3')).toMatchObject({
      unitCode: '0180',
      valueNum: 975600,
    });
  });

  it('Statistikdatabasen CSV: BOM, ";", CRLF, decimal comma, soft hyphens as the dash in age bands', async () => {
    const p = await importReal(
      'socialstyrelsen_stat/statistikdatabasen_lakemedel_antibiotics_export.csv',
    );
    const first = at(p, 'statistikdatabasen_lakemedel_antibiotics_export', 'F2');
    expect(first).toMatchObject({ unitCode: '00', valueNum: 1.54, status: 'ok' });
    expect(first.indicator.title).toBe(
      'Patienter/1000 invånare – September 2024, A07AA Antibiotika, Båda könen, 0-4',
    );
    expect(at(p, 'statistikdatabasen_lakemedel_antibiotics_export', 'F3')).toMatchObject({
      valueNum: 0.11,
    });
  });

  it('every value read from every real workbook is the number in the cell it cites, as Excel shows it', async () => {
    const files = realWorkbookPaths();
    expect(files.length).toBeGreaterThanOrEqual(12);
    let checked = 0;
    const wrong: string[] = [];
    for (const file of files) {
      let parsed: ParsedImport;
      try {
        parsed = await parseImportFile(path.basename(file), readFileSync(file));
      } catch {
        continue; // refused with a reason (tested above)
      }
      // The raw cells, read on their own: value and number format ("0.0%" shows 0.5 as 50 %).
      const wb = readWithSheetjs(readFileSync(file), { type: 'buffer', cellNF: true });
      for (const o of parsed.observations) {
        const cell = wb.Sheets[o.sheet ?? '']?.[o.cell ?? ''] as
          { v?: unknown; z?: unknown } | undefined;
        const shown = (() => {
          if (typeof cell?.v === 'number') {
            const percent = /%/.test(String(cell.z ?? '').replace(/"[^"]*"|\\./g, ''));
            return percent ? Math.round(cell.v * 100 * 1e9) / 1e9 : cell.v;
          }
          const text = String(cell?.v ?? '')
            .replace(/[\s\u00a0]/g, '')
            .replace(',', '.');
          return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
        })();
        checked += 1;
        if (o.valueNum !== shown && wrong.length < 10)
          wrong.push(`${path.basename(file)} ${o.sheet}!${o.cell}: ${o.valueNum} ≠ ${shown}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(20_000);
  }, 120_000);

  it('a reference list without values is refused with a reason, not half-imported', async () => {
    await expect(importReal('reference/kommuner_lan_290.csv')).rejects.toThrow(
      /Hittade inga värden .* kommuner_lan_290\.csv/,
    );
  });
});
