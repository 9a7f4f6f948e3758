/**
 * Issue 19 item 2, test (b): `oj-analys standings` on an imported real
 * file — kolada/kolada_stockholms_lan_4kpi_2005-2019.xlsx (../shared/data/real,
 * a pristine Kolada export: 4 KPIs × 26 kommuner in Stockholms län ×
 * 2005–2019; 16 empty cells are read as ej publicerat, 15 of them in
 * 2019, Q55–Q79) — against an independent recomputation: SQL
 * written here, straight over the observation, indicator, unit and
 * peer_set_member tables, that follows DESIGN.md "Standing" word for word
 * (own status not ok → missing; n < 5 → insufficient; no direction →
 * no_direction; p = (#worse + ½·#equal) / n; p ≥ 2/3 favourable, p < 1/3
 * unfavourable). It shares no code with shared/analysis.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli';
import { saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import type { Db } from '../../shared/db/db';
import { setSeriesSetting } from '../../shared/import/series-settings';
import { openWorkspaceFile, saveWorkspaceFile } from '../../shared/platform/node/workspace-io';

const FILE = path.resolve(
  __dirname,
  '../../../shared/data/real/kolada/kolada_stockholms_lan_4kpi_2005-2019.xlsx',
);
/** Directions a controller would give these KPIs; "Invånare totalt" keeps none. */
const DIRECTIONS: Readonly<Record<string, 'higher_better' | 'lower_better'>> = {
  'Arbetslöshet 18-64 år, andel (%) av bef.': 'lower_better',
  'Invånare 16-64 år som är arbetslösa el. i konjunkturberoende program, andel av bef (%)':
    'lower_better',
  'Mediannettoinkomst, kr/inv 20+': 'higher_better',
};

type Independent = {
  indicator_id: string;
  year: number;
  status: string;
  value_num: number | null;
  standing: string;
  percentile: number | null;
  n_compared: number;
  peer_median: number | null;
};

/** The comparison set as SQL over unit/peer_set_member; never the home kommun. */
const PEERS = {
  lan: (home: string) =>
    `SELECT unit_code FROM unit WHERE level = 'kommun' AND unit_code <> '${home}' AND lan_code = (SELECT lan_code FROM unit WHERE unit_code = '${home}')`,
  alla: (home: string) =>
    `SELECT unit_code FROM unit WHERE level = 'kommun' AND unit_code <> '${home}'`,
  nordvast: (home: string) =>
    `SELECT unit_code FROM peer_set_member WHERE peer_set_id = 'nordvast' AND unit_code <> '${home}'`,
} as const;

function independentSql(home: string, peers: string): string {
  return `
    WITH home AS (
      SELECT indicator_id, year, status, value_num FROM observation WHERE unit_code = '${home}' AND period IS NULL
    ), comparators AS (
      SELECT o.indicator_id, o.value_num AS v FROM observation o
      WHERE o.unit_code IN (${peers}) AND o.status = 'ok' AND o.value_num IS NOT NULL AND o.period IS NULL
    ), counted AS (
      SELECT i.indicator_id, h.year, h.status, h.value_num, i.direction,
             count(c.v) AS n,
             count(c.v) FILTER (WHERE (i.direction = 'higher_better' AND c.v < h.value_num) OR (i.direction = 'lower_better' AND c.v > h.value_num)) AS worse,
             count(c.v) FILTER (WHERE c.v = h.value_num) AS equal,
             median(c.v) AS peer_median
      FROM indicator i JOIN home h USING (indicator_id) LEFT JOIN comparators c USING (indicator_id)
      GROUP BY ALL
    ), ranked AS (
      SELECT *, CASE WHEN status = 'ok' AND n >= 5 AND direction <> 'none' THEN (worse + equal / 2) / n END AS p FROM counted
    )
    SELECT indicator_id, year, status, value_num, n::INTEGER AS n_compared, peer_median, p AS percentile,
           CASE WHEN status <> 'ok' OR value_num IS NULL THEN 'missing'
                WHEN n < 5 THEN 'insufficient'
                WHEN direction = 'none' THEN 'no_direction'
                WHEN p >= 2 / 3 THEN 'favourable'
                WHEN p < 1 / 3 THEN 'unfavourable'
                ELSE 'middle' END AS standing
    FROM ranked ORDER BY indicator_id`;
}

