/**
 * `npm run fuzz -- --minutes 10`: the import fuzzer for as long as asked, a
 * new seed per round, every case parsed *and* committed to a real workspace
 * (then removed again) exactly as `npm test` does with its fixed seed.
 * Reports cases run, crashes (anything but a clean ImportError, a partial
 * import or a workspace that is not restored), slow cases (possible hangs),
 * which refusals and limits were hit, and RSS over time (possible leaks).
 * Every crash is written to test/regression/fuzz-crashes/ to become a
 * fixture; the case in flight is always in <tmpdir>/oj-fuzz-current.*, so a
 * hang can be recovered after killing the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { fuzzWorkspace, runFuzzCase, workspaceFingerprint } from './fuzz-case';
import { mutations } from './mutate';
import { runLayoutFuzz } from './layout-fuzz';

// `--layouts N`: generated layouts against their truth instead of mutations (no workspace needed).
const layoutsArg = process.argv.indexOf('--layouts');
if (layoutsArg > 0) {
  const seedArg = process.argv.indexOf('--seed');
  process.exit(
    await runLayoutFuzz(
      Number(process.argv[layoutsArg + 1]),
      seedArg > 0 ? Number(process.argv[seedArg + 1]) : undefined,
    ),
  );
}

const minutesArg = process.argv.indexOf('--minutes');
const minutes = minutesArg > 0 ? Number(process.argv[minutesArg + 1]) : 1;
const deadline = Date.now() + minutes * 60_000;
const SLOW_MS = 10_000;

const dataset = generateDemoDataset({ years: [2023, 2024] });
const units = workbookUnitOrder(dataset.units);
const ofYear = (year: number) => dataset.publications.filter((p) => p.file.year === year);
const seeds = [
  { ext: 'xlsx', bytes: await writeOjWorkbook(ofYear(2024)[0]!, units) },
  { ext: 'xlsx', bytes: await writeOjWorkbook(ofYear(2024)[2]!, units) },
  {
    ext: 'csv',
    bytes: strToU8(
      'Kommun;Värde (%);Antal\r\nAle;1,5;10\r\nAneby;..;20\r\nArboga;3;-\r\nArjeplog;4,25;1 000\r\nAvesta;5;6\r\n',
    ),
  },
];

// The workspace every case is committed to: last year's files of the same areas are already in it.
const earlier = [ofYear(2023)[0]!, ofYear(2023)[2]!];
const { db, baseline } = await fuzzWorkspace(
  await Promise.all(
    earlier.map(async (p) => ({
      fileName: p.file.fileName,
      bytes: await writeOjWorkbook(p, units),
    })),
  ),
);

const crashDir = path.resolve('test/regression/fuzz-crashes');
const keep = (prefix: string, round: number, name: string, ext: string, bytes: Uint8Array) => {
  mkdirSync(crashDir, { recursive: true });
  const file = path.join(
    crashDir,
    `${prefix}round${round}-${name.replace(/[^\w.-]+/g, '_')}.${ext}`,
  );
  writeFileSync(file, bytes);
  return file;
};
const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);
const started = Date.now();
const rss: { minute: number; mb: number; wasmMb: number }[] = [
  { minute: 0, mb: mb(process.memoryUsage().rss), wasmMb: mb(db.wasmHeapBytes()) },
];
const reasons = new Map<string, number>();
let cases = 0;
let imported = 0;
let values = 0;
let crashes = 0;
let slow = 0;
let slowest = 0;
for (let round = 1; Date.now() < deadline; round++) {
  for (const seed of seeds) {
    for (const m of mutations(seed.bytes, round * 7919 + seed.bytes.length, 50)) {
      writeFileSync(path.join(tmpdir(), `oj-fuzz-current.${seed.ext}`), m.bytes);
      const t = Date.now();
      const outcome = await runFuzzCase(db, `fuzz.${seed.ext}`, m.bytes, baseline);
      const ms = Date.now() - t;
      slowest = Math.max(slowest, ms);
      cases += 1;
      if (outcome.kind === 'imported') {
        imported += 1;
        values += outcome.observations;
      } else if (outcome.kind === 'refused')
        reasons.set(outcome.reason, (reasons.get(outcome.reason) ?? 0) + 1);
      else {
        crashes += 1;
        console.log(
          `KRASCH (${outcome.stage}) ${keep('', round, m.name, seed.ext, m.bytes)}: ${outcome.message}`,
        );
      }
      if (ms > SLOW_MS) {
        slow += 1;
        console.log(
          `LÅNGSAM (${Math.round(ms / 1000)} s) ${keep('slow-', round, m.name, seed.ext, m.bytes)}`,
        );
      }
    }
  }
  rss.push({
    minute: (Date.now() - started) / 60_000,
    mb: mb(process.memoryUsage().rss),
    wasmMb: mb(db.wasmHeapBytes()),
  });
  if (round % 5 === 0)
    console.log(
      `… ${cases} fall, ${crashes} krascher, ${slow} långsamma, RSS ${rss.at(-1)!.mb} MB`,
    );
}
const restored = (await workspaceFingerprint(db)) === baseline;

// Leak signal: the RSS slope over the second half of the run (the first half includes warm-up).
const late = rss.filter((s) => s.minute >= minutes / 2);
const slope =
  late.length >= 2
    ? (late.at(-1)!.mb - late[0]!.mb) / Math.max(late.at(-1)!.minute - late[0]!.minute, 1e-9)
    : Number.NaN;
console.log(
  `Klart: ${cases} fall på ${minutes} min (${imported} inlästa och borttagna igen, ${values} värden; ${cases - imported - crashes} vägrade), ` +
    `${crashes} krascher, ${slow} långsamma (> ${SLOW_MS / 1000} s; långsammaste ${slowest} ms), arbetsytan ${restored ? 'oförändrad' : 'ÄNDRAD'} efteråt.`,
);
console.log(
  `RSS: ${rss[0]!.mb} MB vid start, högst ${Math.max(...rss.map((s) => s.mb))} MB, ${rss.at(-1)!.mb} MB vid slutet; andra halvan ${slope.toFixed(1)} MB/min.`,
);
console.log(
  `wasm-minne (DuckDB): ${rss[0]!.wasmMb} MB vid start, ${rss.at(-1)!.wasmMb} MB vid slutet.`,
);
console.log('Vägranden (vanligast först):');
for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`  ${String(n).padStart(6)}  ${reason}`);
process.exitCode = crashes > 0 || !restored ? 1 : 0;
