import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'oj-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Start the save loop, kill it with SIGKILL after `ms`, and return the last version it reported complete. */
function saveAndKill(target: string, ms: number): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'test/helpers/save-loop.ts'), target],
      { cwd: ROOT },
    );
    let last = 0;
    child.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n')) if (line.trim()) last = Number(line);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(last);
    });
  });
}

describe('atomic save (temp file + fsync + rename)', () => {
  it('leaves a complete file — the previous one or a whole new one — whenever the saving process is killed', async () => {
    const target = path.join(dir, 'arbetsyta.ojanalys');
    writeFileSync(target, new Uint8Array(1024).fill(7));
    let completed = 0;
    for (const ms of [700, 900, 1100, 1300, 1600, 2000]) {
      completed = Math.max(completed, await saveAndKill(target, ms));
      const bytes = readFileSync(target);
      // Either the original 1 KiB of 7s, or exactly one whole 8 MiB version: never a mix, never short.
      const whole =
        bytes.length === 1024
          ? bytes.every((b) => b === 7)
          : bytes.length === 8 * 1024 * 1024 && bytes.every((b) => b === bytes[0]);
      expect(whole, `after kill at ${ms} ms: ${bytes.length} bytes`).toBe(true);
    }
    expect(
      completed,
      'the child must have finished some saves, or nothing was tested',
    ).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => !f.endsWith('.tmp'))).toEqual(['arbetsyta.ojanalys']);
  }, 120_000);
});
