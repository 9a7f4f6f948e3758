import { describe, expect, it } from 'vitest';
import {
  matchKommuner,
  resolveChoice,
  withValidPart,
} from '../../../renderer/state/analysis-choice';

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

describe('the hemenhet kept with the choice (issue 19 item 7)', () => {
  const PARTS = [
    { unitCode: '0184-A', kommunCode: '0184' },
    { unitCode: '1480-S', kommunCode: '1480' },
  ];
  const part = { unitCode: '0184-A', comparison: 'national' } as const;

  it('is kept when it is a part of the saved hemkommun', () => {
    const { choice } = resolveChoice({ home: '0184', part }, {}, KOMMUNER, YEARS, PARTS);
    expect(choice?.part).toEqual(part);
    expect(choice?.home).toBe('0184');
  });

  it('is dropped when it belongs to another kommun, is gone, or has an unknown comparison', () => {
    const base = resolveChoice({ home: '1480' }, {}, KOMMUNER, YEARS, PARTS).choice!;
    expect(withValidPart(base, part, PARTS)).not.toHaveProperty('part');
    expect(withValidPart({ ...base, home: '0184' }, part, [])).not.toHaveProperty('part');
    expect(
      withValidPart(
        { ...base, home: '0184' },
        { unitCode: '0184-A', comparison: 'lan' as never },
        PARTS,
      ),
    ).not.toHaveProperty('part');
    expect(
      resolveChoice({ home: '1480', part }, {}, KOMMUNER, YEARS, PARTS).choice,
    ).not.toHaveProperty('part');
  });

  it('is never taken from the last session, only from the workspace', () => {
    const { choice } = resolveChoice(
      { home: '0184' },
      { home: '0184', part },
      KOMMUNER,
      YEARS,
      PARTS,
    );
    expect(choice).not.toHaveProperty('part');
  });
});
