import { saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { loadDemoData } from '../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/** The FoU Nordväst network's eight kommuner (../shared/background). */
export const FOU_NORDVAST = ['0125', '0123', '0191', '0163', '0184', '0183', '0139', '0114'];

/** A real engine with the exempeldata of 2023–2024 and FoU Nordväst saved as the set 'fou' (version 1). */
export async function demoWithNetwork(): Promise<Db> {
  const db = await openNodeDb();
  await initNewWorkspace(db);
  await loadDemoData(db, { years: [2023, 2024] });
  await saveNamedPeerSet(db, {
    peerSetId: 'fou',
    name: 'FoU Nordväst',
    members: FOU_NORDVAST,
    definition: { why: 'nätverket' },
  });
  return db;
}
