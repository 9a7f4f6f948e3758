import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/run-cli';
import { withOwnTrend } from '../../../shared/analysis/own-trend';
import {
  resolvePeerSet,
  saveNamedPeerSet,
  type PeerSetSpec,
} from '../../../shared/analysis/peer-sets';
import { computeStandings, type StandingRow } from '../../../shared/analysis/standings-query';
import type { Db } from '../../../shared/db/db';
import { openNodeDb } from '../../../shared/platform/node/duckdb-node';
import { openWorkspaceFile, saveWorkspaceFile } from '../../../shared/platform/node/workspace-io';
import { loadDemoData } from '../../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../../shared/workspace/new-workspace';

/**
 * Issue 19 item 2, test (a): `oj-analys standings` gives, row for row, what
 * the app's own analysis functions (resolvePeerSet + computeStandings, and
 * withOwnTrend for --mode trend) give for the same workspace, unit, set and
 * years. The demo workspace plus one saved set whose name starts with "="
 * (a spreadsheet formula, to check the CSV escaping).
 */
const HOME = '0114';
const NAMED = ['0115', '0117', '0120', '0123', '0125', '0127', '0160', '0162'];

type CliRow = Record<string, unknown>;

function expected(rows: readonly StandingRow[]) {
  return rows.map((r) => ({
    indicator_id: r.indicatorId,
    series_id: r.seriesId,
    year: r.year,
    unit_code: HOME,
    value_num: r.homeValue,
    value_text: r.homeText,
    status: r.homeStatus,
    standing: r.standing,
    percentile: r.percentile,
    n_compared: r.n,
    peer_median: r.peerMedian,
    reason: r.reason,
    sheet: r.sheet,
    cell: r.cell,
  }));
}

const comparable = (rows: readonly CliRow[]) =>
  rows.map(
    ({
      indicator_id,
      series_id,
      year,
      unit_code,
      value_num,
      value_text,
      status,
      standing,
      percentile,
      n_compared,
      peer_median,
      reason,
      sheet,
      cell,
    }) => ({
      indicator_id,
      series_id,
      year,
      unit_code,
      value_num,
      value_text,
      status,
      standing,
      percentile,
      n_compared,
      peer_median,
      reason,
      sheet,
      cell,
    }),
  );

