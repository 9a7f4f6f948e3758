import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/oj-analys.mjs');

/**
 * Real faults, no mocks: a file-size limit (RLIMIT_FSIZE via `ulimit -f`)
 * makes the write fail with EFBIG as a full disk does with ENOSPC; a target
 * whose folder is a file cannot be written at all.
 */
describe('saving and exporting when the disk says no', () => {
  let dir: string;
  let workspace: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'oj-faults-'));
    workspace = path.join(dir, 'demo.ojanalys');
    expect((await cli('new', '--demo', '--out', workspace)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a full disk during export: a clear message, the previous file intact, no temp file left', () => {
    const target = path.join(dir, 'rapport.xlsx');
    writeFileSync(target, 'förra versionen');
    // 16 KiB is less than the report needs; SIGXFSZ is ignored so the write fails with EFBIG instead of killing node.
    const run = spawnSync('bash', ['-c', `ulimit -f 16; trap '' XFSZ; exec "${process.execPath}" "${BIN}" report --workspace "${workspace}" --unit 0184 --format xlsx --out "${target}"`], { encoding: 'utf8' });
    expect(run.status).toBe(5);
    expect(run.stderr).toContain('rapport.xlsx sparades inte: disken är full');
    expect(run.stderr).toContain('Den tidigare filen är orörd.');
    expect(readFileSync(target, 'utf8')).toBe('förra versionen');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a target folder that cannot exist: refused with the folder named', async () => {
    const blocker = path.join(dir, 'inte-en-mapp');
    writeFileSync(blocker, 'x');
    const r = await cli('report', '--workspace', workspace, '--unit', '0184', '--format', 'xlsx', '--out', path.join(blocker, 'rapport.xlsx'));
    expect(r.code).toBe(5);
    expect(r.err).toContain(`rapport.xlsx sparades inte: mappen ${blocker} finns inte.`);
  });
});
