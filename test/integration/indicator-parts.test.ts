import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorDetail } from '../../shared/analysis/indicator-detail';
import { resolvePeerSet } from '../../shared/analysis/peer-sets';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

describe('drilling from a kommun to its stadsdelar on the Indikator view', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await db.exec(`INSERT INTO unit (unit_code, name, level, parent_code, lan_code) VALUES
      ('0180-rinkeby-kista', 'Rinkeby-Kista', 'stadsdel', '0180', '01'),
      ('0180-bromma', 'Bromma', 'stadsdel', '0180', '01'),
      ('0180-farsta', 'Farsta', 'stadsdel', '0180', '01')`);
    await db.exec(
      "INSERT INTO series VALUES ('s1', 'aldreomsorg', 'Nöjdhet', 1, 'samma kod', false)",
    );
    await db.exec(
      "INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES ('i1', 'aldreomsorg', 2024, 'Nöjdhet', 'percent', 'higher_better', 's1')",
    );
    // Stockholm 80; its stadsdelar 91, 64 and one suppressed; Göteborg and Malmö as the only peers.
    await db.exec(`INSERT INTO observation (indicator_id, unit_code, year, value_num, status) VALUES
      ('i1', '0180', 2024, 80, 'ok'), ('i1', '1480', 2024, 82, 'ok'), ('i1', '1280', 2024, 78, 'ok'),
      ('i1', '0180-rinkeby-kista', 2024, 64, 'ok'), ('i1', '0180-bromma', 2024, 91, 'ok'), ('i1', '0180-farsta', 2024, NULL, 'sekretess')`);
  });
  afterAll(async () => db.close());

  it('lists the home kommun’s parts for the latest year, best first, suppressed last; other kommuner have none', async () => {
    const peers = await resolvePeerSet(db, '0180', { kind: 'kommungrupp', classification: 2023 });
    const detail = await indicatorDetail(db, 's1', '0180', peers);
    expect(detail?.parts).toEqual([
      { unitCode: '0180-bromma', name: 'Bromma', level: 'stadsdel', value: 91, status: 'ok' },
      {
        unitCode: '0180-rinkeby-kista',
        name: 'Rinkeby-Kista',
        level: 'stadsdel',
        value: 64,
        status: 'ok',
      },
      {
        unitCode: '0180-farsta',
        name: 'Farsta',
        level: 'stadsdel',
        value: null,
        status: 'sekretess',
      },
    ]);
    const other = await indicatorDetail(
      db,
      's1',
      '1480',
      await resolvePeerSet(db, '1480', { kind: 'all' }),
    );
    expect(other?.parts).toEqual([]);
  });
});
