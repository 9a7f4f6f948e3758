import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli';
import { EXIT_CODES } from '../../../shared/util/app-error';
import { isReadOnlySql } from '../../../shared/platform/node/cli/read-only-sql';
import { readWorkspaceManifest } from '../../../shared/workspace/workspace-file';

describe('oj-analys CLI', () => {
  let dir: string;
  let workspace: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'oj-cli-'));
    workspace = path.join(dir, 'exempel.ojanalys');
    const created = await cli('new', '--demo', '--out', workspace);
    expect(created.code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help in Swedish by default and in English on request', async () => {
    const sv = await cli('--help');
    expect(sv.code).toBe(0);
    expect(sv.out).toContain('Användning:');
    expect(sv.out).toContain('sql --workspace <fil> "<SQL>" [--json|--csv]');
    const en = await cli('--help', '--lang', 'en');
    expect(en.out).toContain('Usage:');
    expect(en.out).toContain('Run read-only SQL against a workspace');
  });

  it('names its exit codes in --help, as the CLI returns them (issue 18 item 6)', async () => {
    const sv = (await cli('--help')).out;
    const en = (await cli('--help', '--lang', 'en')).out;
    for (const [name, code] of Object.entries(EXIT_CODES)) {
      expect(sv).toMatch(new RegExp(`^  ${code} ${name} `, 'm'));
      expect(en).toMatch(new RegExp(`^  ${code} ${name} `, 'm'));
    }
    // A refused workspace ends with 'refused'; an unknown command is wrong use, also 'refused'.
    expect((await cli('info', '--workspace', path.join(dir, 'finns-inte.ojanalys'))).code).toBe(
      EXIT_CODES.refused,
    );
    expect((await cli('nonsense')).code).toBe(EXIT_CODES.refused);
  });

  it('lists indicators of one area and year through the catalogue command, and refuses a malformed year', async () => {
    const r = await cli(
      'indicators',
      '--workspace',
      workspace,
      '--area',
      'missbruk',
      '--year',
      '2024',
      '--json',
    );
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { area: string; year: number }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.area === 'missbruk' && Number(x.year) === 2024)).toBe(true);
    const bad = await cli('indicators', '--workspace', workspace, '--year', "2024' OR 1=1");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Ogiltigt år');
  });

  it('creates a workspace file that carries the demo data', () => {
    const manifest = readWorkspaceManifest(readFileSync(workspace));
    expect(manifest.tables['unit']?.rows).toBe(312);
    expect(manifest.tables['source_file']?.rows).toBe(20);
  });

  it('runs read-only SQL and prints JSON', async () => {
    const r = await cli(
      'sql',
      '--workspace',
      workspace,
      'SELECT level, count(*) AS n FROM unit GROUP BY level ORDER BY level',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      { level: 'kommun', n: 290 },
      { level: 'lan', n: 21 },
      { level: 'riket', n: 1 },
    ]);
  });

  it('prints CSV and an aligned table', async () => {
    const csv = await cli(
      'sql',
      '--workspace',
      workspace,
      "SELECT unit_code, name FROM unit WHERE unit_code IN ('0180', '1480') ORDER BY 1",
      '--csv',
    );
    expect(csv.out).toBe('unit_code,name\r\n0180,Stockholm\r\n1480,Göteborg\r\n');
    const table = await cli(
      'sql',
      '--workspace',
      workspace,
      "SELECT name FROM unit WHERE unit_code = '2021'",
    );
    expect(table.out).toContain('Vansbro');
    expect(table.out).toContain('(1 rader)');
  });

  it('refuses statements that would change data, and leaves the file untouched', async () => {
    const before = readFileSync(workspace);
    const r = await cli('sql', '--workspace', workspace, 'DELETE FROM observation');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Bara läsande SQL');
    expect(readFileSync(workspace).equals(before)).toBe(true);
  });

  it('explains a missing option and an unreadable file in Swedish', async () => {
    expect((await cli('sql', 'SELECT 1')).err).toContain('Flaggan --workspace saknas');
    expect(
      (await cli('sql', '--workspace', path.join(dir, 'finns-inte.ojanalys'), 'SELECT 1')).err,
    ).toContain('Kan inte läsa arbetsytan');
    expect((await cli('frobnicate')).err).toContain('Okänt kommando: frobnicate');
  });

  it('runs as the package bin (what npx oj-analys runs)', () => {
    const out = execFileSync(
      process.execPath,
      [path.resolve(__dirname, '../../../bin/oj-analys.mjs'), '--version'],
      { encoding: 'utf8' },
    );
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('read-only SQL guard', () => {
  it.each([
    'SELECT 1',
    'with x as (select 1) select * from x',
    'FROM unit',
    'DESCRIBE unit',
    "SELECT 'DROP TABLE x' AS s",
    'SELECT 1;',
  ])('allows %s', (sql) => {
    expect(isReadOnlySql(sql)).toBe(true);
  });
  it.each([
    'DROP TABLE unit',
    'SELECT 1; DROP TABLE unit',
    "COPY unit TO 'x.csv'",
    "ATTACH 'x.db'",
    'INSTALL httpfs',
    'SET threads=1',
    'WITH d AS (DELETE FROM unit RETURNING *) SELECT * FROM d',
  ])('refuses %s', (sql) => {
    expect(isReadOnlySql(sql)).toBe(false);
  });
});
