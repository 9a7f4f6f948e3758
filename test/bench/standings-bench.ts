import { metaAnalysis } from '../../shared/analysis/meta-analysis';
import { resolvePeerSet, type PeerSetSpec } from '../../shared/analysis/peer-sets';
import { persistentOutliers } from '../../shared/analysis/persistent-outliers';
import { createStandingsCache } from '../../shared/analysis/standings-cache';
import { standingsFingerprint } from '../../shared/analysis/standings-precomputed';
import { computeStandings } from '../../shared/analysis/standings-query';
import type { Db } from '../../shared/db/db';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { commitImport, removeSource } from '../../shared/import/commit-import';
import { parseImportFile } from '../../shared/import/import-file';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { corpusAreas, type CorpusShape } from './corpus';
import { round, timeRuns, type Stats } from './timing';

/** Issue 21 item 1: the standings precomputed per data revision, measured as the views and the metaanalys use them. */
export type PrecomputedBench = Readonly<{
  /** The first build from scratch (every indicator-year read once). */
  build: Readonly<{ ms: number; rows: number; passes: number; heapMb: number }>;
  /** A revision with unchanged data: one fingerprint query says the index is current. */
  fingerprintMs: Stats;
  /** A hemkommun never asked for before, each run another (lookup; peers resolved beforehand, as the reference rows). */
  metaanalys: Stats;
  aterkommandeAvvikare: Stats;
  /** The same, with resolvePeerSet in the timing (what a click in Översikt waits for in the core). */
  metaanalysWithPeers: Stats;
  /** Another comparison set (kommungrupp 2023, län), each run another home. */
  otherSets: Stats;
  /** After importing one more workbook (an area's next year), and after removing it again. */
  afterImport: Readonly<{ ms: number; blocksRead: number; rowsRead: number }>;
  afterRemoval: Readonly<{ ms: number; blocksRead: number; rowsRead: number }>;
  /** Every timed answer compared with computeStandings for a sample of homes and sets. */
  sameAnswer: boolean;
  compared: number;
}>;

