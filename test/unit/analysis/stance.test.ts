import { describe, expect, it } from 'vitest';
import {
  latestReds,
  noteApplies,
  splitReds,
  stanceFor,
  type StanceNote,
} from '../../../shared/analysis/annotations';
import { latestMetaAnalysis, metaAnalysis } from '../../../shared/analysis/meta-analysis';
import { persistentOutliers } from '../../../shared/analysis/persistent-outliers';
import type { Standing } from '../../../shared/analysis/standing';
import { standingRow } from '../../helpers/standing-row';
import { isStance, parseStance, STANCES, type Stance } from '../../../shared/model/stance';

const row = standingRow;

const note = (
  seriesId: string,
  year: number | null,
  stance: Stance,
  carryForward: boolean,
  updatedAt = 1,
): StanceNote => ({
  annotationId: `${seriesId}-${year}-${stance}`,
  seriesId,
  year,
  text: `${seriesId} ${year}: ${stance}`,
  carryForward,
  stance,
  updatedAt,
});

/**
 * The notes of the hand-computed case:
 * A: 2022, carried forward, prioriterat bort → A's reds 2022, 2023, 2024 have a stance, 2021 not.
 * B: 2023, not carried → only B's 2023 red.
 * C: 2021 åtgärd pågår (carried), then 2023 förklarat (carried) → 2021–2022 åtgärd pågår, 2023– förklarat.
 * D: 2024 tolkningsfråga → nothing in 2023.
 * H: no year, not carried → every year (annotationsFor's rule for a note without a year).
 */
const NOTES: readonly StanceNote[] = [
  note('A', 2022, 'prioriterat_bort', true),
  note('B', 2023, 'metodbrist', false),
  note('C', 2021, 'atgard_pagar', true),
  note('C', 2023, 'forklarat', true),
  note('D', 2024, 'tolkningsfraga', false),
  note('H', null, 'forklarat', false),
];

const stanceOf = (seriesId: string, year: number) =>
  stanceFor(NOTES, seriesId, year)?.stance ?? null;

describe('a red’s stance: the notes’ carry-forward rule', () => {
  it('the five stances, one identifier each, and nothing else is a stance', () => {
    expect(STANCES).toEqual([
      'prioriterat_bort',
      'atgard_pagar',
      'tolkningsfraga',
      'metodbrist',
      'forklarat',
    ]);
    expect(isStance('prioriterat_bort')).toBe(true);
    expect(isStance('prioriterat bort')).toBe(false);
    expect(parseStance('okänd')).toBeNull();
    expect(parseStance(null)).toBeNull();
  });

  it('a note applies in its own year, later years when carried forward, and every year without a year', () => {
    expect(noteApplies({ year: 2022, carryForward: true }, 2021)).toBe(false);
    expect(noteApplies({ year: 2022, carryForward: true }, 2022)).toBe(true);
    expect(noteApplies({ year: 2022, carryForward: true }, 2024)).toBe(true);
    expect(noteApplies({ year: 2022, carryForward: false }, 2023)).toBe(false);
    expect(noteApplies({ year: null, carryForward: false }, 2019)).toBe(true);
  });

  it('each series and year gets the stance worked out by hand', () => {
    expect([2021, 2022, 2023, 2024].map((y) => stanceOf('A', y))).toEqual([
      null,
      'prioriterat_bort',
      'prioriterat_bort',
      'prioriterat_bort',
    ]);
    expect([2022, 2023, 2024].map((y) => stanceOf('B', y))).toEqual([null, 'metodbrist', null]);
    expect([2020, 2021, 2022, 2023, 2024].map((y) => stanceOf('C', y))).toEqual([
      null,
      'atgard_pagar',
      'atgard_pagar',
      'forklarat',
      'forklarat',
    ]);
    expect([2023, 2024].map((y) => stanceOf('D', y))).toEqual([null, 'tolkningsfraga']);
    expect(stanceOf('H', 2015)).toBe('forklarat');
    expect(stanceOf('E', 2024)).toBeNull();
    expect(stanceFor(NOTES, null, 2024)).toBeNull();
  });

  it('of two notes for the same year, the one changed last decides', () => {
    const notes = [note('A', 2023, 'metodbrist', true, 1), note('A', 2023, 'forklarat', true, 5)];
    expect(stanceFor(notes, 'A', 2024)?.stance).toBe('forklarat');
    // A note for a later year wins over one changed later for an earlier year.
    expect(stanceFor([note('A', 2024, 'metodbrist', false, 1), ...notes], 'A', 2024)?.stance).toBe(
      'metodbrist',
    );
  });
});