describe('oj-analys standings matches an independent SQL recomputation on a real Kolada export', () => {
  let dir: string;
  let workspace: string;
  let db: Db;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'oj-standings-real-'));
    workspace = path.join(dir, 'kolada.ojanalys');
    const imported = await cli('import', '--workspace', workspace, FILE);
    expect(imported.code).toBe(0);
    const build = await openWorkspaceFile(workspace);
    const series = await build.query<{ series_id: string; title: string }>(
      'SELECT DISTINCT series_id, title FROM indicator',
    );
    expect(series.map((s) => s.title).sort()).toContain('Arbetslöshet 18-64 år, andel (%) av bef.');
    for (const s of series)
      if (DIRECTIONS[s.title])
        await setSeriesSetting(build, s.series_id, { direction: DIRECTIONS[s.title]! });
    // Eight north-west kommuner, as a network would save them (Solna, Sundbyberg, Järfälla, Sollentuna, Upplands Väsby, Upplands-Bro, Sigtuna, Danderyd)
    await saveNamedPeerSet(build, {
      peerSetId: 'nordvast',
      name: 'FoU Nordväst',
      members: ['0184', '0183', '0123', '0163', '0114', '0139', '0191', '0162'],
      definition: {},
    });
    await saveWorkspaceFile(build, workspace);
    await build.close();
    db = await openWorkspaceFile(workspace);
  }, 120_000);
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the file brings what the comparison needs: 26 kommuner, 4 KPIs, 15 years, 16 cells without a value', async () => {
    const [facts] = await db.query<{
      units: number;
      indicators: number;
      years: number;
      missing: number;
    }>(
      "SELECT count(DISTINCT unit_code)::INTEGER AS units, count(DISTINCT i.title)::INTEGER AS indicators, count(DISTINCT o.year)::INTEGER AS years, count(*) FILTER (WHERE o.status <> 'ok')::INTEGER AS missing FROM observation o JOIN indicator i USING (indicator_id)",
    );
    expect(facts).toEqual({ units: 26, indicators: 4, years: 15, missing: 16 });
  });

  it.each<[string, keyof typeof PEERS, string, string]>([
    ['0114', 'lan', 'lan', 'unfavourable'],
    ['0163', 'lan', 'lan', 'unfavourable'],
    ['0180', 'alla', 'alla', 'middle'],
    // 2019, arbetslösa 16–64: of Solna's seven comparators only 0123, 0114, 0139, 0191 have a value (Q in the file) → n = 4
    ['0184', 'nordvast', 'FoU Nordväst', 'insufficient'],
    // Ekerö's own 2019 cell Q57 is empty → missing
    ['0125', 'lan', 'lan', 'missing'],
  ])('unit %s, peers %s', async (home, peers, flag, mustHave) => {
    const r = await cli(
      'standings',
      '--workspace',
      workspace,
      '--unit',
      home,
      '--peers',
      flag,
      '--json',
    );
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Independent[];
    const expected = (await db.query<Independent>(independentSql(home, PEERS[peers](home)))).map(
      (e) => ({ ...e, year: Number(e.year) }),
    );
    expect(rows).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThanOrEqual(15 * 4 - 4);
    const byId = new Map(rows.map((x) => [x.indicator_id, x]));
    for (const e of expected) {
      const got = byId.get(e.indicator_id)!;
      expect({
        id: e.indicator_id,
        year: got.year,
        status: got.status,
        value: got.value_num,
        standing: got.standing,
        n: got.n_compared,
      }).toEqual({
        id: e.indicator_id,
        year: e.year,
        status: e.status,
        value: e.value_num,
        standing: e.standing,
        n: e.n_compared,
      });
      if (e.percentile === null) expect(got.percentile).toBeNull();
      else expect(got.percentile).toBeCloseTo(e.percentile, 12);
      if (e.peer_median === null) expect(got.peer_median).toBeNull();
      else expect(got.peer_median).toBeCloseTo(e.peer_median, 9);
    }
    // Not vacuous: ranked verdicts and the case named above are among the rows
    const kinds = new Set(rows.map((x) => x.standing));
    expect(kinds).toContain('no_direction');
    expect(kinds).toContain(mustHave);
    expect([...kinds].some((k) => ['favourable', 'middle', 'unfavourable'].includes(k))).toBe(true);
  });
});
