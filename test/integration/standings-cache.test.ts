import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePeerSet, type ResolvedPeerSet } from '../../shared/analysis/peer-sets';
import { createStandingsCache } from '../../shared/analysis/standings-cache';
import type { Db } from '../../shared/db/db';
import { outlierWorkspace } from '../helpers/outlier-workspace';

describe('the standings cache', () => {
  let db: Db;
  let peers: ResolvedPeerSet;
  beforeAll(async () => {
    db = await outlierWorkspace('Väntetid till behandling');
    peers = await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'test' });
  });
  afterAll(async () => db.close());

  it('answers the same question from memory, with the same rows', async () => {
    const cache = createStandingsCache();
    const query = { home: '0114', peers, years: [2021, 2024] as const };
    const first = await cache.standings(db, 1, query);
    const again = await cache.standings(db, 1, {
      ...query,
      peers: { ...peers, members: [...peers.members].reverse() },
    });
    expect(again).toBe(first);
    expect(cache.computed()).toBe(1);
    // Hand-computed in outlier-workspace.ts: the home is lowest of six every year → 4 × unfavourable.
    expect(first.map((r) => [r.year, r.standing])).toEqual([
      [2021, 'unfavourable'],
      [2022, 'unfavourable'],
      [2023, 'unfavourable'],
      [2024, 'unfavourable'],
    ]);
  });

  it('computes again for another revision, home, year range, mode or membership', async () => {
    const cache = createStandingsCache();
    const query = { home: '0114', peers, years: [2021, 2024] as const };
    await cache.standings(db, 1, query);
    await cache.standings(db, 2, query);
    await cache.standings(db, 2, { ...query, home: '0115' });
    await cache.standings(db, 2, { ...query, years: [2023, 2024] });
    await cache.standings(db, 2, { ...query, mode: 'official' });
    const smaller = await cache.standings(db, 2, {
      ...query,
      peers: { ...peers, members: peers.members.slice(0, 3) },
    });
    expect(cache.computed()).toBe(6);
    // Two comparators left (0115, 0117) are fewer than five → insufficient, not the cached unfavourable.
    expect(new Set(smaller.map((r) => r.standing))).toEqual(new Set(['insufficient']));
  });

  it('shares one computation between concurrent askers and forgets the oldest beyond its capacity', async () => {
    const cache = createStandingsCache(2);
    const query = { home: '0114', peers, years: [2021, 2024] as const };
    const [a, b] = await Promise.all([
      cache.standings(db, 1, query),
      cache.standings(db, 1, query),
    ]);
    expect(a).toBe(b);
    expect(cache.computed()).toBe(1);
    await cache.standings(db, 1, { ...query, home: '0115' });
    await cache.standings(db, 1, { ...query, home: '0117' });
    await cache.standings(db, 1, query); // evicted by the two above
    expect(cache.computed()).toBe(4);
  });

  it('does not remember a failure', async () => {
    const cache = createStandingsCache();
    const bad = { home: "0114'; DROP TABLE unit; --", peers };
    await expect(cache.standings(db, 1, bad)).rejects.toThrow(/Ogiltig enhetskod/);
    await expect(cache.standings(db, 1, bad)).rejects.toThrow(/Ogiltig enhetskod/);
    expect(cache.computed()).toBe(2);
  });
});