describe('unexplained reds and reds with a stance', () => {
  // 2024: A, B, C, E red; D favourable; F a Ja/Nej red that 11 of 12 in the group share, with a stance.
  const rows2024 = [
    row('A', 2024, 'unfavourable'),
    row('B', 2024, 'unfavourable'),
    row('C', 2024, 'unfavourable'),
    row('D', 2024, 'favourable'),
    row('E', 2024, 'unfavourable'),
    row('F', 2024, 'unfavourable', {
      kind: 'yesno',
      homeValue: 0,
      comparatorsWithAnswer: 12,
      sameAnswerShare: 11 / 12,
    }),
  ];
  const notes = [...NOTES, note('F', 2024, 'tolkningsfraga', false)];

  it('splits the 2024 reds: B and E unexplained; A (prioriterat bort, from 2022), C (förklarat) and F with a stance', () => {
    const split = splitReds(rows2024, notes);
    expect(split.unexplained.map((r) => r.seriesId)).toEqual(['B', 'E']);
    expect(split.withStance.map((r) => [r.row.seriesId, r.note.stance, r.note.year])).toEqual([
      ['A', 'prioriterat_bort', 2022],
      ['C', 'forklarat', 2023],
      ['F', 'tolkningsfraga', 2024],
    ]);
  });

  it('with "vanligt svar" on, the shared Ja/Nej red is no red at all, with or without a stance', () => {
    const split = splitReds(rows2024, notes, { commonAnswer: true });
    expect(split.unexplained.map((r) => r.seriesId)).toEqual(['B', 'E']);
    expect(split.withStance.map((r) => r.row.seriesId)).toEqual(['A', 'C']);
  });

  it('the metaanalys counts 5 ogynnsamt in 2024, 3 of them with a stance; the counts themselves are unchanged', () => {
    const [cell] = metaAnalysis(rows2024, 'area', { stances: notes });
    expect(cell!.counts.unfavourable).toBe(5);
    expect(cell!.unfavourableWithStance).toBe(3);
    expect(metaAnalysis(rows2024)[0]!.counts).toEqual(cell!.counts);
    // Without notes the field is not there at all (older callers and exports see no change).
    expect('unfavourableWithStance' in metaAnalysis(rows2024)[0]!).toBe(false);
    // Vanligt svar takes F out of ogynnsamt, and so out of those with a stance.
    const [common] = metaAnalysis(rows2024, 'area', { stances: notes, commonAnswer: true });
    expect([common!.counts.unfavourable, common!.unfavourableWithStance]).toEqual([4, 2]);
  });

  it('each year of a series is looked up at its own year: B has a stance in 2023 only', () => {
    const rows = [row('B', 2022, 'unfavourable'), row('B', 2023, 'unfavourable'), ...rows2024];
    const cells = metaAnalysis(rows, 'area', { stances: NOTES });
    expect(cells.map((c) => [c.year, c.counts.unfavourable, c.unfavourableWithStance])).toEqual([
      [2022, 1, 0],
      [2023, 1, 1],
      [2024, 5, 2], // A and C; F's note is not among NOTES
    ]);
  });

  it('the latest year is each series’ own: a biennial area’s 2023 red keeps its one-year 2023 stance', () => {
    const hem = (seriesId: string, year: number, standing: Standing) =>
      row(seriesId, year, standing, { area: 'hemloshet' });
    const rows = [
      hem('G', 2021, 'unfavourable'),
      hem('G', 2023, 'unfavourable'),
      hem('K', 2023, 'unfavourable'),
      row('A', 2023, 'unfavourable'),
      row('A', 2024, 'unfavourable'),
      row('E', 2024, 'unfavourable'),
    ];
    const notes = [...NOTES, note('G', 2023, 'atgard_pagar', false)];
    const split = latestReds(rows, notes, 2024);
    expect(split.unexplained.map((r) => `${r.seriesId} ${r.year}`).sort()).toEqual([
      'E 2024',
      'K 2023',
    ]);
    expect(split.withStance.map((r) => `${r.row.seriesId} ${r.row.year} ${r.note.stance}`)).toEqual(
      expect.arrayContaining(['G 2023 atgard_pagar', 'A 2024 prioriterat_bort']),
    );
    const cells = latestMetaAnalysis(rows, 'area', 2024, { stances: notes });
    const byArea = Object.fromEntries(
      cells.map((c) => [c.key, [c.years, c.counts.unfavourable, c.unfavourableWithStance]]),
    );
    expect(byArea).toEqual({ hemloshet: [[2023], 2, 1], missbruk: [[2024], 2, 1] });
  });

  it('återkommande avvikare carry the stance of their latest counted year; which series are avvikare does not change', () => {
    const rows = [2021, 2022, 2023, 2024].flatMap((y) => [
      row('A', y, 'unfavourable'),
      row('B', y, 'unfavourable'),
      row('C', y, y === 2022 ? 'middle' : 'unfavourable'),
    ]);
    const plain = persistentOutliers(rows, 'unfavourable');
    const withNotes = persistentOutliers(rows, 'unfavourable', 3, 4, { stances: NOTES });
    expect(withNotes.map((o) => o.seriesId)).toEqual(plain.map((o) => o.seriesId));
    expect(
      Object.fromEntries(withNotes.map((o) => [o.seriesId, o.stance?.stance ?? null])),
    ).toEqual({ A: 'prioriterat_bort', B: null, C: 'forklarat' });
    expect('stance' in plain[0]!).toBe(false);
  });
});
