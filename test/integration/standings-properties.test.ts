import { describe, expect, it } from 'vitest';
import { resolvePeerSet, type PeerSetSpec } from '../../shared/analysis/peer-sets';
import { computeStandings, type StandingRow } from '../../shared/analysis/standings-query';
import { rowsToArrowIpc } from '../../shared/db/arrow-ipc';
import { indicatorRow, observationRow } from '../../shared/db/model-rows';
import { COLUMNS } from '../../shared/db/table-columns';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { seededRandom } from '../../shared/util/random';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

const dataset = generateDemoDataset({ years: [2023, 2024] });
const publications = dataset.publications.filter((p) => p.file.area === 'missbruk');
const indicators = publications.flatMap((p) => p.indicators.map(indicatorRow));
const observations = publications.flatMap((p) => p.observations.map(observationRow));

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Standings of several homes against several groups, from observations loaded in the given order. */
async function standingsWith(rows: readonly Record<string, unknown>[]): Promise<StandingRow[][]> {
  const db = await openNodeDb();
  try {
    await initNewWorkspace(db);
    await db.insertArrowIpc('indicator', rowsToArrowIpc(COLUMNS.indicator, indicators));
    await db.insertArrowIpc('observation', rowsToArrowIpc(COLUMNS.observation, rows));
    const out: StandingRow[][] = [];
    for (const home of ['0184', '0114', '2480', '1280'])
      for (const spec of [
        { kind: 'all' },
        { kind: 'lan' },
        { kind: 'kommungrupp', classification: 2023 },
      ] as PeerSetSpec[])
        out.push(await computeStandings(db, { home, peers: await resolvePeerSet(db, home, spec) }));
    return out;
  } finally {
    await db.close();
  }
}

describe('property: asking for some series gives exactly their rows of the full answer', () => {
  it('filters by series inside the query without changing a number', async () => {
    const db = await openNodeDb();
    try {
      await initNewWorkspace(db);
      await db.insertArrowIpc('indicator', rowsToArrowIpc(COLUMNS.indicator, indicators));
      await db.insertArrowIpc('observation', rowsToArrowIpc(COLUMNS.observation, observations));
      const peers = await resolvePeerSet(db, '0184', { kind: 'lan' });
      const all = await computeStandings(db, { home: '0184', peers });
      const some = [...new Set(all.map((r) => r.seriesId!))].slice(0, 3);
      expect(some).toHaveLength(3);
      expect(await computeStandings(db, { home: '0184', peers, seriesIds: some })).toEqual(
        all.filter((r) => some.includes(r.seriesId!)),
      );
      expect(await computeStandings(db, { home: '0184', peers, seriesIds: [] })).toEqual([]);
    } finally {
      await db.close();
    }
  });
});

describe('property: standings do not depend on the order rows were loaded in', () => {
  it('gives identical standings, percentiles and medians for three seeded shuffles of the observations', async () => {
    const reference = await standingsWith(observations);
    expect(reference.flat().length).toBeGreaterThan(100);
    for (const seed of [1, 2, 3])
      expect(await standingsWith(shuffled(observations, seed))).toEqual(reference);
  });
});
