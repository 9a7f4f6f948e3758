import type { Db } from '../../shared/db/db';
import { saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

export const OUTLIER_UNITS = ['0114', '0115', '0117', '0120', '0123', '0125'];

/**
 * A hand-built workspace with one known outlier: home 0114 is lowest of six
 * kommuner every year 2021–2024 on one indicator (higher is better) → 4 of 4
 * unfavourable. Values in year y: 10 + 10·i + (y − 2021); in 2024 the home has
 * 13 and the five peers' median is 43. Peer set "test" = Testgruppen.
 */
export async function outlierWorkspace(title: string): Promise<Db> {
  const db = await openNodeDb();
  await initNewWorkspace(db);
  await db.exec(
    "INSERT INTO source_file (file_id, file_name, sha256, bytes, imported_at, publisher, area, year, layout, warnings) VALUES ('f1', 'oj-missbruk.xlsx', 'abc', 1, now()::TIMESTAMP, 'Socialstyrelsen', 'missbruk', NULL, 'wide', '[]')",
  );
  for (const year of [2021, 2022, 2023, 2024]) {
    await db.query(
      "INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id, file_id) VALUES (?, 'missbruk', ?, ?, 'percent', 'higher_better', 'missbruk:vantetid', 'f1')",
      [`i${year}`, year, title],
    );
    await db.exec(
      `INSERT INTO observation (indicator_id, unit_code, year, value_num, status, file_id, sheet, cell) VALUES ${OUTLIER_UNITS.map((u, i) => `('i${year}', '${u}', ${year}, ${10 + 10 * i + year - 2021}, 'ok', 'f1', 'Blad', 'C${5 + i}')`).join(', ')}`,
    );
  }
  await saveNamedPeerSet(db, {
    peerSetId: 'test',
    name: 'Testgruppen',
    members: OUTLIER_UNITS,
    definition: {},
  });
  return db;
}
