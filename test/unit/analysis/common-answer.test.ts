import { describe, expect, it } from 'vitest';
import { COMMON_ANSWER_RULE, isCommonAnswer } from '../../../shared/analysis/common-answer';
import { latestMetaAnalysis, metaAnalysis } from '../../../shared/analysis/meta-analysis';
import { persistentOutliers } from '../../../shared/analysis/persistent-outliers';
import { standingRow } from '../../helpers/standing-row';

const row = standingRow;
/** A Nej (red) where `same` of `answered` comparators also answer Nej. */
const nej = (seriesId: string, year: number, same: number, answered: number) =>
  row(seriesId, year, 'unfavourable', {
    kind: 'yesno',
    homeValue: 0,
    comparatorsWithAnswer: answered,
    sameAnswerShare: same / answered,
  });

describe('vanligt svar: the rule', () => {
  it('strictly more than half of at least five answering comparators', () => {
    expect(isCommonAnswer(nej('a', 2024, 7, 12))).toBe(true); // 7/12 > ½
    expect(isCommonAnswer(nej('a', 2024, 6, 12))).toBe(false); // exactly half is not most
    expect(isCommonAnswer(nej('a', 2024, 11, 12))).toBe(true); // "som 92 %"
    expect(isCommonAnswer(nej('a', 2024, 1, 12))).toBe(false); // "som 8 %"
    expect(isCommonAnswer(nej('a', 2024, 4, 4))).toBe(false); // four answering: too few to speak of the group
    expect(isCommonAnswer(nej('a', 2024, 3, 5))).toBe(true);
  });

  it('only a Ja/Nej red: never a favourable Ja, never a number', () => {
    expect(
      isCommonAnswer(
        row('a', 2024, 'favourable', {
          kind: 'yesno',
          homeValue: 1,
          comparatorsWithAnswer: 12,
          sameAnswerShare: 11 / 12,
        }),
      ),
    ).toBe(false);
    expect(
      isCommonAnswer(
        row('a', 2024, 'unfavourable', { comparatorsWithAnswer: 12, sameAnswerShare: 11 / 12 }),
      ),
    ).toBe(false);
    expect(isCommonAnswer(row('a', 2024, 'unfavourable', { kind: 'yesno', homeValue: 0 }))).toBe(
      false,
    );
  });

  it('states itself for exports', () => {
    expect(COMMON_ANSWER_RULE).toContain('mer än hälften');
  });
});

describe('vanligt svar in the metaanalys', () => {
  // missbruk 2024: a shared Nej (11 of 12), a lonely Nej (1 of 12), a percent red, a favourable, a middle
  const rows = [
    nej('s1', 2024, 11, 12),
    nej('s2', 2024, 1, 12),
    row('s3', 2024, 'unfavourable'),
    row('s4', 2024, 'favourable'),
    row('s5', 2024, 'middle'),
  ];

  it('switch off: counted as before, no vanligt svar field', () => {
    const [cell] = metaAnalysis(rows);
    expect(cell!.counts).toMatchObject({ favourable: 1, middle: 1, unfavourable: 3 });
    expect(cell!.shares).toEqual({ favourable: 1 / 5, middle: 1 / 5, unfavourable: 3 / 5 });
    expect(cell).not.toHaveProperty('commonAnswer');
    expect(metaAnalysis(rows, 'area', { commonAnswer: false })).toEqual(metaAnalysis(rows));
  });

  it('switch on: the shared Nej moves from ogynnsamt to vanligt svar, the lonely Nej stays', () => {
    const [cell] = metaAnalysis(rows, 'area', { commonAnswer: true });
    expect(cell!.counts).toMatchObject({ favourable: 1, middle: 1, unfavourable: 2 });
    expect(cell!.commonAnswer).toBe(1);
    expect(cell!.shares).toEqual({
      favourable: 1 / 5,
      middle: 1 / 5,
      unfavourable: 2 / 5,
      commonAnswer: 1 / 5,
    });
    expect(cell!.indicatorIds).toHaveLength(5);
  });

  it('the latest-year metaanalys takes the switch too', () => {
    const [cell] = latestMetaAnalysis(rows, 'area', 2024, { commonAnswer: true });
    expect(cell).toMatchObject({ commonAnswer: 1, counts: { unfavourable: 2 } });
  });
});

describe('vanligt svar in Återkommande avvikare', () => {
  // s1: Nej 2021–2024, shared by most of the group in 2022–2024 (9, 10, 11 of 12), not in 2021 (5 of 12)
  const rows = [
    nej('s1', 2021, 5, 12),
    nej('s1', 2022, 9, 12),
    nej('s1', 2023, 10, 12),
    nej('s1', 2024, 11, 12),
  ];

  it('switch off: 4 of 4 ogynnsamt', () => {
    expect(persistentOutliers(rows, 'unfavourable')).toMatchObject([
      { seriesId: 's1', hits: 4, m: 4 },
    ]);
  });

  it('switch on: only 2021 counts as ogynnsamt (1 of 4), so no longer an återkommande avvikare under 3 of 4', () => {
    expect(persistentOutliers(rows, 'unfavourable', 3, 4, { commonAnswer: true })).toEqual([]);
    expect(persistentOutliers(rows, 'unfavourable', 1, 4, { commonAnswer: true })).toMatchObject([
      { hits: 1, m: 4, years: [2021] },
    ]);
  });
});
