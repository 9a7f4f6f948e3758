import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli';
import { saveWorkspaceFile } from '../../shared/platform/node/workspace-io';
import { latestChanges } from '../../shared/analysis/change';
import { resolvePeerSet } from '../../shared/analysis/peer-sets';
import { computeStandings, type StandingRow } from '../../shared/analysis/standings-query';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * Issue 19 item 3 on real DuckDB: n and KI read from the observation table
 * reach the verdicts. Hand-computed:
 * - i24 (andel, högt är bra): Upplands Väsby 45 % (KI 38–52, n 200) among
 *   10, 20, 30, 40, 50, 60 → 4 of 6 worse, p = 4/6 → gynnsamt; at the KI's
 *   low end 38 only 10, 20, 30 are worse, p = 3/6 → mellan → nära gränsen.
 * - s2 2023 → 2024: 50 % (n 24) → 65 % (n 26): both under 30 → små tal;
 *   pooled p = (12 + 16.9) / 50 = 0.578, se = √(0.578·0.422·(1/24 + 1/26))
 *   = 0.1398, z = 0.15 / 0.1398 = 1.073 → not significant.
 */
const PEERS = ['0115', '0117', '0120', '0123', '0125', '0127'];

describe('n and KI in the standings (real DuckDB, hand-computed)', () => {
  let db: Db;
  let rows: StandingRow[];
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await db.exec(`INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES
      ('i24', 'missbruk', 2024, 'Andel nöjda (%)', 'percent', 'higher_better', 's1'),
      ('j23', 'missbruk', 2023, 'Andel utan återfall (%)', 'percent', 'higher_better', 's2'),
      ('j24', 'missbruk', 2024, 'Andel utan återfall (%)', 'percent', 'higher_better', 's2')`);
    const peerValues = (id: string, year: number) =>
      PEERS.map(
        (u, k) => `('${id}', '${u}', ${year}, ${(k + 1) * 10}, 'ok', NULL, NULL, NULL)`,
      ).join(', ');
    await db.exec(`INSERT INTO observation (indicator_id, unit_code, year, value_num, status, n, ci_low, ci_high) VALUES
      ('i24', '0114', 2024, 45, 'ok', 200, 38, 52), ${peerValues('i24', 2024)},
      ('j23', '0114', 2023, 50, 'ok', 24, NULL, NULL), ${peerValues('j23', 2023)},
      ('j24', '0114', 2024, 65, 'ok', 26, NULL, NULL), ${peerValues('j24', 2024)}`);
    rows = await computeStandings(db, {
      home: '0114',
      peers: await resolvePeerSet(db, '0114', { kind: 'all' }),
    });
  });
  afterAll(async () => db.close());

  it('a favourable standing whose KI reaches into mellan is nära gränsen', () => {
    const r = rows.find((x) => x.indicatorId === 'i24')!;
    expect(r).toMatchObject({
      standing: 'favourable',
      percentile: 4 / 6,
      homeCiLow: 38,
      homeCiHigh: 52,
    });
    expect(r.nearBoundary).toEqual({ near: true, reason: { via: 'ci', other: 'middle' } });
    expect(r.smallNumbers).toEqual({ small: false, reasons: [] }); // n 200, KI ±7
  });

  it('n under 30 is små tal, and the change is tested from n (not significant)', () => {
    expect(rows.find((x) => x.indicatorId === 'j23')!.smallNumbers).toEqual({
      small: true,
      reasons: [{ kind: 'n', n: 24 }],
    });
    const [change] = latestChanges(rows.filter((x) => x.seriesId === 's2'));
    expect(change).toMatchObject({
      fromYear: 2023,
      toYear: 2024,
      change: 15,
      significant: false,
      method: 'n',
      smallNumbers: true,
      smallReasons: [
        { year: 2023, reason: { kind: 'n', n: 24 } },
        { year: 2024, reason: { kind: 'n', n: 26 } },
      ],
    });
    expect(change!.z).toBeCloseTo(1.073, 3);
  });

  it('oj-analys standings carries n, KI and the markers in words', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oj-uncertainty-'));
    try {
      const file = path.join(dir, 'ki.ojanalys');
      await saveWorkspaceFile(db, file);
      const r = await cli('standings', '--workspace', file, '--unit', '0114', '--json');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.out) as {
        indicator_id: string;
        uncertainty: string;
        n: number | null;
        ci_low: number | null;
        ci_high: number | null;
      }[];
      expect(out.map((x) => [x.indicator_id, x.uncertainty, x.n, x.ci_low, x.ci_high])).toEqual([
        ['i24', 'nära gränsen: inom KI kan läget vara mellan', 200, 38, 52],
        // 50 among 10…60: 4 worse + ½ equal → p = 4.5/6 = 0.75 (gynnsamt); one rank down 0.583 → mellan
        [
          'j23',
          'små tal: n = 24 (under 30); nära gränsen: en plats i rangordningen ger mellan',
          24,
          null,
          null,
        ],
        ['j24', 'små tal: n = 26 (under 30)', 26, null, null],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('65 among 10…60 is far from any boundary: not near (one rank down is still 5/6)', () => {
    expect(rows.find((x) => x.indicatorId === 'j24')!).toMatchObject({
      standing: 'favourable',
      percentile: 1,
      nearBoundary: { near: false, reason: null },
    });
  });
});