export async function benchPrecomputed(
  db: Db,
  shape: CorpusShape,
  runs: number,
): Promise<PrecomputedBench> {
  const last = shape.years[shape.years.length - 1]!;
  const years: [number, number] = [Math.max(shape.years[0]!, last - 4), last];
  const homes = (
    await db.query<{ u: string }>(
      "SELECT unit_code AS u FROM unit WHERE level = 'kommun' ORDER BY hash(unit_code), unit_code",
    )
  ).map((r) => r.u);
  let next = 0;
  const newHome = () => homes[next++ % homes.length]!;
  // Capacity 0: nothing answered from memory, every standing is a lookup in the index.
  const cache = createStandingsCache(0);
  const heapBefore = process.memoryUsage().heapUsed;
  const t = performance.now();
  const indexer = cache.indexer(db);
  const index = await indexer.whenReady(1);
  const buildMs = performance.now() - t;
  const heapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1024 ** 2);
  const passes = indexer.lastBuild()?.passes ?? 0;

  let sameAnswer = true;
  let compared = 0;
  const checked = async (home: string, spec: PeerSetSpec) => {
    const peers = await resolvePeerSet(db, home, spec);
    const rows = await cache.standings(db, 1, { home, peers, years });
    if (compared < 12) {
      compared += 1;
      const reference = await computeStandings(db, { home, peers, years });
      if (JSON.stringify(reference) !== JSON.stringify(rows)) sameAnswer = false;
    }
    return rows;
  };
  // Compare first (untimed), then time lookups only.
  for (const spec of [
    { kind: 'all' },
    { kind: 'lan' },
    { kind: 'kommungrupp', classification: 2023 },
  ] as PeerSetSpec[])
    for (let i = 0; i < 4; i++) await checked(newHome(), spec);
  const lookedUpBefore = cache.lookedUp();

  const resolved = async (spec: PeerSetSpec) => {
    const home = newHome();
    return { home, peers: await resolvePeerSet(db, home, spec), years };
  };
  const timedLookups = async (work: (q: Awaited<ReturnType<typeof resolved>>) => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const q = await resolved({ kind: 'all' });
      const t0 = performance.now();
      await work(q);
      times.push(performance.now() - t0);
    }
    return stats(times);
  };
  const metaanalys = await timedLookups(async (q) => metaAnalysis(await cache.standings(db, 1, q)));
  const aterkommandeAvvikare = await timedLookups(async (q) =>
    persistentOutliers(await cache.standings(db, 1, q), 'unfavourable'),
  );
  const metaanalysWithPeers = await timeRuns(runs, async () => {
    const home = newHome();
    const peers = await resolvePeerSet(db, home, { kind: 'all' });
    return metaAnalysis(await cache.standings(db, 1, { home, peers, years }));
  });
  const otherSets = await timeRuns(runs, async () => {
    const home = newHome();
    const spec: PeerSetSpec =
      next % 2 ? { kind: 'kommungrupp', classification: 2023 } : { kind: 'lan' };
    const peers = await resolvePeerSet(db, home, spec);
    return metaAnalysis(await cache.standings(db, 1, { home, peers, years }));
  });
  if (cache.lookedUp() - lookedUpBefore !== 4 * runs)
    throw new Error('standings bench: some answers did not come from the index');
  const fingerprintMs = await timeRuns(runs, () => standingsFingerprint(db));

  // One more workbook (the first area's next year) imported, then removed: what the index reads again.
  const extraData = generateDemoDataset({
    years: [last + 1],
    areas: corpusAreas(shape).slice(0, 1),
  });
  const extra = extraData.publications[0]!;
  const bytes = await writeOjWorkbook(extra, workbookUnitOrder(extraData.units));
  const parsed = await parseImportFile(extra.file.fileName, bytes);
  await commitImport(db, parsed);
  const refreshed = async (revision: number) => {
    const t0 = performance.now();
    await indexer.whenReady(revision);
    const ms = performance.now() - t0;
    const stats = indexer.lastBuild();
    return { ms: round(ms), blocksRead: stats?.blocksRead ?? 0, rowsRead: stats?.rowsRead ?? 0 };
  };
  const afterImport = await refreshed(2);
  await removeSource(db, parsed.fileId);
  const afterRemoval = await refreshed(3);

  return {
    build: { ms: round(buildMs), rows: index.rows, passes, heapMb },
    fingerprintMs,
    metaanalys,
    aterkommandeAvvikare,
    metaanalysWithPeers,
    otherSets,
    afterImport,
    afterRemoval,
    sameAnswer,
    compared,
  };
}

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    runs: times.length,
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    minMs: round(sorted[0]!),
  };
}

/** The rows of the Markdown table. */
export function precomputedRows(p: PrecomputedBench): string[] {
  return [
    `| ställningar förberäknade: första bygget (${p.build.rows} rader i ${p.build.passes} SQL-pass, JS-heap +${p.build.heapMb} MB) | ${p.build.ms} | |`,
    `| ställningar förberäknade: ny revision, samma data (fingeravtryck), median / p95 | ${p.fingerprintMs.medianMs} / ${p.fingerprintMs.p95Ms} | |`,
    `| metaanalys ur förberäkningen, ny hemkommun varje gång: median / p95 (${p.metaanalys.runs} körningar) | ${p.metaanalys.medianMs} / ${p.metaanalys.p95Ms} | mål ≤ 100 |`,
    `| aterkommandeAvvikare ur förberäkningen: median / p95 | ${p.aterkommandeAvvikare.medianMs} / ${p.aterkommandeAvvikare.p95Ms} | mål ≤ 100 |`,
    `| metaanalys ur förberäkningen inkl. resolvePeerSet: median / p95 | ${p.metaanalysWithPeers.medianMs} / ${p.metaanalysWithPeers.p95Ms} | |`,
    `| metaanalys ur förberäkningen, län / kommungrupp 2023: median / p95 | ${p.otherSets.medianMs} / ${p.otherSets.p95Ms} | |`,
    `| förberäkningen efter en import (${p.afterImport.blocksRead} indikator-år lästa) / efter borttagning (${p.afterRemoval.blocksRead}) | ${p.afterImport.ms} / ${p.afterRemoval.ms} | |`,
    `| förberäkningen mot computeStandings (${p.compared} hemkommuner × grupper) | | ${p.sameAnswer ? 'samma svar' : 'OLIKA SVAR'} |`,
  ];
}
