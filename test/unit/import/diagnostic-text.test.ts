import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogueWords } from '../../helpers/catalogue-words';
import { parseRealFile } from '../../helpers/real-files';
import { diagnosticKindText, diagnosticText } from '../../../shared/i18n/diagnostic-text';
import { en } from '../../../shared/i18n/en';
import { sv } from '../../../shared/i18n/sv';
import { DIAGNOSTIC_CODES, diagnostic } from '../../../shared/import/diagnostic';
import { parseImportFile, type ParsedImport } from '../../../shared/import/import-file';
import { formatImportReport } from '../../../shared/import/import-report';
import { conflictDiagnostics } from '../../../shared/import/publication-overlap';
import { groupDiagnostics } from '../../../renderer/features/import/report-text';
import { writeSharesWorkbook, writeTroubledWorkbook } from '../../fixtures/variant-workbooks';

/** Issue 18 item 2: import diagnostics and gate findings in the user's language. */

type Catalogue = Readonly<Record<string, string>>;

/** The catalogue texts of a code: its own, or its two counted forms. */
const textsOf = (catalogue: Catalogue, code: string): string[] =>
  [`diagnostic.${code}`, `diagnostic.${code}.one`, `diagnostic.${code}.many`]
    .map((key) => catalogue[key])
    .filter((text): text is string => text !== undefined);

const words = catalogueWords;

/** Words of the code's Swedish text that its English text does not have: none may be left in English. */
function swedishWords(code: string): Set<string> {
  const english = new Set(textsOf(en, code).flatMap(words));
  return new Set(textsOf(sv, code).flatMap((t) => words(t).filter((w) => !english.has(w))));
}

type Said = Parameters<typeof diagnosticText>[0] & { code: string };

/** Every diagnostic and finding: Swedish as stored, English from the code with no Swedish template word. */
function expectEnglish(all: readonly Said[]): void {
  expect(all.length).toBeGreaterThan(0);
  for (const d of all) {
    expect(DIAGNOSTIC_CODES).toContain(d.code);
    expect(diagnosticText(d, 'sv'), d.code).toBe(d.message);
    const english = diagnosticText(d, 'en');
    expect(english, d.code).not.toBe(d.message);
    // Data (kommun names, titles as published) is Swedish by nature: the parameters are left out.
    const template = Object.values(d.params ?? {}).reduce<string>(
      (text, value) => text.split(String(value)).join(' '),
      english,
    );
    const left = words(template).filter((w) => swedishWords(d.code).has(w));
    expect(left, `${d.code}: ${english}`).toEqual([]);
  }
}

const said = (p: ParsedImport): Said[] => [...p.report.diagnostics, ...(p.report.gate ?? [])];

