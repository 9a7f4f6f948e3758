import { describe, expect, it } from 'vitest';
import { catalogueWords } from '../../helpers/catalogue-words';
import { parseRealFile } from '../../helpers/real-files';
import { en } from '../../../shared/i18n/en';
import { reasonText, type ReasonWords } from '../../../shared/i18n/import-reason-text';
import { sv } from '../../../shared/i18n/sv';
import { parseImportFile, type ParsedImport } from '../../../shared/import/import-file';
import { guessArea } from '../../../shared/import/publication-info';
import { writeSharesWorkbook, writeTroubledWorkbook } from '../../fixtures/variant-workbooks';

/** Issue 18 item 2: the import card's area reason and unit evidence in the user's language. */

const words = catalogueWords;

const reasonKeys = Object.keys(sv).filter((k) => k.startsWith('importReason.'));
const english = new Set(reasonKeys.flatMap((k) => words((en as Record<string, string>)[k]!)));
/** Words of the Swedish reason texts that the English ones do not have. */
const SWEDISH = new Set(
  reasonKeys
    .flatMap((k) => words((sv as Record<string, string>)[k]!))
    .filter((w) => !english.has(w)),
);

type Said = Readonly<{ stored: string; words: ReasonWords | null | undefined }>;

/** Swedish as stored; English from the code, with no Swedish template word once the file's own texts are left out. */
function expectEnglish(all: readonly Said[]): void {
  expect(all.length).toBeGreaterThan(0);
  for (const { stored, words: w } of all) {
    expect(w, stored).toBeTruthy();
    expect(reasonText(stored, w, 'sv')).toBe(stored);
    const text = reasonText(stored, w, 'en');
    expect(text, stored).not.toBe(stored);
    const data = ['text', 'word', 'example']
      .map((p) => w?.params?.[p])
      .filter((v) => v !== undefined);
    const template = data.reduce<string>((t, v) => t.split(String(v)).join(' '), text);
    expect(
      words(template).filter((x) => SWEDISH.has(x)),
      text,
    ).toEqual([]);
  }
}

const reasonsOf = (p: ParsedImport): Said[] => [
  ...(p.report.areaReason
    ? [{ stored: p.report.areaReason, words: p.report.areaReasonWords }]
    : []),
  ...(p.report.previews ?? []).flatMap((preview) =>
    preview.unitEvidence
      ? [{ stored: preview.unitEvidence, words: preview.unitEvidenceWords }]
      : [],
  ),
];

describe('import reasons in the user’s language', () => {
  it('has the same reason keys in Swedish and English', () => {
    expect(reasonKeys.length).toBeGreaterThan(0);
    expect(
      Object.keys(en)
        .filter((k) => k.startsWith('importReason.'))
        .sort(),
    ).toEqual([...reasonKeys].sort());
  });

  it('words every way of guessing the area in both languages', () => {
    const guesses = [
      guessArea('missbruk-2023.xlsx', []),
      guessArea('data.xlsx', ['Öppna jämförelser 2024 – Äldreomsorg']),
      guessArea('data.xlsx', ['Tabell 1'], ['Ekonomiskt bistånd']),
      guessArea('data.xlsx', [], [], []),
      guessArea('data.xlsx', [], [], ['Andel med försörjningsstöd', 'Antal personskador']),
      guessArea(
        'data.xlsx',
        [],
        [],
        [
          'Andel med försörjningsstöd',
          'Antal biståndsmottagare',
          'Biståndsmottagare, långvarigt',
          'Antal personskador',
          'Väntetid',
        ],
      ),
    ];
    expect(guesses.map((g) => g.words.code)).toEqual([
      'area.fileName',
      'area.title',
      'area.sheetName',
      'area.none',
      'area.mixed',
      'area.vocabulary',
    ]);
    expectEnglish(guesses.map((g) => ({ stored: g.reason, words: g.words })));
    expect(reasonText(guesses[5]!.reason, guesses[5]!.words, 'en')).toMatch(
      /^3 of 5 indicators concern financial assistance \(e\.g\. “.*”\); others: 1 .*, 1 mention no area$/i,
    );
  });

  it('reads generated workbooks: Swedish as stored, English from the codes', async () => {
    const shares = await parseImportFile('missbruk-2023.xlsx', await writeSharesWorkbook());
    const troubled = await parseImportFile('brukare.xlsx', await writeTroubledWorkbook());
    const chosen = await parseImportFile('missbruk-2023.xlsx', await writeSharesWorkbook(), {
      area: 'missbruk',
      mappings: [
        { sheet: shares.report.previews![0]!.sheet, unitCol: shares.report.previews![0]!.unitCol! },
      ],
    });
    expectEnglish([...reasonsOf(shares), ...reasonsOf(troubled), ...reasonsOf(chosen)]);
    expect(chosen.report.areaReason).toBe('valt av användaren');
    expect(reasonText(chosen.report.areaReason!, chosen.report.areaReasonWords, 'en')).toBe(
      'chosen by the user',
    );
    const preview = chosen.report.previews![0]!;
    expect(preview.unitEvidence).toMatch(/, vald av användaren$/);
    expect(reasonText(preview.unitEvidence!, preview.unitEvidenceWords, 'en')).toMatch(
      /^column [A-Z]+: \d+ (municipalities|regions|national\/groups|units) \((codes|names)\), chosen by the user$/,
    );
  });

  it('reads real published files in English', async () => {
    for (const file of [
      'kolada/kolada_stockholms_lan_16kpi_1998-2020.xlsx',
      'socialstyrelsen_stat/2024-5-9102-tables_tandhalsa2023.xlsx',
    ]) {
      const parsed = await parseRealFile(file);
      expectEnglish(reasonsOf(parsed));
    }
  });

  it('shows a reason stored before codes as its Swedish text, in any language', () => {
    expect(reasonText('filnamnet ”x” nämner ”y”', undefined, 'en')).toBe(
      'filnamnet ”x” nämner ”y”',
    );
    expect(reasonText('kolumn A: 3 kommuner (namn)', null, 'en')).toBe(
      'kolumn A: 3 kommuner (namn)',
    );
    expect(reasonText('något annat', { code: 'no.such.code' }, 'en')).toBe('något annat');
  });
});
