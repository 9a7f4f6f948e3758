import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePeerSet, saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import { peerSensitivity } from '../../shared/analysis/peer-sensitivity';
import { computeStandings } from '../../shared/analysis/standings-query';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * A hand-built workspace: one percent indicator (higher is better) for 2024.
 * Home: Upplands Väsby (0114) = 50. Named peers: 0115 40, 0117 45, 0120 60,
 * 0123 70, 0125 50 (tie), 0127 suppressed (stored value 99 must never count).
 * Outside the set: 0180 = 10.
 */
const VALUES: [string, number | null, string][] = [
  ['0114', 50, 'ok'],
  ['0115', 40, 'ok'],
  ['0117', 45, 'ok'],
  ['0120', 60, 'ok'],
  ['0123', 70, 'ok'],
  ['0125', 50, 'ok'],
  ['0127', 99, 'sekretess'],
  ['0180', 10, 'ok'],
];

describe('standings on real DuckDB (hand-computed)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await db.exec(`INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES
      ('i24', 'missbruk', 2024, 'Väntetid, andel (%)', 'percent', 'higher_better', 's1'),
      ('y24', 'missbruk', 2024, 'Rutin finns', 'yesno', 'higher_better', 's2')`);
    await db.exec(`INSERT INTO observation (indicator_id, unit_code, year, value_num, status, file_id, sheet, cell) VALUES
      ${VALUES.map(([u, v, s], i) => `('i24', '${u}', 2024, ${v}, '${s}', 'f1', 'Blad1', 'D${i + 5}')`).join(', ')},
      ('y24', '0114', 2024, 0, 'ok', 'f1', 'Blad1', 'E5')`);
    await saveNamedPeerSet(db, {
      peerSetId: 'nordvast',
      name: 'Testgrupp',
      members: ['0114', '0115', '0117', '0120', '0123', '0125', '0127'],
      definition: { why: 'test' },
    });
  });
  afterAll(async () => db.close());

  it('ranks against the named set only, skipping the suppressed peer and the home kommun itself', async () => {
    const peers = await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'nordvast' });
    expect(peers.members).toEqual(['0115', '0117', '0120', '0123', '0125', '0127']);
    const [row] = (await computeStandings(db, { home: '0114', peers })).filter(
      (r) => r.indicatorId === 'i24',
    );
    // comparators with a value: 40, 45, 60, 70, 50 → n = 5; worse: 40, 45 → 2; equal: 50 → 1; p = (2 + ½) / 5 = 0.5
    expect(row).toMatchObject({
      n: 5,
      percentile: 0.5,
      standing: 'middle',
      peerMedian: 50,
      homeValue: 50,
      cell: 'D5',
      peerSetId: 'nordvast',
      peerSetVersion: 1,
    });
    expect(row!.peerQ1).toBe(45);
    expect(row!.peerQ3).toBe(60);
  });

  it('a suppressed value never shifts anyone’s rank, whatever number hides behind it', async () => {
    const peers = await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'nordvast' });
    const before = await computeStandings(db, { home: '0114', peers });
    await db.exec("UPDATE observation SET value_num = -1000 WHERE unit_code = '0127'");
    expect(await computeStandings(db, { home: '0114', peers })).toEqual(before);
    await db.exec("UPDATE observation SET value_num = 99 WHERE unit_code = '0127'");
  });

  it('reads yes/no by the desired answer', async () => {
    const peers = await resolvePeerSet(db, '0114', { kind: 'all' });
    const yesno = (await computeStandings(db, { home: '0114', peers })).find(
      (r) => r.indicatorId === 'y24',
    );
    expect(yesno).toMatchObject({ standing: 'unfavourable', reason: 'ja/nej: önskat svar' });
  });

  it('resolves the built-in sets: all kommuner, same län, same kommungrupp', async () => {
    expect((await resolvePeerSet(db, '0114', { kind: 'all' })).members).toHaveLength(289);
    expect((await resolvePeerSet(db, '0114', { kind: 'lan' })).members).toHaveLength(25); // 26 kommuner in Stockholms län
    const grupp = await resolvePeerSet(db, '0114', { kind: 'kommungrupp', classification: 2023 });
    expect(grupp.members).toHaveLength(42); // A2 has 43 kommuner
    expect(grupp.members).not.toContain('0114');
  });

  it('says whether a finding depends on the comparison group', async () => {
    const named = await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'nordvast' });
    const lan = await resolvePeerSet(db, '0114', { kind: 'lan' });
    const base = { home: '0114', peers: named };
    const rows = await computeStandings(db, base);
    const sensitivity = await peerSensitivity(db, base, rows, [lan]);
    // Against Stockholms län the six values are 40, 45, 60, 70, 50, 10: worse 3 + ½ → p = 3.5/6 = 0.583 → middle as well
    expect(sensitivity.find((s) => s.indicatorId === 'i24')).toMatchObject({
      verdict: 'robust',
      others: [{ peerSetId: 'builtin:lan', standing: 'middle' }],
    });
  });

  it('versions a named set when its members change', async () => {
    const version = await saveNamedPeerSet(db, {
      peerSetId: 'nordvast',
      name: 'Testgrupp',
      members: ['0115', '0117'],
      definition: {},
    });
    expect(version).toBe(2);
    const peers = await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'nordvast' });
    expect(peers).toMatchObject({ version: 2, members: ['0115', '0117'] });
    const [row] = (await computeStandings(db, { home: '0114', peers })).filter(
      (r) => r.indicatorId === 'i24',
    );
    expect(row).toMatchObject({ n: 2, standing: 'insufficient' });
  });
});
