/**
 * `tsx test/bench/import-peak-rss.ts <dir>`: imports every workbook in <dir>
 * into a new workspace, in a process of its own, and prints one JSON line:
 * the process's peak resident memory (the kernel's maxrss, not a sample),
 * the wasm heap and the time. `npm run bench` runs it on the corpus so the
 * peak is the import's alone, without the corpus generator's data, the
 * library passes or earlier engines of the bench's own process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { commitImport } from '../../shared/import/commit-import';
import { parseImportFile } from '../../shared/import/import-file';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

const dir = process.argv[2];
if (!dir) throw new Error('usage: import-peak-rss.ts <dir>');
const db = await openNodeDb();
await initNewWorkspace(db);
const t = performance.now();
let observations = 0;
for (const name of readdirSync(dir).sort()) {
  const parsed = await parseImportFile(name, readFileSync(path.join(dir, name)));
  const result = await commitImport(db, parsed);
  if (result.outcome === 'imported') observations += result.observations;
}
const ms = Math.round(performance.now() - t);
console.log(
  JSON.stringify({
    ms,
    observations,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    wasmHeapMb: Math.round(db.wasmHeapBytes() / 1024 ** 2),
  }),
);