describe('import diagnostics in the user’s language', () => {
  it('has a Swedish and an English text for every code, and no text without a code', () => {
    for (const code of DIAGNOSTIC_CODES) {
      const [svTexts, enTexts] = [textsOf(sv, code), textsOf(en, code)];
      // One text, or both counted forms.
      expect([1, 2], code).toContain(svTexts.length);
      expect(enTexts.length, code).toBe(svTexts.length);
      for (const text of [...svTexts, ...enTexts]) expect(text, code).toMatch(/\S/);
    }
    const keys = Object.keys(sv).filter((k) => k.startsWith('diagnostic.'));
    const codes = new Set<string>(DIAGNOSTIC_CODES);
    expect(keys.filter((k) => !codes.has(k.slice(11).replace(/\.(one|many)$/, '')))).toEqual([]);
  });

  it('reads a troubled generated workbook: Swedish as before, English from the codes', async () => {
    const parsed = await parseImportFile('brukare.xlsx', await writeTroubledWorkbook());
    const codes = said(parsed).map((d) => d.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'year_unknown',
        'column_without_header',
        'unit_unknown',
        'row_not_unit',
        'share_out_of_range',
        'duplicate_unit_rows',
      ]),
    );
    expectEnglish(said(parsed));
    const unknown = parsed.report.diagnostics.find((d) => d.code === 'unit_unknown')!;
    expect(unknown.message).toBe('Okänd enhet "Okändby" – raden lästes inte in.');
    expect(diagnosticText(unknown, 'en')).toBe('Unknown unit "Okändby" – the row was not read.');
    // Counted: one row, in both languages.
    const duplicate = parsed.report.gate!.find((f) => f.code === 'duplicate_unit_rows')!;
    expect(duplicate.message).toMatch(/^1 rad nämner en enhet/);
    expect(diagnosticText(duplicate, 'en')).toMatch(/^1 row names a unit/);
    // The CLI prints the Swedish message.
    expect(formatImportReport(parsed.report)).toContain(unknown.message);
  });

  it('reads the shares workbook and a forced-choice unit column the same way', async () => {
    const shares = await parseImportFile('missbruk-2023.xlsx', await writeSharesWorkbook());
    expectEnglish(said(shares));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Samverkan');
    ws.getRow(1).values = ['Kommun', 'Samverkanskommun', 'Andel (%)'];
    [
      ['Solna', 'Sundbyberg', 61.5],
      ['Sundbyberg', 'Solna', 58.2],
      ['Järfälla', 'Upplands-Bro', 70.1],
      ['Upplands-Bro', 'Järfälla', 44.9],
    ].forEach((row, i) => (ws.getRow(2 + i).values = row));
    const ambiguous = await parseImportFile(
      'samverkan-2024.xlsx',
      new Uint8Array(await wb.xlsx.writeBuffer()),
    );
    const finding = ambiguous.report.gate!.find((f) => f.code === 'unit_columns_disagree')!;
    expect(diagnosticText(finding, 'en')).toMatch(
      /^Columns A and B name different municipalities on the same row \(4 rows, e\.g\. A2 and B2\)/,
    );
    expectEnglish(said(ambiguous));
  });

  it('reads the real published files in English: Kolada, tandhälsa, läkemedel', async () => {
    const codes = new Set<string>();
    for (const file of [
      'kolada/kolada_stockholms_lan_16kpi_1998-2020.xlsx',
      'kolada/kolada_stockholms_lan_5kpi_2012-2019.xlsx',
      'socialstyrelsen_stat/2024-5-9102-tables_tandhalsa2023.xlsx',
      'socialstyrelsen_stat/statistikdatabasen_lakemedel_antibiotics_export.csv',
    ]) {
      const parsed = await parseRealFile(file);
      expectEnglish(said(parsed));
      for (const d of said(parsed)) codes.add(d.code);
    }
    expect([...codes].sort()).toEqual([
      'column_without_header',
      'kolada_row_without_kpi',
      'kolada_unit_repeated',
      'kolada_year_without_values',
      'row_not_unit',
      'rows_read_as_indicators',
      'same_title',
      'share_fraction_as_is',
      'sheet_without_units',
      'sheet_without_values',
      'unit_unknown_empty',
    ]);
  });

  it('words conflicts with earlier files and their count', () => {
    const cell = (fileName: string, value: number) => ({
      fileId: fileName,
      fileName,
      sheet: 'Kolada nyckeltal',
      cell: 'C4',
      status: 'ok' as const,
      value,
      text: null,
    });
    const out = conflictDiagnostics(
      [
        {
          seriesId: 's',
          unitCode: '0184',
          year: 2023,
          period: null,
          newer: cell('b.xlsx', 2.5),
          older: cell('a.xlsx', 3),
        },
      ],
      2,
    );
    expect(out.map((d) => d.message)).toEqual([
      'Motstridigt värde: 2,5 här, men 3 i a.xlsx (Kolada nyckeltal!C4) för samma serie, enhet 0184 och år 2023. Värdet från den senast inlästa filen räknas.',
      'Ytterligare 1 motstridigt värde mot tidigare inlästa filer.',
    ]);
    expect(out.map((d) => diagnosticText(d, 'en'))).toEqual([
      'Conflicting value: 2,5 here, but 3 in a.xlsx (Kolada nyckeltal!C4) for the same series, unit 0184 and year 2023. The value from the file imported last counts.',
      '1 more value conflicts with files imported earlier.',
    ]);
    expectEnglish(out);
  });

  it('shows a warning stored before codes as its Swedish message, in any language', () => {
    const stored = JSON.parse(
      '[{"severity":"warning","sheet":"Resultat","cell":"A11","message":"Okänd enhet \\"Okändby\\" – raden lästes inte in."}]',
    ) as { severity: 'warning'; sheet: string; cell: string; message: string }[];
    expect(diagnosticText(stored[0]!, 'en')).toBe(stored[0]!.message);
    expect(diagnosticText(stored[0]!, 'sv')).toBe(stored[0]!.message);
    // A code this version does not know (a newer version wrote it) falls back the same way.
    expect(
      diagnosticText({ code: 'from_the_future', params: {}, message: 'Något nytt.' }, 'en'),
    ).toBe('Något nytt.');
    expect(groupDiagnostics(stored, 'en').map((g) => g.title)).toEqual([stored[0]!.message]);
  });

  it('groups diagnostics of one code under a title in the user’s language, the differing parts left out', () => {
    const unknown = (cell: string, label: string) =>
      diagnostic({
        severity: 'warning',
        sheet: 'Kommun',
        cell,
        code: 'unit_unknown',
        params: { label },
      });
    const items = [unknown('A5', 'Xby'), unknown('A9', 'Yby')];
    expect(diagnosticKindText(items, 'sv')).toBe('Okänd enhet "…" – raden lästes inte in.');
    expect(groupDiagnostics(items, 'en').map((g) => [g.title, g.cells])).toEqual([
      ['Unknown unit "…" – the row was not read.', ['A5', 'A9']],
    ]);
    expect(groupDiagnostics([items[0]!], 'en')[0]!.title).toBe(
      'Unknown unit "Xby" – the row was not read.',
    );
    // A count that differs takes the plural form.
    const rows = (count: number) =>
      diagnostic({
        severity: 'warning',
        sheet: null,
        cell: null,
        code: 'conflicts_more',
        params: { count },
      });
    expect(diagnosticKindText([rows(1), rows(4)], 'en')).toBe(
      '… more values conflict with files imported earlier.',
    );
  });
});
