import { describe, expect, it } from 'vitest';
import { networkIndicatorRows, sharedReds } from '../../../shared/analysis/network';
import type { Standing } from '../../../shared/analysis/standing';
import type { StandingRow } from '../../../shared/analysis/standings-query';

/**
 * Issue 20 item 1, hand-made standings for three members A, B, C:
 * - s1 "Andel i tid" (percent), published 2022 and 2023 (not 2024): its row is
 *   2023 in a 2024 table. Against riket: 2022 A ▼, B ●, C ▲; 2023 A ▼, B ▼, C ●.
 *   Against the network: 2023 A ▼, B ●, C ▲.
 * - s2 "Rutin finns" (Ja/Nej), 2024: A Ja, B Nej, C Ja → split 2 Ja, 1 Nej;
 *   against riket B ▼ (Nej is the undesired answer). In 2023 A Nej, B Ja, C Ja:
 *   A flipped Nej → Ja (A has an utvecklingsområde on s2), B Ja → Nej (none).
 * - s3 "Väntetid", 2024: C has no value (bortfall); nobody red.
 */
function row(
  series: string,
  year: number,
  standing: Standing,
  value: number | null,
  extra: Partial<StandingRow> = {},
): StandingRow {
  const titles: Record<string, string> = { s1: 'Andel i tid', s2: 'Rutin finns', s3: 'Väntetid' };
  return {
    indicatorId: `${series}-${year}`,
    seriesId: series,
    area: 'missbruk',
    year,
    title: titles[series]!,
    kind: series === 's2' ? 'yesno' : 'percent',
    direction: 'higher_better',
    indicatorType: null,
    qualityDimension: null,
    homeStatus: 'ok',
    homeValue: value,
    homeText: null,
    homeN: null,
    officialClass: null,
    n: 10,
    peerMedian: null,
    peerQ1: null,
    peerQ3: null,
    riketValue: null,
    standing,
    percentile: null,
    reason: '',
    fileId: null,
    sheet: null,
    cell: null,
    ...extra,
  } as StandingRow;
}

const riket = new Map<string, StandingRow[]>([
  [
    'A',
    [
      row('s1', 2022, 'unfavourable', 10),
      row('s1', 2023, 'unfavourable', 12),
      row('s2', 2023, 'unfavourable', 0),
      row('s2', 2024, 'favourable', 1),
      row('s3', 2024, 'middle', 30),
    ],
  ],
  [
    'B',
    [
      row('s1', 2022, 'middle', 40),
      row('s1', 2023, 'unfavourable', 20),
      row('s2', 2023, 'favourable', 1),
      row('s2', 2024, 'unfavourable', 0),
      row('s3', 2024, 'middle', 35),
    ],
  ],
  [
    'C',
    [
      row('s1', 2022, 'favourable', 80),
      row('s1', 2023, 'middle', 50),
      row('s2', 2023, 'favourable', 1),
      row('s2', 2024, 'favourable', 1),
      row('s3', 2024, 'missing', null, { homeStatus: 'bortfall' }),
    ],
  ],
]);
const network = new Map<string, StandingRow[]>([
  [
    'A',
    [
      row('s1', 2023, 'unfavourable', 12),
      row('s2', 2024, 'favourable', 1),
      row('s3', 2024, 'insufficient', 30),
    ],
  ],
  [
    'B',
    [
      row('s1', 2023, 'middle', 20),
      row('s2', 2024, 'unfavourable', 0),
      row('s3', 2024, 'insufficient', 35),
    ],
  ],
  [
    'C',
    [
      row('s1', 2023, 'favourable', 50),
      row('s2', 2024, 'favourable', 1),
      row('s3', 2024, 'missing', null, { homeStatus: 'bortfall' }),
    ],
  ],
]);

