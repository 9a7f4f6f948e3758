import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { metaAnalysis } from '../../shared/analysis/meta-analysis';
import { resolvePeerSet } from '../../shared/analysis/peer-sets';
import { persistentOutliers } from '../../shared/analysis/persistent-outliers';
import { computeStandings } from '../../shared/analysis/standings-query';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { loadDemoData } from '../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { writeWorkspace } from '../../shared/workspace/workspace-file';
import { benchChromium, summarize } from './chromium-bench';
import { corpusAreas, type CorpusShape } from './corpus';
import { benchPrecomputed, precomputedRows } from './standings-bench';
import { round, timeRuns } from './timing';

/**
 * `npm run bench -- --standings-only [--quick]`: the standings rows alone on
 * the corpus loaded straight into the tables (the same generated values the
 * import would give, minutes faster): the reference on the fly, the
 * precomputed index (build, refresh, lookups) and, with Chromium, the
 * Översikt's new-hemkommun clicks on that workspace.
 */
export async function runStandingsOnly(
  shape: CorpusShape,
  quick: boolean,
  runs: number,
): Promise<void> {
  const log = (line: string) => console.log(line);
  const db = await openNodeDb();
  await initNewWorkspace(db);
  const t0 = performance.now();
  const observations = await loadDemoData(db, { areas: corpusAreas(shape), years: shape.years });
  log(
    `Korpus (${quick ? 'snabb' : 'full'}, direkt i tabellerna): ${observations} observationer på ${round((performance.now() - t0) / 1000)} s`,
  );

  const home = '0180';
  const peers = await resolvePeerSet(db, home, { kind: 'all' });
  const last = shape.years[shape.years.length - 1]!;
  const years: [number, number] = [Math.max(shape.years[0]!, last - 4), last];
  const referenceRuns = quick ? 5 : 10;
  const reference = {
    metaanalys: await timeRuns(referenceRuns, async () =>
      metaAnalysis(await computeStandings(db, { home, peers, years })),
    ),
    aterkommandeAvvikare: await timeRuns(referenceRuns, async () =>
      persistentOutliers(await computeStandings(db, { home, peers, years }), 'unfavourable'),
    ),
  };
  log(
    `  i farten (referensen): metaanalys median ${reference.metaanalys.medianMs} ms, p95 ${reference.metaanalys.p95Ms} ms`,
  );
  const precomputed = await benchPrecomputed(db, shape, runs);
  log(
    `  ur förberäkningen: metaanalys median ${precomputed.metaanalys.medianMs} ms, p95 ${precomputed.metaanalys.p95Ms} ms; bygget ${precomputed.build.ms} ms`,
  );

  let chromium: Awaited<ReturnType<typeof benchChromium>> = null;
  const built = spawnSync(
    process.platform === 'win32' ? 'npx.cmd' : 'npx',
    ['vite', 'build', '--logLevel', 'error'],
    { stdio: 'inherit' },
  );
  if (built.status === 0) {
    const workspace = new Uint8Array(await writeWorkspace(db, 'bench'));
    try {
      chromium = await benchChromium(workspace, quick ? 3 : 10, { startup: false });
    } catch (error) {
      log(
        `  Chromium: mätningen avbröts (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      );
    }
  }
  await db.close();
  if (!chromium) log('  Chromium: inga Chromium-rader i den här körningen.');

  const date = new Date().toISOString();
  const results = {
    date,
    machine: { cpus: cpus().length, node: process.version },
    corpus: { ...shape, observations },
    reference,
    precomputed,
    chromium: chromium && {
      openWorkspace: chromium.openWorkspace,
      standingsIndexMs: chromium.standingsIndexMs,
      overviewFirstPaintMs: chromium.overviewFirstPaintMs,
      overviewNewChoice: summarize(chromium.overviewNewChoiceMs),
      overviewNewChoiceMs: chromium.overviewNewChoiceMs,
      overviewNewChoiceInPage: summarize(chromium.overviewNewChoiceInPageMs),
      overviewNewChoiceInPageMs: chromium.overviewNewChoiceInPageMs,
      overviewRevisit: summarize(chromium.overviewRevisitMs),
      overviewRevisitInPage: summarize(chromium.overviewRevisitInPageMs),
      overviewGroupSwitchMs: chromium.overviewGroupSwitchMs,
    },
  };
  const md = [
    `# Ställningar ${date} (${quick ? 'snabb' : 'full'} korpus, direkt i tabellerna)`,
    '',
    `${observations} observationer; ${results.machine.cpus} kärnor, Node ${results.machine.node}.`,
    '',
    '| mätning | ms | kvot |',
    '|---|---:|---:|',
    `| metaanalys i farten (referensen): median / p95 (${reference.metaanalys.runs} körningar) | ${reference.metaanalys.medianMs} / ${reference.metaanalys.p95Ms} | |`,
    `| aterkommandeAvvikare i farten (referensen): median / p95 | ${reference.aterkommandeAvvikare.medianMs} / ${reference.aterkommandeAvvikare.p95Ms} | |`,
    ...precomputedRows(precomputed),
    ...(results.chromium
      ? [
          `| Chromium: öppna arbetsytan, från filen läst till klar; faser: ny motor / packa upp (samtidigt) / läsa in tabellerna / resten | ${chromium!.openWorkspace.totalMs}; ${[chromium!.openWorkspace.engineMs, chromium!.openWorkspace.unzipMs, chromium!.openWorkspace.loadMs, chromium!.openWorkspace.finishMs].join(' / ')} | mål ≤ 3000 |`,
          `| Chromium: ställningarna förberäknade efter att arbetsytan öppnats (i bakgrunden) | ${results.chromium.standingsIndexMs} | |`,
          `| Chromium Översikt: ny hemkommun (ur förberäkningen), median / max (${chromium!.overviewNewChoiceMs.length} klick), med Playwrights rundresor | ${results.chromium.overviewNewChoice.medianMs} / ${results.chromium.overviewNewChoice.maxMs} | |`,
          `| Chromium Översikt: ny hemkommun, i sidan (change-händelsen → första bildrutan med svaret), median / max | ${results.chromium.overviewNewChoiceInPage.medianMs} / ${results.chromium.overviewNewChoiceInPage.maxMs} | mål ≤ 150 |`,
          `| Chromium Översikt: tillbaka till en nyss visad hemkommun (cache), median / max: med rundresor / i sidan | ${results.chromium.overviewRevisit.medianMs} / ${results.chromium.overviewRevisit.maxMs}; ${results.chromium.overviewRevisitInPage.medianMs} / ${results.chromium.overviewRevisitInPage.maxMs} | mål ≤ 150 |`,
          `| Chromium Översikt: alla kommuner → kommungrupp (ny) → alla kommuner (cache) | ${results.chromium.overviewGroupSwitchMs.join(' / ')} | mål ≤ 150 |`,
        ]
      : []),
    '',
  ].join('\n');
  const dir = path.resolve('bench/results');
  mkdirSync(dir, { recursive: true });
  const stem = `${date.slice(0, 10)}-standings${quick ? '-quick' : ''}`;
  writeFileSync(path.join(dir, `${stem}.json`), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(path.join(dir, `${stem}.md`), md);
  log(md);
}