describe('oj-analys standings agrees with the app’s analysis functions', () => {
  let dir: string;
  let workspace: string;
  let db: Db;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'oj-standings-'));
    workspace = path.join(dir, 'demo.ojanalys');
    const build = await openNodeDb();
    await initNewWorkspace(build);
    await loadDemoData(build);
    // Version 1 with fewer members, version 2 (the current one) with all: --peers can name either.
    await saveNamedPeerSet(build, {
      peerSetId: 'nv',
      name: '=Nordväst',
      members: [HOME, ...NAMED.slice(0, 3)],
      definition: { why: 'test' },
    });
    await saveNamedPeerSet(build, {
      peerSetId: 'nv',
      name: '=Nordväst',
      members: [HOME, ...NAMED],
      definition: { why: 'test' },
    });
    await saveWorkspaceFile(build, workspace);
    await build.close();
    db = await openWorkspaceFile(workspace);
  }, 60_000);
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = async (...extra: string[]) => {
    const r = await cli('standings', '--workspace', workspace, '--unit', HOME, ...extra, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.out) as CliRow[];
  };

  it.each<[string, string[], PeerSetSpec]>([
    ['alla kommuner', ['--peers', 'alla'], { kind: 'all' }],
    ['samma län, 2021–2023', ['--peers', 'lan', '--years', '2021-2023'], { kind: 'lan' }],
    [
      'samma kommungrupp',
      ['--peers', 'kommungrupp'],
      { kind: 'kommungrupp', classification: 2023 },
    ],
    ['a saved set named by its name', ['--peers', '=nordväst'], { kind: 'named', peerSetId: 'nv' }],
    ['a saved set named by its id', ['--peers', 'nv'], { kind: 'named', peerSetId: 'nv' }],
    [
      'a saved set at an older version',
      ['--peers', '=nordväst@1'],
      { kind: 'named', peerSetId: 'nv', version: 1 },
    ],
  ])('relative, %s', async (_label, flags, spec) => {
    const years = flags.includes('--years') ? ([2021, 2023] as const) : undefined;
    const peers = await resolvePeerSet(db, HOME, spec);
    const app = await computeStandings(db, { home: HOME, peers, ...(years ? { years } : {}) });
    const rows = await run(...flags);
    expect(app.length).toBeGreaterThan(50);
    expect(comparable(rows)).toEqual(expected(app));
    expect(new Set(rows.map((r) => r['peer_set_version']))).toEqual(new Set([peers.version]));
    // every ok value can be traced to its file, sheet and cell
    for (const r of rows.filter((x) => x['status'] === 'ok'))
      expect([r['file'], r['sheet'], r['cell']]).not.toContain(null);
  });

  it('official colours', async () => {
    const peers = await resolvePeerSet(db, HOME, { kind: 'all' });
    const app = await computeStandings(db, { home: HOME, peers, mode: 'official' });
    expect(comparable(await run('--mode', 'official'))).toEqual(expected(app));
  });

  it('own trend, with the years before the first one asked for as history', async () => {
    const peers = await resolvePeerSet(db, HOME, { kind: 'all' });
    const app = withOwnTrend(await computeStandings(db, { home: HOME, peers })).filter(
      (r) => r.year >= 2023,
    );
    const rows = await run('--mode', 'trend', '--years', '2023-2024');
    expect(comparable(rows)).toEqual(expected(app));
    expect(
      rows.some((r) => r['standing'] === 'favourable' || r['standing'] === 'unfavourable'),
    ).toBe(true);
  });

  it('absolute, with a threshold for one series', async () => {
    const peers = await resolvePeerSet(db, HOME, { kind: 'all' });
    const [series] = await db.query<{ series_id: string; indicator_id: string }>(
      "SELECT series_id, indicator_id FROM current_indicator WHERE kind = 'percent' AND direction <> 'none' AND series_id IS NOT NULL ORDER BY series_id, year LIMIT 1",
    );
    const ids = await db.query<{ indicator_id: string }>(
      'SELECT indicator_id FROM current_indicator WHERE series_id = ?',
      [series!.series_id],
    );
    const app = await computeStandings(db, {
      home: HOME,
      peers,
      mode: 'absolute',
      thresholds: Object.fromEntries(ids.map((i) => [i.indicator_id, 50])),
    });
    const rows = await run('--mode', 'absolute', '--thresholds', `${series!.series_id}=50`);
    expect(comparable(rows)).toEqual(expected(app));
    expect(
      rows
        .filter((r) => r['series_id'] === series!.series_id && r['status'] === 'ok')
        .every((r) => r['reason'] === 'gränsvärde 50'),
    ).toBe(true);
  });

  it('CSV: the same rows, a formula-like set name escaped', async () => {
    const r = await cli(
      'standings',
      '--workspace',
      workspace,
      '--unit',
      HOME,
      '--peers',
      'nv',
      '--years',
      '2024',
      '--csv',
    );
    expect(r.code).toBe(0);
    const [header, first] = r.out.split('\r\n');
    expect(header!.split(',').slice(0, 3)).toEqual(['indicator_id', 'series_id', 'area']);
    for (const column of [
      'unit_code',
      'value_num',
      'value_text',
      'status',
      'standing',
      'percentile',
      'n_compared',
      'peer_median',
      'reason',
      'file',
      'sheet',
      'cell',
    ])
      expect(header!.split(',')).toContain(column);
    expect(first).toContain(",'=Nordväst,");
    expect(first).not.toContain(',=Nordväst');
  });

  it('says what is wrong in Swedish: unknown set, unit, mode', async () => {
    expect(
      (await cli('standings', '--workspace', workspace, '--unit', HOME, '--peers', 'finns-inte'))
        .err,
    ).toContain('Jämförelsegruppen finns-inte finns inte');
    expect((await cli('standings', '--workspace', workspace, '--unit', '9999')).err).toContain(
      'Enheten 9999 finns inte',
    );
    expect(
      (await cli('standings', '--workspace', workspace, '--unit', HOME, '--mode', 'bäst')).err,
    ).toContain('Okänt läge: bäst');
    expect((await cli('standings', '--workspace', workspace)).code).toBe(2);
  }, 180_000); // four CLI runs, each opening the workspace

  it('is in --help', async () => {
    expect((await cli('--help')).out).toContain('standings --workspace <fil> --unit <kommunkod>');
  });
});
