import type { Db } from '../db/db';
import { latestMetaAnalysis, type LatestMetaCell } from './meta-analysis';
import { resolvePeerSet } from './peer-sets';
import { persistentOutliers } from './persistent-outliers';
import { computeStandings } from './standings-query';

export type NetworkRow = Readonly<{
  unitCode: string;
  name: string;
  /**
   * One cell per area, each kommun compared with the rest of the network,
   * each series at its own latest published year up to the year asked for
   * (a biennial area's 2023 in a 2024 summary); `years` says which.
   * "Utan läge" = insufficient + missing + no_direction.
   */
  cells: readonly LatestMetaCell[];
  persistentCount: number;
}>;

/**
 * Sammanställning för nätverket: every member of a named peer set compared
 * with the other members, kommun × area at each series' latest year up to
 * `year` (within the four years up to it), plus how many indicators keep
 * standing out for each (ogynnsamt ≥ 3 of the last 4 years).
 */
export async function networkSummary(
  db: Db,
  peerSetId: string,
  year: number,
): Promise<NetworkRow[]> {
  const members = await db.query<{ unit_code: string; name: string }>(
    'SELECT m.unit_code, u.name FROM peer_set_member m JOIN unit u USING (unit_code) WHERE m.peer_set_id = ? ORDER BY u.name',
    [peerSetId],
  );
  const rows: NetworkRow[] = [];
  for (const m of members) {
    const peers = await resolvePeerSet(db, m.unit_code, { kind: 'named', peerSetId });
    const standings = await computeStandings(db, {
      home: m.unit_code,
      peers,
      years: [year - 3, year],
    });
    rows.push({
      unitCode: m.unit_code,
      name: m.name,
      cells: latestMetaAnalysis(standings, 'area', year),
      persistentCount: persistentOutliers(standings, 'unfavourable').length,
    });
  }
  const collator = new Intl.Collator('sv');
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
