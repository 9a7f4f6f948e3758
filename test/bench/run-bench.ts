/**
 * `npm run bench [-- --quick] [-- --import-only]`: import and query
 * performance measured in one run on the same files, written to
 * bench/results/<date>.json and .md. Ratios: our import against the floor
 * (unzip + scan of the sheet XML, doing nothing else) and against SheetJS
 * parsing alone; our import with the fast xlsx path and with every workbook
 * through SheetJS (before the fast path), in the same run. `--import-only`
 * stops after the import figures (printed, not written). The native DuckDB
 * anchor (@duckdb/node-api, a pinned devDependency) always runs.
 *
 * The standings rows come twice: the reference (`computeStandings`, on the
 * fly) and the lookup in the standings precomputed per data revision (issue
 * 21 item 1), with the index's build and refresh times.
 * `--standings-only` loads the corpus straight into the tables (no xlsx
 * import, no workspace, no scaling) and measures just those rows — and, with
 * Chromium installed, the Översikt's new-hemkommun clicks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import ExcelJS from 'exceljs';
import { read } from 'xlsx';
import { metaAnalysis } from '../../shared/analysis/meta-analysis';
import { resolvePeerSet } from '../../shared/analysis/peer-sets';
import { persistentOutliers } from '../../shared/analysis/persistent-outliers';
import { similarUnits } from '../../shared/analysis/similar-units-query';
import { computeStandings } from '../../shared/analysis/standings-query';
import { tableCounts } from '../../shared/db/schema';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { commitImport } from '../../shared/import/commit-import';
import { parseImportFile } from '../../shared/import/import-file';
import { readXlsx, useFastXlsxPath, xlsxPathCounts } from '../../shared/import/read-xlsx';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { readWorkspace, writeWorkspace } from '../../shared/workspace/workspace-file';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { benchChromium, summarize, type StartTiming } from './chromium-bench';
import { nativeAnchor } from './native-anchor';
import { corpusAreas, FULL, QUICK } from './corpus';
import { addYearCopies, scalingExponent } from './scaling';
import { benchPrecomputed, precomputedRows } from './standings-bench';
import { runStandingsOnly } from './standings-only';
import { round, timeRuns, withPeakRss } from './timing';

const quick = process.argv.includes('--quick');
const importOnly = process.argv.includes('--import-only');
const standingsOnly = process.argv.includes('--standings-only');
const shape = quick ? QUICK : FULL;
const runs = quick ? 5 : 20;
const log = (line: string) => console.log(line);

if (standingsOnly) {
  await runStandingsOnly(shape, quick, runs);
  process.exit(0);
}
log(
  `Korpus: ${shape.areas} områden × ${shape.years.length} år × ${shape.indicatorsPerArea} indikatorer (${quick ? 'snabb' : 'full'})`,
);
const t0 = performance.now();
const dataset = generateDemoDataset({ years: shape.years, areas: corpusAreas(shape) });
const units = workbookUnitOrder(dataset.units);
const files: { name: string; year: number; bytes: Uint8Array }[] = [];
for (const p of dataset.publications)
  files.push({ name: p.file.fileName, year: p.file.year, bytes: await writeOjWorkbook(p, units) });
const totalBytes = files.reduce((a, f) => a + f.bytes.byteLength, 0);
log(
  `  ${files.length} arbetsböcker, ${round(totalBytes / 1024 ** 2)} MB, skrivna på ${round((performance.now() - t0) / 1000)} s`,
);

// Floor: unzip and count the cells in each sheet, nothing else.
const floor = await timeRuns(1, () => {
  let cells = 0;
  for (const f of files) {
    const entries = unzipSync(f.bytes, {
      filter: (e) =>
        e.name.startsWith('xl/worksheets/') ||
        e.name === 'xl/sharedStrings.xml' ||
        e.name === 'xl/styles.xml',
    });
    for (const [name, data] of Object.entries(entries))
      if (name.startsWith('xl/worksheets/')) cells += strFromU8(data).split('<c ').length - 1;
  }
  return cells;
});
// Warm-up (untimed): the importer's code and a first DuckDB import once on each path, so neither timed
// import pays alone for the JIT or for the first commits into a new engine.
for (const on of [false, true]) {
  useFastXlsxPath(on);
  const scratch = await openNodeDb();
  await initNewWorkspace(scratch);
  for (const f of files.slice(0, 2))
    await commitImport(scratch, await parseImportFile(f.name, f.bytes));
  await scratch.close();
}
// Our import first, in a fresh process heap, so its peak RSS is its own (the passes below leave heap behind).
const db = await openNodeDb();
await initNewWorkspace(db);
const pathsBefore = { ...xlsxPathCounts };
const { result: ours, peakRssMb } = await withPeakRss(() =>
  timeRuns(1, async () => {
    for (const f of files) await commitImport(db, await parseImportFile(f.name, f.bytes));
  }),
);
const xlsxPaths = {
  fast: xlsxPathCounts.fast - pathsBefore.fast,
  sheetjs: xlsxPathCounts.sheetjs - pathsBefore.sheetjs,
};
// The wasm memory only grows, so its size after the import is the import's peak.
const wasmHeapMb = Math.round(db.wasmHeapBytes() / 1024 ** 2);
const counts = await tableCounts(db);
const ownProcess = importInOwnProcess(files);
if (ownProcess)
  log(
    `  importen i en egen process: ${ownProcess.ms} ms, topp-RSS ${ownProcess.peakRssMb} MB (kärnans maxrss), wasm-minne ${ownProcess.wasmHeapMb} MB`,
  );

// Parsing alone (no database) on each path, interleaved: the part of the import the fast path changes.
const parseOnly: Record<'sheetjs' | 'fast', number[]> = { sheetjs: [], fast: [] };
const parseRounds = quick ? 2 : 1;
for (let round = 0; round < parseRounds; round++) {
  for (const on of [false, true]) {
    useFastXlsxPath(on);
    const t = await timeRuns(1, async () => {
      for (const f of files) await parseImportFile(f.name, f.bytes);
    });
    parseOnly[on ? 'fast' : 'sheetjs'].push(t.medianMs);
  }
}
const parseMs = { sheetjs: Math.min(...parseOnly.sheetjs), fast: Math.min(...parseOnly.fast) };

// Before the fast xlsx path: the whole import with every workbook read by SheetJS, into a fresh workspace.
useFastXlsxPath(false);
const beforeDb = await openNodeDb();
await initNewWorkspace(beforeDb);
const oursSheetjs = await timeRuns(1, async () => {
  for (const f of files) await commitImport(beforeDb, await parseImportFile(f.name, f.bytes));
});
const beforeCounts = await tableCounts(beforeDb);
await beforeDb.close();
useFastXlsxPath(true);

if (beforeCounts.observation !== counts.observation)
  throw new Error(
    `olika antal observationer med och utan den snabba vägen: ${counts.observation} / ${beforeCounts.observation}`,
  );

// The library paths after our import, so what they leave on the heap does not count in our peak RSS.
const sheetjs = await timeRuns(1, () => {
  for (const f of files) read(f.bytes, { type: 'array', dense: true, cellStyles: true });
});
// Our fast reader alone on the same bytes (unzip + read to grids), as SheetJS alone above.
const fastOnly = await timeRuns(1, () => {
  for (const f of files) readXlsx(f.name, f.bytes);
});
// The alternative library: ExcelJS (already a devDependency, it writes our fixtures) reading every workbook.
const exceljs = await timeRuns(1, async () => {
  for (const f of files)
    await new ExcelJS.Workbook().xlsx.load(Buffer.from(f.bytes) as unknown as ExcelJS.Buffer);
});

log(
  `  import: ${counts.observation} observationer; golv ${floor.medianMs} ms, SheetJS ${sheetjs.medianMs} ms, vår snabba läsning ${fastOnly.medianMs} ms`,
);
log(
  `  vår import: ${ours.medianMs} ms, topp-RSS ${peakRssMb} MB (snabba vägen: ${xlsxPaths.fast} arbetsböcker, SheetJS: ${xlsxPaths.sheetjs}); före, allt genom SheetJS: ${oursSheetjs.medianMs} ms`,
);
log(
  `  enbart tolkningen (ingen databas), bästa av ${parseRounds}: snabba vägen ${parseMs.fast} ms, allt genom SheetJS ${parseMs.sheetjs} ms`,
);
if (importOnly) {
  await db.close();
  process.exit(0);
}

const home = '0180';
const peers = await resolvePeerSet(db, home, { kind: 'all' });
const last = shape.years[shape.years.length - 1]!;
const years: [number, number] = [Math.max(shape.years[0]!, last - 4), last];
let standingsRows = 0;
const queries = {
  metaanalys: await timeRuns(runs, async () => {
    const rows = await computeStandings(db, { home, peers, years });
    standingsRows = rows.length;
    return metaAnalysis(rows);
  }),
  aterkommandeAvvikare: await timeRuns(runs, async () =>
    persistentOutliers(await computeStandings(db, { home, peers, years }), 'unfavourable'),
  ),
  indikatordetalj: await timeRuns(runs, () =>
    db.query(
      'SELECT o.unit_code, o.year, o.value_num, o.status FROM observation o JOIN indicator i USING (indicator_id) WHERE i.series_id = (SELECT series_id FROM indicator LIMIT 1)',
    ),
  ),
  liknandeKommuner: await timeRuns(runs, async () => {
    const series = await db.query<{ series_id: string }>(
      "SELECT DISTINCT series_id FROM indicator WHERE kind = 'percent' LIMIT 4",
    );
    return similarUnits(
      db,
      home,
      series.map((s) => ({ seriesId: s.series_id, weight: 1 })),
    );
  }),
};
log(
  `  metaanalys (${standingsRows} indikator-år), i farten: median ${queries.metaanalys.medianMs} ms, p95 ${queries.metaanalys.p95Ms} ms`,
);
const precomputed = await benchPrecomputed(db, shape, runs);
log(
  `  metaanalys ur förberäkningen: median ${precomputed.metaanalys.medianMs} ms, p95 ${precomputed.metaanalys.p95Ms} ms (bygget ${precomputed.build.ms} ms)${precomputed.sameAnswer ? '' : ' — OLIKA SVAR'}`,
);

let workspaceBytes: Uint8Array = new Uint8Array();
const save = await timeRuns(
  1,
  async () => (workspaceBytes = new Uint8Array(await writeWorkspace(db, 'bench'))),
);
const open = await timeRuns(1, async () => {
  const other = await openNodeDb();
  await readWorkspace(other, workspaceBytes);
  await other.close();
});
// The autosave's way: the working database file as it is, no fresh copy (it never leaves the machine).
const autosave = await timeRuns(1, () => writeWorkspace(db, 'bench', { compact: false }));
const workspaceOwnProcess = workspaceInOwnProcess(workspaceBytes);
if (workspaceOwnProcess)
  log(
    `  arbetsytan i en egen process (som CLI:t): öppna ${workspaceOwnProcess.openMs} ms, spara ${workspaceOwnProcess.saveMs} ms, topp-RSS ${workspaceOwnProcess.peakRssMb} MB`,
  );
// Format 1 (one Arrow stream per table, repeating text as dictionaries: the file until
// 2026-12-02), written and opened in the same run: what the database file changes.
let arrowBytes: Uint8Array = new Uint8Array();
const arrowSave = await timeRuns(1, async () => {
  arrowBytes = await writeWorkspace(db, 'bench', { formatVersion: 1 });
});
const arrowOpen = await timeRuns(1, async () => {
  const other = await openNodeDb();
  await readWorkspace(other, arrowBytes);
  await other.close();
});
const arrowOwnProcess = workspaceInOwnProcess(arrowBytes);

// How the costs grow: the same work at 1×, 2× and 4× the data. Import: the first 1, 2 and 4 years' files
// into a fresh workspace each time. Queries: every indicator-year copied as later years (all years queried).
log('  skalning: import och frågor vid 1×, 2× och 4× …');
const importPoints: { factor: number; ms: number }[] = [];
for (const factor of [1, 2, 4]) {
  const slice = files.filter((f) => f.year < shape.years[0]! + factor);
  const fresh = await openNodeDb();
  await initNewWorkspace(fresh);
  const t = await timeRuns(1, async () => {
    for (const f of slice) await commitImport(fresh, await parseImportFile(f.name, f.bytes));
  });
  await fresh.close();
  importPoints.push({ factor, ms: t.medianMs });
}
const queryPoints: Record<'metaanalys' | 'aterkommandeAvvikare', { factor: number; ms: number }[]> =
  { metaanalys: [], aterkommandeAvvikare: [] };
for (const [factor, from, to] of [
  [1, 0, 0],
  [2, 1, 1],
  [4, 2, 3],
] as const) {
  if (to > 0) await addYearCopies(db, shape.years.length, from, to);
  const allYears = { home, peers };
  queryPoints.metaanalys.push({
    factor,
    ms: (await timeRuns(3, async () => metaAnalysis(await computeStandings(db, allYears))))
      .medianMs,
  });
  queryPoints.aterkommandeAvvikare.push({
    factor,
    ms: (
      await timeRuns(3, async () =>
        persistentOutliers(await computeStandings(db, allYears), 'unfavourable'),
      )
    ).medianMs,
  });
}
const scaling = {
  import: scalingExponent(importPoints),
  metaanalysAllYears: scalingExponent(queryPoints.metaanalys),
  aterkommandeAvvikareAllYears: scalingExponent(queryPoints.aterkommandeAvvikare),
};
await db.close();

// The app itself in Chromium: the web build is rebuilt so it matches the code measured above.
log('  Chromium: bygger webbversionen och mäter kallstart och Översikt med hela korpusen …');
const built = spawnSync(
  process.platform === 'win32' ? 'npx.cmd' : 'npx',
  ['vite', 'build', '--logLevel', 'error'],
  { stdio: 'inherit' },
);
let chromium: Awaited<ReturnType<typeof benchChromium>> = null;
if (built.status === 0) {
  try {
    chromium = await benchChromium(workspaceBytes, quick ? 3 : 10);
  } catch (error) {
    // A broken step in the app must not cost the rest of the run (the native anchor, the results file).
    log(
      `  Chromium: mätningen avbröts (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); bild: bench/results/chromium-failure.png`,
    );
  }
}
if (!chromium) log('  Chromium: inga Chromium-rader i den här körningen.');

log('  Nativ DuckDB som ankare: samma metaanalys på samma genererade rader …');
const anchor = await nativeAnchor(shape, quick ? 5 : 10);
if (!anchor.sameAnswer)
  log('  ANKARET: nativ DuckDB och duckdb-wasm gav OLIKA svar på samma metaanalys.');

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  corpus: {
    ...shape,
    workbooks: files.length,
    megabytes: round(totalBytes / 1024 ** 2),
    observations: counts.observation,
  },
  import: {
    floorMs: floor.medianMs,
    sheetjsOnlyMs: sheetjs.medianMs,
    exceljsOnlyMs: exceljs.medianMs,
    ratioOursToExceljs: round(ours.medianMs / exceljs.medianMs),
    oursMs: ours.medianMs,
    oursAllSheetjsMs: oursSheetjs.medianMs,
    fastReaderOnlyMs: fastOnly.medianMs,
    xlsxPaths,
    parseOnlyFastMs: parseMs.fast,
    parseOnlyAllSheetjsMs: parseMs.sheetjs,
    perWorkbookMs: round(ours.medianMs / files.length),
    peakRssMb,
    wasmHeapMb,
    ownProcess,
    ratioOursToFloor: round(ours.medianMs / floor.medianMs),
    ratioOursToSheetjs: round(ours.medianMs / sheetjs.medianMs),
  },
  queries,
  precomputed,
  workspace: {
    saveMs: save.medianMs,
    autosaveMs: autosave.medianMs,
    openMs: open.medianMs,
    megabytes: round(workspaceBytes.byteLength / 1024 ** 2),
    ownProcess: workspaceOwnProcess,
    formatBefore: {
      formatVersion: 1,
      megabytes: round(arrowBytes.byteLength / 1024 ** 2),
      saveMs: arrowSave.medianMs,
      openMs: arrowOpen.medianMs,
      ownProcess: arrowOwnProcess,
    },
  },
  chromium: chromium && {
    coldStartPaint: summarize(chromium.coldStart.map((c) => c.paintMs)),
    coldStartEngineReady: summarize(chromium.coldStart.map((c) => c.engineReadyMs)),
    coldStartSeenByHarness: summarize(chromium.coldStart.map((c) => c.seenByHarnessMs)),
    coldStartPhases: chromium.coldStart,
    warmStartEngineReady: summarize(chromium.warmStart.map((c) => c.engineReadyMs)),
    warmStartPhases: chromium.warmStart,
    openWorkspace: chromium.openWorkspace,
    overviewFirstPaintMs: chromium.overviewFirstPaintMs,
    overviewNewChoice: summarize(chromium.overviewNewChoiceMs),
    overviewNewChoiceInPage: summarize(chromium.overviewNewChoiceInPageMs),
    overviewNewChoiceInPageMs: chromium.overviewNewChoiceInPageMs,
    overviewRevisit: summarize(chromium.overviewRevisitMs),
    overviewRevisitInPage: summarize(chromium.overviewRevisitInPageMs),
    overviewGroupSwitchMs: chromium.overviewGroupSwitchMs,
    standingsIndexMs: chromium.standingsIndexMs,
  },
  scaling,
  nativeAnchor: anchor,
};
function phase(timings: readonly StartTiming[]): string {
  const m = (k: keyof StartTiming) => summarize(timings.map((t) => t[k])).medianMs;
  return `${m('engineStartMs')} / ${m('instantiatedMs')} / ${m('connectedMs')} / ${m('workspaceMs')}`;
}
const dir = path.resolve('bench/results');
mkdirSync(dir, { recursive: true });
const stem = `${results.date.slice(0, 10)}${quick ? '-quick' : ''}`;
writeFileSync(path.join(dir, `${stem}.json`), JSON.stringify(results, null, 2) + '\n');
const md = [
  `# Benchmark ${results.date} (${quick ? 'snabb' : 'full'} korpus)`,
  '',
  `${results.corpus.workbooks} arbetsböcker, ${results.corpus.megabytes} MB, ${results.corpus.observations} observationer; ${results.machine.cpus} kärnor, Node ${results.machine.node}.`,
  '',
  '| mätning | ms | kvot |',
  '|---|---:|---:|',
  `| import: golv (unzip + skanning av blad-XML) | ${floor.medianMs} | 1 |`,
  `| import: enbart SheetJS-parsning | ${sheetjs.medianMs} | ${round(sheetjs.medianMs / floor.medianMs)} × golvet |`,
  `| import: alternativt bibliotek, enbart ExcelJS-läsning | ${exceljs.medianMs} | ${round(exceljs.medianMs / floor.medianMs)} × golvet |`,
  `| import: enbart vår snabba xlsx-läsning (unzip + rutnät) | ${fastOnly.medianMs} | ${round(fastOnly.medianMs / floor.medianMs)} × golvet |`,
  `| import: vår (tolkning + DuckDB), topp-RSS ${peakRssMb} MB, wasm-minne ${wasmHeapMb} MB; snabba vägen ${xlsxPaths.fast} / SheetJS ${xlsxPaths.sheetjs} arbetsböcker | ${ours.medianMs} | ${results.import.ratioOursToFloor} × golvet, ${results.import.ratioOursToSheetjs} × SheetJS, ${results.import.ratioOursToExceljs} × ExcelJS |`,
  ...(ownProcess
    ? [
        `| import: vår, i en egen process (bara importen), topp-RSS ${ownProcess.peakRssMb} MB (maxrss), wasm-minne ${ownProcess.wasmHeapMb} MB | ${ownProcess.ms} | mål topp-RSS ≤ 1536 MB |`,
      ]
    : []),
  `| import: vår, före den snabba vägen (alla arbetsböcker genom SheetJS), samma körning | ${oursSheetjs.medianMs} | ${round(oursSheetjs.medianMs / floor.medianMs)} × golvet, ${round(oursSheetjs.medianMs / sheetjs.medianMs)} × SheetJS |`,
  `| import: enbart tolkningen (ingen databas), snabba vägen / allt genom SheetJS, bästa av ${parseRounds} | ${parseMs.fast} / ${parseMs.sheetjs} | |`,
  ...Object.entries(queries).map(
    ([k, q]) =>
      `| ${k}${k === 'metaanalys' || k === 'aterkommandeAvvikare' ? ' i farten (referensen)' : ''}: median / p95 (${q.runs} körningar) | ${q.medianMs} / ${q.p95Ms} | |`,
  ),
  ...precomputedRows(precomputed),
  `| arbetsyta: spara (ny kopia med bara levande rader) / öppna (${results.workspace.megabytes} MB), i bänkens egen process | ${save.medianMs} / ${open.medianMs} | |`,
  `| arbetsyta: autospara (databasfilen som den är, lämnar aldrig datorn), i bänkens egen process | ${autosave.medianMs} | |`,
  ...(workspaceOwnProcess
    ? [
        `| arbetsyta i en egen process, som CLI:t (openWorkspaceFile / saveWorkspaceFile): spara / öppna, topp-RSS ${workspaceOwnProcess.peakRssMb} MB | ${workspaceOwnProcess.saveMs} / ${workspaceOwnProcess.openMs} | mål ≤ 3000 var |`,
      ]
    : []),
  `| arbetsyta i format 1, Arrow-tabeller (${results.workspace.formatBefore.megabytes} MB), i bänkens process: spara / öppna | ${arrowSave.medianMs} / ${arrowOpen.medianMs} | samma körning |`,
  `| arbetsyta i format 1 i en egen process (som CLI:t): öppna (sparas sedan i format 2), topp-RSS ${arrowOwnProcess?.peakRssMb ?? '–'} MB | ${arrowOwnProcess?.openMs ?? '–'} | samma körning |`,
  ...(results.chromium
    ? [
        `| Chromium kallstart: skal målat, median / max (3 körningar) | ${results.chromium.coldStartPaint.medianMs} / ${results.chromium.coldStartPaint.maxMs} | mål ≤ 1000 |`,
        `| Chromium kallstart: databasmotor klar (första bildrutan där statusraden säger klar), median / max | ${results.chromium.coldStartEngineReady.medianMs} / ${results.chromium.coldStartEngineReady.maxMs} | mål ≤ 2000 |`,
        `| samma kallstarter sedda av Playwright (med dess väntan och rundresa), median / max | ${results.chromium.coldStartSeenByHarness.medianMs} / ${results.chromium.coldStartSeenByHarness.maxMs} | |`,
        `| Chromium kallstart, faser (median): motorn startas / wasm instansierad / ansluten / tom arbetsyta klar | ${phase(results.chromium.coldStartPhases)} | |`,
        `| Chromium omstart med samma profil (wasm ur cachen): motor klar, median / max (3 körningar) | ${results.chromium.warmStartEngineReady.medianMs} / ${results.chromium.warmStartEngineReady.maxMs} | mål ≤ 2000 |`,
        `| Chromium omstart, faser (median): motorn startas / wasm instansierad / ansluten / tom arbetsyta klar | ${phase(results.chromium.warmStartPhases)} | |`,
        `| Chromium: öppna arbetsytan (${results.workspace.megabytes} MB), från filen läst till klar | ${results.chromium.openWorkspace.totalMs} | mål ≤ 3000 |`,
        `| Chromium: öppna arbetsytan, faser: ny motor / packa upp (samtidigt) / läsa in tabellerna / resten | ${[results.chromium.openWorkspace.engineMs, results.chromium.openWorkspace.unzipMs, results.chromium.openWorkspace.loadMs, results.chromium.openWorkspace.finishMs].join(' / ')} | |`,
        `| Chromium: Översikt till första värmekarta | ${results.chromium.overviewFirstPaintMs} | |`,
        `| Chromium: ställningarna förberäknade efter att arbetsytan öppnats (i bakgrunden) | ${results.chromium.standingsIndexMs} | |`,
        `| Chromium Översikt: ny hemkommun (ur förberäkningen), median / max, med Playwrights rundresor | ${results.chromium.overviewNewChoice.medianMs} / ${results.chromium.overviewNewChoice.maxMs} | |`,
        `| Chromium Översikt: ny hemkommun, i sidan (change-händelsen → första bildrutan med svaret), median / max (${results.chromium.overviewNewChoiceInPageMs.length} klick) | ${results.chromium.overviewNewChoiceInPage.medianMs} / ${results.chromium.overviewNewChoiceInPage.maxMs} | mål ≤ 150 |`,
        `| Chromium Översikt: tillbaka till en nyss visad hemkommun (cache), median / max: med rundresor / i sidan | ${results.chromium.overviewRevisit.medianMs} / ${results.chromium.overviewRevisit.maxMs}; ${results.chromium.overviewRevisitInPage.medianMs} / ${results.chromium.overviewRevisitInPage.maxMs} | mål ≤ 150 |`,
        `| Chromium Översikt: alla kommuner → kommungrupp (ny) → alla kommuner (cache) | ${results.chromium.overviewGroupSwitchMs.join(' / ')} | mål ≤ 150 |`,
      ]
    : []),
  `| ankare: metaanalys i duckdb-wasm (DuckDB ${anchor.wasmEngine}) / nativ DuckDB ${anchor.engine} (${anchor.observations} obs., median) | ${anchor.wasm.medianMs} / ${anchor.native.medianMs} | wasm/nativ ${anchor.ratio}×${anchor.sameAnswer ? ', samma svar' : ', OLIKA SVAR'} |`,
  ...Object.entries(scaling).map(
    ([k, sc]) =>
      `| skalning ${k}: ${sc.points.map((p) => `${p.factor}× ${p.ms} ms`).join(', ')} | | exponent ${sc.exponent} (mål ≤ 1,1) |`,
  ),
  '',
].join('\n');
writeFileSync(path.join(dir, `${stem}.md`), md);
log(md);

/** A bench script run in a process of its own; its last stdout line is JSON. Null (and said) when it fails. */
function runOwnProcess<T>(script: string, arg: string, what: string): T | null {
  const child = spawnSync(
    process.platform === 'win32' ? 'npx.cmd' : 'npx',
    ['tsx', `test/bench/${script}`, arg],
    { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 },
  );
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    log(`  ${what} i en egen process misslyckades: ${child.stderr.split('\n')[0] ?? ''}`);
    return null;
  }
  return JSON.parse(line) as T;
}

function workspaceInOwnProcess(
  bytes: Uint8Array,
): { openMs: number; saveMs: number; megabytes: number; peakRssMb: number } | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'oj-bench-workspace-'));
  try {
    const file = path.join(dir, 'bench.ojanalys');
    writeFileSync(file, bytes);
    return runOwnProcess('workspace-own-process.ts', file, 'arbetsytan');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The import again in a process of its own (import-peak-rss.ts): the peak RSS above also holds the corpus
 * generator's data and the warm-up engines of this process. Null when the child fails (said in the log).
 */
function importInOwnProcess(
  workbooks: readonly { name: string; bytes: Uint8Array }[],
): { ms: number; observations: number; peakRssMb: number; wasmHeapMb: number } | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'oj-bench-corpus-'));
  try {
    for (const f of workbooks) writeFileSync(path.join(dir, f.name), f.bytes);
    return runOwnProcess('import-peak-rss.ts', dir, 'importen');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
