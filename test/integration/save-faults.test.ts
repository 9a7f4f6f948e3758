import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
    const run = spawnSync(
      'bash',
      [
        '-c',
        `ulimit -f 16; trap '' XFSZ; exec "${process.execPath}" "${BIN}" report --workspace "${workspace}" --unit 0184 --format xlsx --out "${target}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(5);
    expect(run.stderr).toContain('rapport.xlsx sparades inte: disken är full');
    expect(run.stderr).toContain('Den tidigare filen är orörd.');
    expect(readFileSync(target, 'utf8')).toBe('förra versionen');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a target folder that cannot exist: refused with the folder named', async () => {
    const blocker = path.join(dir, 'inte-en-mapp');
    writeFileSync(blocker, 'x');
    const r = await cli(
      'report',
      '--workspace',
      workspace,
      '--unit',
      '0184',
      '--format',
      'xlsx',
      '--out',
      path.join(blocker, 'rapport.xlsx'),
    );
    expect(r.code).toBe(5);
    expect(r.err).toContain(`rapport.xlsx sparades inte: mappen ${blocker} finns inte.`);
  });

  /**
   * A folder the user may not write to. Root writes anywhere, so when the
   * tests run as root the CLI runs as the unprivileged user `nobody` (uid
   * 65534) — if that user can read this checkout (not one under /root, say);
   * otherwise the folder's mode alone is enough.
   */
  const root = process.getuid?.() === 0;
  const NOBODY = { uid: 65534, gid: 65534 };
  const nobodyCanRun =
    root &&
    spawnSync(
      process.execPath,
      ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}, require('fs').constants.R_OK)`],
      NOBODY,
    ).status === 0;
  function runWithoutWriteAccess(args: string[]) {
    return spawnSync(process.execPath, [BIN, ...args], {
      ...(root ? NOBODY : {}),
      encoding: 'utf8',
      env: { ...process.env, HOME: tmpdir() },
    });
  }

  it('a read-only folder on export and on saving a workspace: a clear message, the previous files intact', () => {
    if (root && !nobodyCanRun) {
      // Root, and `nobody` cannot reach the checkout: sysfs refuses new files even to root.
      const r = spawnSync(
        process.execPath,
        [
          BIN,
          'report',
          '--workspace',
          workspace,
          '--unit',
          '0184',
          '--format',
          'xlsx',
          '--out',
          '/sys/rapport.xlsx',
        ],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(5);
      expect(r.stderr).toContain('rapport.xlsx sparades inte: ingen skrivrätt i /sys.');
      return;
    }
    const locked = path.join(dir, 'skrivskyddad');
    mkdirSync(locked);
    const report = path.join(locked, 'rapport.xlsx');
    const saved = path.join(locked, 'arbetsyta.ojanalys');
    writeFileSync(report, 'förra rapporten');
    writeFileSync(saved, 'förra arbetsytan');
    chmodSync(report, 0o644);
    chmodSync(saved, 0o644);
    chmodSync(locked, 0o555);
    chmodSync(dir, 0o755);
    chmodSync(workspace, 0o644);
    try {
      const exported = runWithoutWriteAccess([
        'report',
        '--workspace',
        workspace,
        '--unit',
        '0184',
        '--format',
        'xlsx',
        '--out',
        report,
      ]);
      expect(exported.status).toBe(5);
      expect(exported.stderr).toContain(
        `rapport.xlsx sparades inte: ingen skrivrätt i ${locked}. Den tidigare filen är orörd.`,
      );
      const created = runWithoutWriteAccess(['new', '--demo', '--out', saved]);
      expect(created.status).toBe(5);
      expect(created.stderr).toContain(
        `arbetsyta.ojanalys sparades inte: ingen skrivrätt i ${locked}.`,
      );
      expect(readFileSync(report, 'utf8')).toBe('förra rapporten');
      expect(readFileSync(saved, 'utf8')).toBe('förra arbetsytan');
      expect(readdirSync(locked).sort()).toEqual(['arbetsyta.ojanalys', 'rapport.xlsx']);
    } finally {
      chmodSync(locked, 0o755);
    }
  }, 60_000);
});
