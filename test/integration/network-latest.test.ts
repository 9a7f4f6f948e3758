import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli';
import { saveWorkspaceFile } from '../../shared/platform/node/workspace-io';
import { withoutStanding } from '../../shared/analysis/meta-analysis';
import { indicatorDetail } from '../../shared/analysis/indicator-detail';
import { networkSummary } from '../../shared/analysis/network';
import { resolvePeerSet, saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * Issue 19 item 1 in the network table, real DuckDB, hand-computed. Six
 * kommuner, each against the other five:
 * - hemlöshet (biennial, 2021 and 2023), "andel", högt är bra:
 *   0114 10, 0115 20, 0117 30, 0120 40, 0123 50, 0125 60 both years
 * - missbruk (yearly, 2023 and 2024): 0114 60, 0115 10, 0117 20, 0120 30, 0123 40, 0125 50,
 *   plus a 2024 indicator without direction (all 1)
 * A 2024 summary shows hemlöshet at its own 2023 (before: not at all):
 * 0114 has nobody worse → p = 0 → ▼; 0125 has all five worse → ▲. In
 * missbruk 2024 0114 (60) is best → ▲ and one "utan läge" (no direction);
 * 0125 (50) has 10…40 worse → p = 4/5 → ▲.
 */
const MEMBERS = ['0114', '0115', '0117', '0120', '0123', '0125'];

describe('the network table takes each area at its own latest year', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await db.exec(`INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES
      ('h21', 'hemloshet', 2021, 'Andel med eget kontrakt (%)', 'percent', 'higher_better', 'sh'),
      ('h23', 'hemloshet', 2023, 'Andel med eget kontrakt (%)', 'percent', 'higher_better', 'sh'),
      ('m23', 'missbruk', 2023, 'Andel som fullföljt (%)', 'percent', 'higher_better', 'sm'),
      ('m24', 'missbruk', 2024, 'Andel som fullföljt (%)', 'percent', 'higher_better', 'sm'),
      ('x24', 'missbruk', 2024, 'Antal platser', 'count', 'none', 'sx')`);
    const hem = [10, 20, 30, 40, 50, 60];
    const mis = [60, 10, 20, 30, 40, 50];
    const values = (id: string, year: number, list: number[]) =>
      MEMBERS.map((u, k) => `('${id}', '${u}', ${year}, ${list[k]}, 'ok')`).join(', ');
    await db.exec(`INSERT INTO observation (indicator_id, unit_code, year, value_num, status) VALUES
      ${values('h21', 2021, hem)}, ${values('h23', 2023, hem)}, ${values('m23', 2023, mis)}, ${values('m24', 2024, mis)}, ${values('x24', 2024, [1, 1, 1, 1, 1, 1])}`);
    await db.exec(
      "INSERT INTO series (series_id, area, label) VALUES ('sh', 'hemloshet', 'Andel med eget kontrakt (%)')",
    );
    await saveNamedPeerSet(db, {
      peerSetId: 'nv',
      name: 'Nätverket',
      members: MEMBERS,
      definition: {},
    });
  });
  afterAll(async () => db.close());

  it('hemlöshet 2023 and missbruk 2024 in one 2024 summary, with "utan läge" beside ▲●▼', async () => {
    const rows = await networkSummary(db, 'nv', 2024);
    const cells = (code: string) =>
      rows
        .find((r) => r.unitCode === code)!
        .cells.map((c) => [
          c.key,
          c.years,
          c.counts.favourable,
          c.counts.middle,
          c.counts.unfavourable,
          withoutStanding(c.counts),
        ]);
    expect(cells('0114')).toEqual([
      ['hemloshet', [2023], 0, 0, 1, 0],
      ['missbruk', [2024], 1, 0, 0, 1],
    ]);
    expect(cells('0125')).toEqual([
      ['hemloshet', [2023], 1, 0, 0, 0],
      ['missbruk', [2024], 1, 0, 0, 1],
    ]);
  });

  it('oj-analys meta --latest: one row per area at its own latest year, with "utan läge"', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'oj-meta-latest-'));
    try {
      const file = path.join(dir, 'natverk.ojanalys');
      await saveWorkspaceFile(db, file);
      const r = await cli(
        'meta',
        '--workspace',
        file,
        '--unit',
        '0114',
        '--peers',
        'nv',
        '--latest',
        '--json',
      );
      expect(r.code).toBe(0);
      const rows = JSON.parse(r.out) as Record<string, unknown>[];
      expect(
        rows.map((x) => [
          x['area'],
          x['year'],
          x['ar'],
          x['gynnsamt'],
          x['ogynnsamt'],
          x['utan_lage'],
        ]),
      ).toEqual([
        ['hemloshet', 2023, '2023', 0, 1, 0],
        ['missbruk', 2024, '2024', 1, 0, 1],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('Indikator: the biennial series’ latest within the chosen years, its change 2023 jämfört med 2021', async () => {
    const peers = await resolvePeerSet(db, '0125', { kind: 'named', peerSetId: 'nv' });
    const full = (await indicatorDetail(db, 'sh', '0125', peers, [2020, 2024]))!;
    expect(full.latest).toMatchObject({ year: 2023, homeValue: 60, standing: 'favourable' });
    expect(full.latestChange).toMatchObject({ fromYear: 2021, toYear: 2023, change: 0 });
    const early = (await indicatorDetail(db, 'sh', '0125', peers, [2020, 2022]))!;
    expect(early.latest).toMatchObject({ year: 2021 });
    expect(early.latestChange).toBeNull();
    expect(early.years.map((r) => r.year)).toEqual([2021, 2023]); // the table keeps the whole history
  });

  it('a 2022 summary takes hemlöshet 2021 and has no missbruk yet', async () => {
    const rows = await networkSummary(db, 'nv', 2022);
    expect(
      rows
        .find((r) => r.unitCode === '0114')!
        .cells.map((c) => [c.key, c.years, c.counts.unfavourable]),
    ).toEqual([['hemloshet', [2021], 1]]);
  });
});
