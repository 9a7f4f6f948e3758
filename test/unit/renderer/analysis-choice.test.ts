import { describe, expect, it } from 'vitest';
import { matchKommuner, resolveChoice } from '../../../renderer/state/analysis-choice';

const KOMMUNER = [
  { code: '1440', name: 'Ale' },
  { code: '1480', name: 'Göteborg' },
  { code: '0184', name: 'Solna' },
];
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

describe('the hemkommun the analysis starts from', () => {
  it('is the one saved in the workspace', () => {
    const { choice, needsHome } = resolveChoice({ home: '0184', from: 2022 }, {}, KOMMUNER, YEARS);
    expect(needsHome).toBe(false);
    expect(choice).toEqual({
      home: '0184',
      peers: { kind: 'all' },
      from: 2022,
      to: 2024,
      mode: 'relative',
      rows: 'area',
    });
  });

  it('is asked for when the workspace has none — never the first in the list, never the last session’s', () => {
    const resolved = resolveChoice(
      null,
      { home: '1480', from: 2021, rows: 'qualityDimension' },
      KOMMUNER,
      YEARS,
    );
    expect(resolved.choice).toBeNull();
    expect(resolved.needsHome).toBe(true);
    // The rest of the last session's choice is kept for when the answer comes.
    expect(resolved.rest).toEqual({
      peers: { kind: 'all' },
      from: 2021,
      to: 2024,
      mode: 'relative',
      rows: 'qualityDimension',
    });
  });

  it('is asked for when the saved one has no data in this workspace', () => {
    expect(resolveChoice({ home: '0180' }, {}, KOMMUNER, YEARS).needsHome).toBe(true);
  });

  it('asks nothing while the workspace has no data', () => {
    expect(resolveChoice(null, {}, [], [])).toEqual({ choice: null, needsHome: false, rest: null });
    expect(resolveChoice(null, {}, KOMMUNER, []).needsHome).toBe(false);
  });

  it('falls back to the last five years when the saved years have no data', () => {
    expect(
      resolveChoice({ home: '1440', from: 2010, to: 2030 }, {}, KOMMUNER, YEARS).choice,
    ).toMatchObject({ from: 2020, to: 2024 });
  });
});

describe('searching for a kommun', () => {
  it('matches part of the name in any case, or the code', () => {
    expect(matchKommuner(KOMMUNER, 'göte').map((k) => k.name)).toEqual(['Göteborg']);
    expect(matchKommuner(KOMMUNER, 'SOL').map((k) => k.name)).toEqual(['Solna']);
    expect(matchKommuner(KOMMUNER, '1440').map((k) => k.name)).toEqual(['Ale']);
    expect(matchKommuner(KOMMUNER, '  ')).toHaveLength(3);
    expect(matchKommuner(KOMMUNER, 'xyz')).toEqual([]);
  });
});
