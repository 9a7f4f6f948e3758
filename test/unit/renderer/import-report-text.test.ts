import { describe, expect, it } from 'vitest';
import { formatNumber, translate, type MessageKey } from '../../../shared/i18n/i18n';
import type { ImportReport, SheetPreview } from '../../../shared/import/import-report';
import {
  cellList,
  groupDiagnostics,
  seriesSummary,
  unitSummary,
} from '../../../renderer/features/import/report-text';
import {
  draftFromPreview,
  draftToMapping,
  withDirection,
  withRole,
  withUnitCol,
} from '../../../renderer/features/import/sheet-draft';

const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
  translate('sv', key, params);
const num = (n: number) => formatNumber('sv', n);

describe('the import card in a controller’s words', () => {
  it('names units by level, the many first and riket last', () => {
    expect(unitSummary({ riket: 1, lan: 21, kommun: 290 }, t, num)).toBe(
      '290 kommuner, 21 län, riket',
    );
    expect(unitSummary({ enhet: 12, kommun: 1 }, t, num)).toBe('1 kommun, 12 enheter');
    expect(unitSummary({ stadsdel: 4 }, t, num)).toBe('4 stadsdelar');
    expect(unitSummary({}, t, num)).toBe('inga');
  });

  it('counts series × years, and falls back to the raw count without them', () => {
    const base = { indicators: 276 } as ImportReport;
    expect(seriesSummary({ ...base, seriesCount: 6, years: [2024] }, t, num)).toBe(
      '6 indikatorer × 1 år (2024)',
    );
    expect(seriesSummary({ ...base, seriesCount: 16, years: [2024, 2022, 2023] }, t, num)).toBe(
      '16 indikatorer × 3 år (2022–2024)',
    );
    expect(seriesSummary(base, t, num)).toBe('276 indikatorer');
  });

  it('groups warnings by kind with their cells, each once', () => {
    const w = (cell: string, message: string) => ({
      severity: 'warning' as const,
      sheet: 'Kommun',
      cell,
      message,
    });
    const groups = groupDiagnostics([
      w('A5', 'Okänd enhet "Xby" – raden lästes inte in.'),
      w('A9', 'Okänd enhet "Yby" – raden lästes inte in.'),
      w('A9', 'Okänd enhet "Yby" – raden lästes inte in.'),
      w('A12', 'Solna förekommer två gånger i samma tabell; den andra raden lästes inte in.'),
    ]);
    expect(groups.map((g) => [g.title, g.cells])).toEqual([
      ['Okänd enhet "…" – raden lästes inte in.', ['A5', 'A9']],
      ['Solna förekommer två gånger i samma tabell; den andra raden lästes inte in.', ['A12']],
    ]);
    expect(cellList(['A1', 'A2', 'A3', 'A4', 'A5', 'A6'])).toBe('A1, A2, A3, A4, A5 …');
    // The same kind on two sheets is one group; its cells name their sheets.
    const across = groupDiagnostics([
      {
        severity: 'warning',
        sheet: 'Tabell 1',
        cell: 'X5',
        message: 'Kolumnen har värden men ingen rubrik och lästes inte in.',
      },
      {
        severity: 'warning',
        sheet: 'Tabell 2',
        cell: 'Y5',
        message: 'Kolumnen har värden men ingen rubrik och lästes inte in.',
      },
    ]);
    expect(across).toHaveLength(1);
    expect(across[0]).toMatchObject({ sheet: null, cells: ['Tabell 1!X5', 'Tabell 2!Y5'] });
  });

  it('turns a corrected preview into a mapping: the unit column moves, the old one becomes context', () => {
    const preview = {
      sheet: 'Kommun',
      firstRow: 0,
      rows: [['Län', 'Kommun', 'Andel', 'Antal']],
      headerRows: [0],
      columns: { 0: 'unit', 2: 'value', 3: 'value' },
      auxOf: {},
      unitCol: 0,
      unitEvidence: null,
      signature: 's-1',
    } as SheetPreview;
    const detected = draftFromPreview(preview, undefined);
    const draft = withRole(withUnitCol(detected, 1), 3, 'n');
    // Only what changed goes to the parser; the rest is detected as usual.
    expect(draftToMapping(draft, detected)).toEqual({
      sheet: 'Kommun',
      unitCol: 1,
      columns: { 0: 'context', 3: 'n' },
    });
    // Read again with that mapping, a further change keeps the earlier one.
    const reread = draftFromPreview(
      {
        ...preview,
        unitCol: 1,
        columns: { 0: 'context', 1: 'unit', 2: 'value', 3: 'n' },
      } as SheetPreview,
      undefined,
    );
    const more = withDirection(reread, 2, 'lower_better');
    expect(
      draftToMapping(more, reread, {
        sheet: 'Kommun',
        unitCol: 1,
        columns: { 0: 'context', 3: 'n' },
      }),
    ).toEqual({
      sheet: 'Kommun',
      unitCol: 1,
      columns: { 0: 'context', 3: 'n' },
      directions: { 2: 'lower_better' },
    });
  });
});
