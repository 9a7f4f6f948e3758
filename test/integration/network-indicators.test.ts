import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../shared/app/commands';
import { saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import { sharedReds } from '../../shared/analysis/network';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * Issue 20 item 1 on real DuckDB, hand-computed. The network: 0114, 0115,
 * 0117, 0120, 0123, 0125; two kommuner outside it, 0126 and 0127.
 * "Andel som fullföljt" (högt är bra), 2023 and 2024 alike:
 *   0114 10, 0115 20, 0117 30, 0120 40, 0123 50, 0125 60 | 0126 70, 0127 80
 * - against the network (5 others): 0114 p 0 ▼, 0115 1/5 ▼, 0117 2/5 ●, 0120 3/5 ●, 0123 4/5 ▲, 0125 ▲
 * - against riket (7 others with a value): 0114 0 ▼, 0115 1/7 ▼, 0117 2/7 ▼, 0120 3/7 ●, 0123 4/7 ●, 0125 5/7 ▲
 * → 3 of 6 unfavourable against riket, in both years: a gemensam röd for k ≤ 3.
 * "Rutin finns" (Ja/Nej, 2024): Ja for 0114–0120, Nej for 0123 and 0125 → split 4 Ja, 2 Nej;
 * in 2023 everyone answered Ja, so 0123 and 0125 switched Ja → Nej, and only 0125 has an
 * utvecklingsområde (open) on it.
 */
const NETWORK = ['0114', '0115', '0117', '0120', '0123', '0125'];
const VALUES = [10, 20, 30, 40, 50, 60, 70, 80];
const ALL = [...NETWORK, '0126', '0127'];
const ANSWERS = [1, 1, 1, 1, 0, 0, 1, 1];

describe('the network at indicator level on real DuckDB', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await db.exec(`INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES
      ('m23', 'missbruk', 2023, 'Andel som fullföljt (%)', 'percent', 'higher_better', 'sm'),
      ('m24', 'missbruk', 2024, 'Andel som fullföljt (%)', 'percent', 'higher_better', 'sm'),
      ('y23', 'missbruk', 2023, 'Rutin finns', 'yesno', 'higher_better', 'sy'),
      ('y24', 'missbruk', 2024, 'Rutin finns', 'yesno', 'higher_better', 'sy'),
      ('o24', 'aldreomsorg', 2024, 'Annat område', 'percent', 'higher_better', 'so')`);
    const rows = (id: string, year: number, list: number[]) =>
      ALL.map((u, k) => `('${id}', '${u}', ${year}, ${list[k]}, 'ok')`).join(', ');
    await db.exec(`INSERT INTO observation (indicator_id, unit_code, year, value_num, status) VALUES
      ${rows('m23', 2023, VALUES)}, ${rows('m24', 2024, VALUES)}, ${rows('y23', 2023, [1, 1, 1, 1, 1, 1, 1, 1])}, ${rows('y24', 2024, ANSWERS)}, ${rows('o24', 2024, VALUES)}`);
    await db.exec(`INSERT INTO development_area (development_area_id, unit_code, series_id, title, status, created_at, updated_at)
      VALUES ('u1', '0125', 'sy', 'Rutin för samordning', 'in_progress', now()::TIMESTAMP, now()::TIMESTAMP)`);
    await db.exec("INSERT INTO development_area_series VALUES ('u1', 'sy', 0)");
    await db.exec(`INSERT INTO annotation (annotation_id, unit_code, series_id, year, text, carry_forward, created_at, updated_at)
      VALUES ('a1', '0114', 'sm', 2023, 'Få platser i öppenvården.', true, now()::TIMESTAMP, now()::TIMESTAMP)`);
    await saveNamedPeerSet(db, {
      peerSetId: 'nv',
      name: 'Nätverk Nordväst',
      members: NETWORK,
      definition: {},
    });
  });
  afterAll(async () => db.close());

  it('each member with value and standing against the network and against riket', async () => {
    const table = await runCommand({ db }, 'peers.networkIndicators', {
      peerSetId: 'nv',
      area: 'missbruk',
      year: 2024,
    });
    expect(table.set).toEqual({ id: 'nv', label: 'Nätverk Nordväst', version: 1 });
    expect(table.members.map((m) => m.code)).toEqual([
      '0125', // Ekerö
      '0123', // Järfälla
      '0114', // Upplands Väsby
      '0115', // Vallentuna
      '0120', // Värmdö
      '0117', // Österåker
    ]);
    const andel = table.rows.find((r) => r.key === 'sm')!;
    expect(andel.year).toBe(2024);
    const byCode = Object.fromEntries(
      andel.cells.map((c) => [c.unitCode, [c.value, c.network, c.riket]]),
    );
    expect(byCode).toEqual({
      '0114': [10, 'unfavourable', 'unfavourable'],
      '0115': [20, 'unfavourable', 'unfavourable'],
      '0117': [30, 'middle', 'unfavourable'],
      '0120': [40, 'middle', 'middle'],
      '0123': [50, 'favourable', 'middle'],
      '0125': [60, 'favourable', 'favourable'],
    });
    expect([...andel.unfavourable].sort()).toEqual(['0114', '0115', '0117']);
    expect(andel.split).toBeNull();
    const rutin = table.rows.find((r) => r.key === 'sy')!;
    expect(rutin.split).toEqual({ ja: 4, nej: 2 });
    expect([...rutin.flips].sort((a, b) => a.unitCode.localeCompare(b.unitCode))).toEqual([
      { unitCode: '0123', from: 1, to: 0, fromYear: 2023, developmentArea: false },
      { unitCode: '0125', from: 1, to: 0, fromYear: 2023, developmentArea: true },
    ]);
    // Only the chosen area.
    expect(table.rows.map((r) => r.key).sort()).toEqual(['sm', 'sy']);
  });

  it('gemensamma röda: 3 of 6 unfavourable against riket, red both published years', async () => {
    const table = await runCommand({ db }, 'peers.networkIndicators', {
      peerSetId: 'nv',
      area: 'missbruk',
      year: 2024,
    });
    const [first] = sharedReds(table.rows, 6, 3);
    expect(first).toMatchObject({
      key: 'sm',
      year: 2024,
      of: 6,
      yearsRed: [2023, 2024],
      publishedYears: [2023, 2024],
      // Carried forward from 2023 into the 2024 table.
      notes: [{ unitCode: '0114', year: 2023, text: 'Få platser i öppenvården.', stance: null }],
    });
    expect(sharedReds(table.rows, 6, 4).map((r) => r.key)).not.toContain('sm');
  });

  it('the shared red holds against län and kommungrupp: all eight kommuner are in Stockholms län and group A2, so both are the seven others, as riket', async () => {
    const robustness = await runCommand({ db }, 'peers.sharedRedRobustness', {
      reds: [{ seriesId: 'sm', year: 2024, members: ['0114', '0115', '0117'] }],
    });
    expect(robustness).toEqual([
      { seriesId: 'sm', unitCode: '0114', lan: 'unfavourable', kommungrupp: 'unfavourable' },
      { seriesId: 'sm', unitCode: '0115', lan: 'unfavourable', kommungrupp: 'unfavourable' },
      { seriesId: 'sm', unitCode: '0117', lan: 'unfavourable', kommungrupp: 'unfavourable' },
    ]);
  });
});
