/**
 * `tsx test/bench/workspace-own-process.ts <file.ojanalys>`: opens the
 * workspace and saves it again as the CLI does (openWorkspaceFile,
 * saveWorkspaceFile: atomic write), in a process of its own, and prints one
 * JSON line with the times and the process's peak RSS. `npm run bench` runs
 * it so the figures are not those of its own large heap.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openWorkspaceFile, saveWorkspaceFile } from '../../shared/platform/node/workspace-io';

const file = process.argv[2];
if (!file) throw new Error('usage: workspace-own-process.ts <file.ojanalys>');
let t = performance.now();
const db = await openWorkspaceFile(file);
const openMs = Math.round(performance.now() - t);
const dir = mkdtempSync(path.join(tmpdir(), 'oj-bench-save-'));
try {
  t = performance.now();
  const bytes = await saveWorkspaceFile(db, path.join(dir, 'saved.ojanalys'));
  const saveMs = Math.round(performance.now() - t);
  console.log(
    JSON.stringify({
      openMs,
      saveMs,
      megabytes: Math.round((bytes / 1024 ** 2) * 10) / 10,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
}
