/**
 * `npm run fuzz -- --minutes 10`: the import fuzzer for as long as asked,
 * with a new seed per round. Reports cases run, crashes (anything but a clean
 * ImportError), slow cases (possible hangs) and RSS growth (possible leaks).
 * Every crash is written to test/regression/fuzz-crashes/ to become a fixture;
 * the case in flight is always in <tmpdir>/oj-fuzz-current.*, so a hang can be
 * recovered after killing the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { ImportError } from '../../shared/import/import-error';
import { parseImportFile } from '../../shared/import/import-file';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';
import { mutations } from './mutate';

const minutesArg = process.argv.indexOf('--minutes');
const minutes = minutesArg > 0 ? Number(process.argv[minutesArg + 1]) : 1;
const deadline = Date.now() + minutes * 60_000;
const SLOW_MS = 10_000;

const dataset = generateDemoDataset({ years: [2024] });
const units = workbookUnitOrder(dataset.units);
const seeds = [
  { ext: 'xlsx', bytes: await writeOjWorkbook(dataset.publications[0]!, units) },
  { ext: 'xlsx', bytes: await writeOjWorkbook(dataset.publications[2]!, units) },
  { ext: 'csv', bytes: strToU8('Kommun;Värde (%);Antal\r\nAle;1,5;10\r\nAneby;..;20\r\nArboga;3;-\r\nArjeplog;4,25;1 000\r\nAvesta;5;6\r\n') },
];
const crashDir = path.resolve('test/regression/fuzz-crashes');
const startRss = process.memoryUsage().rss;
let cases = 0;
let crashes = 0;
let slow = 0;
for (let round = 1; Date.now() < deadline; round++) {
  for (const seed of seeds) {
    for (const m of mutations(seed.bytes, round * 7919 + seed.bytes.length, 50)) {
      // The case in flight, so a hang can be found after killing the run.
      writeFileSync(path.join(tmpdir(), `oj-fuzz-current.${seed.ext}`), m.bytes);
      const t = Date.now();
      try {
        await parseImportFile(`fuzz.${seed.ext}`, m.bytes);
      } catch (error) {
        if (!(error instanceof ImportError)) {
          crashes += 1;
          mkdirSync(crashDir, { recursive: true });
          const file = path.join(crashDir, `round${round}-${m.name.replace(/[^\w.-]+/g, '_')}.${seed.ext}`);
          writeFileSync(file, m.bytes);
          console.log(`KRASCH ${file}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (Date.now() - t > SLOW_MS) {
        slow += 1;
        mkdirSync(crashDir, { recursive: true });
        const file = path.join(crashDir, `slow-round${round}-${m.name.replace(/[^\w.-]+/g, '_')}.${seed.ext}`);
        writeFileSync(file, m.bytes);
        console.log(`LÅNGSAM (${Math.round((Date.now() - t) / 1000)} s) ${file}`);
      }
      cases += 1;
    }
  }
  if (round % 5 === 0) console.log(`… ${cases} fall, ${crashes} krascher, ${slow} långsamma`);
}
const growthMb = Math.round((process.memoryUsage().rss - startRss) / 1024 ** 2);
console.log(`Klart: ${cases} fall på ${minutes} min, ${crashes} krascher, ${slow} långsamma (> ${SLOW_MS / 1000} s), RSS-ökning ${growthMb} MB.`);
process.exitCode = crashes > 0 ? 1 : 0;