describe('the network at indicator level', () => {
  const rows = networkIndicatorRows(
    ['A', 'B', 'C'],
    network,
    riket,
    2024,
    new Map([['A', new Set(['s2'])]]),
    new Map([
      [
        'A',
        [
          {
            annotationId: 'n1',
            unitCode: 'A',
            seriesId: 's1',
            year: 2023,
            text: 'Vi har valt att prioritera hemtjänsten.',
            carryForward: true,
            stance: 'prioriterat_bort',
            updatedAt: 0,
          },
        ],
      ],
      [
        'B',
        [
          {
            annotationId: 'n2',
            unitCode: 'B',
            seriesId: 's3',
            year: 2024,
            text: 'Nytt system för väntetider.',
            carryForward: false,
            stance: null,
            updatedAt: 0,
          },
        ],
      ],
    ]),
  );

  it('one row per series at its own latest year, a cell per member with value and both standings', () => {
    expect(rows.map((r) => [r.title, r.year])).toEqual([
      ['Andel i tid', 2023],
      ['Rutin finns', 2024],
      ['Väntetid', 2024],
    ]);
    expect(rows[0]!.cells).toEqual([
      {
        unitCode: 'A',
        status: 'ok',
        value: 12,
        text: null,
        network: 'unfavourable',
        riket: 'unfavourable',
      },
      {
        unitCode: 'B',
        status: 'ok',
        value: 20,
        text: null,
        network: 'middle',
        riket: 'unfavourable',
      },
      {
        unitCode: 'C',
        status: 'ok',
        value: 50,
        text: null,
        network: 'favourable',
        riket: 'middle',
      },
    ]);
    expect(rows[2]!.cells[2]).toMatchObject({ status: 'bortfall', value: null, riket: 'missing' });
  });

  it('flags a Ja/Nej split and counts who is red against riket, year by year', () => {
    expect(rows.map((r) => r.split)).toEqual([null, { ja: 2, nej: 1 }, null]);
    expect(rows.map((r) => r.unfavourable)).toEqual([['A', 'B'], ['B'], []]);
    expect(rows[0]!.history).toEqual([
      { year: 2022, unfavourable: ['A'] },
      { year: 2023, unfavourable: ['A', 'B'] },
    ]);
  });

  it('flags who switched Ja↔Nej since the previous publication, and whether an utvecklingsområde follows it', () => {
    expect(rows.map((r) => r.flips)).toEqual([
      [],
      [
        { unitCode: 'A', from: 0, to: 1, fromYear: 2023, developmentArea: true },
        { unitCode: 'B', from: 1, to: 0, fromYear: 2023, developmentArea: false },
      ],
      [],
    ]);
  });

  it('a table up to 2022 takes s1 at 2022 and has no 2024 series', () => {
    const early = networkIndicatorRows(['A', 'B', 'C'], network, riket, 2022);
    expect(early.map((r) => [r.title, r.year, r.unfavourable])).toEqual([
      ['Andel i tid', 2022, ['A']],
    ]);
  });

  it('gemensamma röda: at least k of N red against riket, with the years it held', () => {
    expect(sharedReds(rows, 3, 2)).toEqual([
      {
        key: 's1',
        seriesId: 's1',
        title: 'Andel i tid',
        year: 2023,
        members: ['A', 'B'],
        of: 3,
        yearsRed: [2023],
        publishedYears: [2022, 2023],
        notes: [
          {
            unitCode: 'A',
            year: 2023,
            text: 'Vi har valt att prioritera hemtjänsten.',
            stance: 'prioriterat_bort',
          },
        ],
      },
    ]);
    expect(rows[2]!.notes.map((n) => n.unitCode)).toEqual(['B']);
    // k = 1: s1 (two red, red in both years) before s2 (one red).
    expect(sharedReds(rows, 3, 1).map((r) => [r.key, r.members.length, r.yearsRed])).toEqual([
      ['s1', 2, [2022, 2023]],
      ['s2', 1, [2023, 2024]],
    ]);
    expect(sharedReds(rows, 3, 3)).toEqual([]);
  });
});
