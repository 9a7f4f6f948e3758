import { describe, expect, it } from 'vitest';
import {
  planNetworkMerge,
  settleNetworkMerge,
  type Provenance,
} from '../../../shared/network/network-merge';
import { note } from './network-fixtures';

const provenance: Provenance = {
  authorUnitCode: '0184',
  fileCreatedAt: '2026-11-03T10:00:00Z',
  fileChecksum: 'abc',
  importedAt: '2026-11-04T08:00:00Z',
};

describe('planNetworkMerge', () => {
  it('adds what the workspace does not have', () => {
    const plan = planNetworkMerge([note({ id: 'a-1' })], [note({ id: 'a-2', text: 'Ny' })]);
    expect(plan.added.map((i) => i.id)).toEqual(['a-2']);
    expect(plan.identical).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it('leaves an item alone when only who/when differ', () => {
    const mine = note();
    const theirs = note({ updatedAt: '2026-11-20T12:00:00Z', authorUnitCode: '0186' });
    const plan = planNetworkMerge([mine], [theirs]);
    expect(plan.identical.map((i) => i.id)).toEqual(['a-1']);
    expect(plan.added).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it('shows a changed item as a conflict with both versions', () => {
    const mine = note();
    const theirs = note({ text: 'Vi räknar per år.', stance: 'forklarat' });
    const plan = planNetworkMerge([mine], [theirs]);
    expect(plan.conflicts).toEqual([{ local: mine, incoming: theirs }]);
    expect(plan.added).toEqual([]);
  });

  it('counts a change of scope or series list as a change of content', () => {
    const plan = planNetworkMerge(
      [note({ seriesIds: ['s1'] })],
      [note({ seriesIds: ['s1', 's2'] })],
    );
    expect(plan.conflicts).toHaveLength(1);
  });
});

describe('settleNetworkMerge', () => {
  it('refuses while a conflict has no choice, so nothing is overwritten silently', () => {
    const plan = planNetworkMerge([note()], [note({ text: 'Annan text' })]);
    expect(() => settleNetworkMerge(plan, {}, provenance)).toThrow(/Välj vad som ska gälla/);
  });

  it('keeps ours, takes theirs or keeps both, as chosen', () => {
    const plan = planNetworkMerge(
      [note({ id: 'a-1' }), note({ id: 'a-2' }), note({ id: 'a-3' })],
      [
        note({ id: 'a-1', text: 'Deras 1' }),
        note({ id: 'a-2', text: 'Deras 2' }),
        note({ id: 'a-3', text: 'Deras 3', authorUnitCode: '0186' }),
        note({ id: 'a-4', text: 'Helt ny' }),
      ],
    );
    const writes = settleNetworkMerge(
      plan,
      { 'a-1': 'keep_local', 'a-2': 'take_incoming', 'a-3': 'keep_both' },
      provenance,
    );
    expect(writes.replace.map((w) => [w.item.id, w.item.text])).toEqual([['a-2', 'Deras 2']]);
    expect(writes.insert.map((w) => [w.item.id, w.item.text])).toEqual([
      ['a-4', 'Helt ny'],
      ['a-3.0186', 'Deras 3'],
    ]);
    expect(writes.insert.every((w) => w.provenance === provenance)).toBe(true);
  });

  it('gives a second kept-both copy an id of its own', () => {
    const plan = planNetworkMerge(
      [note({ id: 'a-3' }), note({ id: 'a-3.0186', text: 'Deras förra' })],
      [note({ id: 'a-3', text: 'Deras nya', authorUnitCode: '0186' })],
    );
    const writes = settleNetworkMerge(plan, { 'a-3': 'keep_both' }, provenance);
    expect(writes.insert.map((w) => w.item.id)).toEqual(['a-3.0186-2']);
  });
});
