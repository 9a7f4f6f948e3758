import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  resolvePeerSet,
  saveNamedPeerSet,
  type PeerSetSpec,
} from '../../shared/analysis/peer-sets';
import { createStandingsCache } from '../../shared/analysis/standings-cache';
import {
  lookupStandings,
  refreshStandingsIndex,
  type BuildStats,
  type StandingsIndex,
} from '../../shared/analysis/standings-precomputed';
import {
  computeStandings,
  type StandingRow,
  type StandingsQuery,
} from '../../shared/analysis/standings-query';
import type { Db } from '../../shared/db/db';
import { generateDemoDataset } from '../../shared/demo/demo-dataset';
import { commitImport, removeSource } from '../../shared/import/commit-import';
import { parseImportFile } from '../../shared/import/import-file';
import { setSeriesSetting } from '../../shared/import/series-settings';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { workbookUnitOrder, writeOjWorkbook } from '../fixtures/oj-workbook-writer';

/**
 * Issue 21 item 1: the precomputed standings (a lookup per hemkommun) give
 * exactly what `computeStandings` (the on-the-fly reference) gives — for
 * every home, every built-in comparison set and a saved set, on the fixture
 * corpus and on a real file; after an import, a supersession and a removal
 * (the index refreshed incrementally); and through the standings cache the
 * views use.
 */

const REAL = path.resolve(__dirname, '../../../shared/data/real');
/** Real Kolada export: 26 kommuner of Stockholms län and a group row, 16 KPIs 1998–2020 (7 443 values). */
const REAL_FILE = 'kolada/kolada_stockholms_lan_16kpi_1998-2020.xlsx';

const BUILT_IN: readonly PeerSetSpec[] = [
  { kind: 'all' },
  { kind: 'lan' },
  { kind: 'kommungrupp', classification: 2023 },
  { kind: 'kommungrupp', classification: 2017 },
];
/** Kommuner from several län, and one län row: the home is in it for some homes, not for others. */
const SAVED_SET = ['0114', '0180', '0184', '0380', '1280', '1480', '2480', '0117', '01'];

const FIELDS = ['standing', 'percentile', 'n', 'peerMedian', 'reason'] as const;

/** Deep equality with Object.is for values (0 and −0 differ) and the same keys (an undefined key counts). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** The blocking engine never yields: give the test runner's messages a turn now and then. */
const breathe = () => new Promise((resolve) => setImmediate(resolve));

type Mismatch = { label: string; field: string; reference: unknown; precomputed: unknown };

/** The first difference between two answers, field by field (the named ones first), or null. */
function firstDifference(
  label: string,
  reference: readonly StandingRow[],
  precomputed: readonly StandingRow[] | null,
): Mismatch | null {
  if (!precomputed)
    return { label, field: '(declined)', reference: reference.length, precomputed: null };
  if (reference.length !== precomputed.length)
    return {
      label,
      field: 'rows',
      reference: reference.length,
      precomputed: precomputed.length,
    };
  for (let i = 0; i < reference.length; i++) {
    const a = reference[i]!;
    const b = precomputed[i]!;
    const where = `${label} ${a.indicatorId}`;
    for (const f of FIELDS)
      if (!Object.is(a[f], b[f]))
        return { label: where, field: f, reference: a[f], precomputed: b[f] };
    if (!same(a, b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      const field = [...keys].find(
        (k) => !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      );
      return {
        label: where,
        field: field ?? '(structure)',
        reference: field && (a as Record<string, unknown>)[field],
        precomputed: field && (b as Record<string, unknown>)[field],
      };
    }
  }
  return null;
}

const SAVED: PeerSetSpec = { kind: 'named', peerSetId: 'saved' };

/** Every kommun with a value (or the homes given) × the sets: the reference and the lookup. */
async function compareEveryHome(
  db: Db,
  index: StandingsIndex,
  extra: Partial<StandingsQuery> = {},
  homes?: readonly string[],
  specs: readonly PeerSetSpec[] = [...BUILT_IN, SAVED],
): Promise<{ mismatches: Mismatch[]; compared: number; rows: number }> {
  const units =
    homes ??
    (
      await db.query<{ u: string }>(
        `SELECT DISTINCT o.unit_code AS u FROM current_observation o JOIN unit USING (unit_code)
         WHERE unit.level = 'kommun' ORDER BY 1`,
      )
    ).map((r) => r.u);
  const mismatches: Mismatch[] = [];
  let compared = 0;
  let rows = 0;
  for (const home of units) {
    await breathe();
    for (const spec of specs) {
      const q: StandingsQuery = { home, peers: await resolvePeerSet(db, home, spec), ...extra };
      const reference = await computeStandings(db, q);
      const found = firstDifference(`${home} ${q.peers.id}`, reference, lookupStandings(index, q));
      if (found) mismatches.push(found);
      compared += 1;
      rows += reference.length;
    }
  }
  return { mismatches, compared, rows };
}

async function importFile(db: Db, name: string, bytes: Uint8Array) {
  return commitImport(db, await parseImportFile(name, bytes));
}

const demo = generateDemoDataset({ years: [2023, 2024] });
const demoUnits = workbookUnitOrder(demo.units);
const missbruk = demo.publications.filter((p) => p.file.area === 'missbruk');

describe('precomputed standings = computeStandings, every home (issue 21 item 1)', () => {
  describe('on the fixture corpus (the demo workbooks of missbruk 2023–2024, imported)', () => {
    let db: Db;
    let index: StandingsIndex;
    beforeAll(async () => {
      db = await openNodeDb();
      await initNewWorkspace(db);
      for (const p of missbruk)
        await importFile(db, p.file.fileName, await writeOjWorkbook(p, demoUnits));
      await saveNamedPeerSet(db, {
        peerSetId: 'saved',
        name: 'Sparad grupp',
        members: SAVED_SET,
        definition: {},
      });
      index = await refreshStandingsIndex(db, null);
    }, 120_000);
    afterAll(async () => db.close());

    it('gives the same rows for every home kommun against every built-in set and a saved set', async () => {
      const { mismatches, compared, rows } = await compareEveryHome(db, index);
      expect(mismatches.slice(0, 5)).toEqual([]);
      expect(compared).toBe(290 * 5);
      expect(rows).toBeGreaterThan(25_000);
    }, 180_000);

    it('gives the same rows for other colour modes, year ranges, areas and series', async () => {
      const [someSeries] = await db.query<{ s: string }>(
        "SELECT series_id AS s FROM current_indicator WHERE kind <> 'yesno' ORDER BY 1 LIMIT 1",
      );
      const [someIndicator] = await db.query<{ i: string }>(
        'SELECT indicator_id AS i FROM current_indicator WHERE series_id = ? ORDER BY 1 LIMIT 1',
        [someSeries!.s],
      );
      // Riket and a län as homes too (not kommuner: the built-in sets do not hold them).
      const homes = ['0180', '00', '01'];
      for (const extra of [
        { mode: 'official' },
        { mode: 'absolute', thresholds: { [someIndicator!.i]: 60 } },
        { years: [2024, 2024] },
        { years: [2020, 2023.7] },
        { areas: ['missbruk'] },
        { areas: ['aldreomsorg'] },
        { seriesIds: [someSeries!.s] },
        { seriesIds: [] },
      ] as Partial<StandingsQuery>[]) {
        const { mismatches } = await compareEveryHome(db, index, extra, homes, [
          { kind: 'all' },
          SAVED,
        ]);
        expect(mismatches.slice(0, 3), JSON.stringify(extra)).toEqual([]);
      }
    }, 120_000);

    it('answers a comparison set that is none of the precomputed ones (filtered on the spot)', async () => {
      const peers = await resolvePeerSet(db, '0180', { kind: 'all' });
      for (const members of [peers.members.slice(0, 40), peers.members.slice(3, 7), [], ['0184']]) {
        const q = { home: '0180', peers: { ...peers, id: 'adhoc', members } };
        expect(
          firstDifference('adhoc', await computeStandings(db, q), lookupStandings(index, q)),
        ).toBeNull();
      }
    });
  });

  describe(`on a real file: ${REAL_FILE}`, () => {
    let db: Db;
    let index: StandingsIndex;
    beforeAll(async () => {
      db = await openNodeDb();
      await initNewWorkspace(db);
      await importFile(db, path.basename(REAL_FILE), readFileSync(path.join(REAL, REAL_FILE)));
      await saveNamedPeerSet(db, {
        peerSetId: 'saved',
        name: 'Sparad grupp',
        members: ['0114', '0180', '0184', '0127', '0136', '0162', '0186', '0380'],
        definition: {},
      });
      // Kolada gives no direction: the user sets one per series (alternately), so there are ranks to compare.
      const series = await db.query<{ s: string }>(
        'SELECT DISTINCT series_id AS s FROM indicator WHERE series_id IS NOT NULL ORDER BY 1',
      );
      for (const [i, { s }] of series.entries())
        if (i % 4 !== 3)
          await setSeriesSetting(db, s, {
            direction: i % 2 === 0 ? 'higher_better' : 'lower_better',
          });
      index = await refreshStandingsIndex(db, null);
    }, 120_000);
    afterAll(async () => db.close());

    it('gives the same rows for every home against every built-in set and a saved set', async () => {
      const { mismatches, compared, rows } = await compareEveryHome(db, index);
      expect(mismatches.slice(0, 5)).toEqual([]);
      expect(compared).toBe(26 * 5);
      expect(rows).toBeGreaterThan(10_000);
      // The file's group row ("Stockholms läns kommuner (ovägt medel)") as a home, too.
      const others = await db.query<{ u: string }>(
        `SELECT DISTINCT o.unit_code AS u FROM current_observation o JOIN unit USING (unit_code)
         WHERE unit.level <> 'kommun' ORDER BY 1`,
      );
      expect(others).toHaveLength(1);
      const group = await compareEveryHome(
        db,
        index,
        {},
        others.map((r) => r.u),
      );
      expect(group.mismatches).toEqual([]);
    }, 120_000);

    it('picks up a changed direction without reading the observations again', async () => {
      const [{ s } = { s: '' }] = await db.query<{ s: string }>(
        'SELECT series_id AS s FROM indicator WHERE series_id IS NOT NULL ORDER BY 1 LIMIT 1',
      );
      await setSeriesSetting(db, s, { direction: 'lower_better' });
      const stats: BuildStats = { blocksRead: 0, rowsRead: 0, passes: 0, regrouped: false };
      const next = await refreshStandingsIndex(db, index, { stats });
      expect(stats.blocksRead).toBe(0);
      const { mismatches } = await compareEveryHome(db, next, {}, ['0180', '0114']);
      expect(mismatches).toEqual([]);
    });
  });

  describe('after imports, a newer download and a removal (refreshed, not rebuilt)', () => {
    let db: Db;
    afterAll(async () => db.close());

    it('reads only the changed indicator-years and still answers as the reference', async () => {
      db = await openNodeDb();
      await initNewWorkspace(db);
      const [first, ...rest] = missbruk;
      await importFile(db, first!.file.fileName, await writeOjWorkbook(first!, demoUnits));
      await saveNamedPeerSet(db, {
        peerSetId: 'saved',
        name: 'Sparad grupp',
        members: SAVED_SET,
        definition: {},
      });
      let index = await refreshStandingsIndex(db, null);
      const homes = ['0114', '1280', '00'];
      const refresh = async () => {
        const stats: BuildStats = { blocksRead: 0, rowsRead: 0, passes: 0, regrouped: false };
        index = await refreshStandingsIndex(db, index, { stats });
        return stats;
      };
      const check = async () =>
        expect((await compareEveryHome(db, index, {}, homes)).mismatches).toEqual([]);

      // Another year's file: only its indicator-years are read.
      const before = index.blocks.size;
      for (const p of rest)
        await importFile(db, p.file.fileName, await writeOjWorkbook(p, demoUnits));
      expect((await refresh()).blocksRead).toBe(index.blocks.size - before);
      await check();

      // A newer download of the same publication (other values): it supersedes the older file.
      const newer = generateDemoDataset({ years: [2023, 2024], seed: 7 }).publications.find(
        (p) => p.file.fileId === first!.file.fileId,
      )!;
      await importFile(db, `ny-${first!.file.fileName}`, await writeOjWorkbook(newer, demoUnits));
      const superseded = await refresh();
      expect(superseded.blocksRead).toBeGreaterThan(0);
      expect(superseded.blocksRead).toBeLessThan(index.blocks.size);
      await check();

      // A saved set edited: regrouped in memory, nothing read.
      await saveNamedPeerSet(db, {
        peerSetId: 'saved',
        name: 'Sparad grupp',
        members: SAVED_SET.slice(2),
        definition: {},
      });
      const edited = await refresh();
      expect(edited).toMatchObject({ blocksRead: 0, regrouped: true });
      await check();

      // The newer file removed: the older one counts again.
      const [newest] = await db.query<{ f: string }>(
        'SELECT file_id AS f FROM source_file ORDER BY imported_at DESC LIMIT 1',
      );
      await removeSource(db, newest!.f);
      expect((await refresh()).blocksRead).toBeGreaterThan(0);
      await check();
    }, 180_000);
  });

  describe('edge cases, hand-built', () => {
    let db: Db;
    let index: StandingsIndex;
    const KOMMUNER = ['0114', '0115', '0117', '0120', '0123', '0125', '0126', '0127', '0128'];
    beforeAll(async () => {
      db = await openNodeDb();
      await initNewWorkspace(db);
      await db.exec(`INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES
        ('ties', 'a', 2024, 'Lika värden', 'percent', 'higher_better', 's1'),
        ('ki', 'a', 2024, 'Med KI och n', 'percent', 'lower_better', 's2'),
        ('none', 'a', 2024, 'Ingen riktning', 'rate', 'none', 's3'),
        ('yn', 'a', 2024, 'Ja/nej', 'yesno', 'higher_better', 's4'),
        ('dup', 'a', 2024, 'Två rader för en kommun', 'percent', 'higher_better', 's5'),
        ('mixed', 'a', 2024, 'Värde från ett annat år', 'percent', 'higher_better', 's6'),
        ('few', 'a', 2024, 'Få värden', 'percent', 'higher_better', 's7')`);
      const rows: string[] = [];
      const add = (
        id: string,
        u: string,
        v: number | null,
        status = 'ok',
        extra: { n?: number; lo?: number; hi?: number; year?: number; text?: string } = {},
      ) =>
        rows.push(
          `('${id}', '${u}', ${extra.year ?? 2024}, ${v}, ${extra.text ? `'${extra.text}'` : 'NULL'}, '${status}', ${extra.n ?? 'NULL'}, ${extra.lo ?? 'NULL'}, ${extra.hi ?? 'NULL'}, 'f${id}', 'Blad 1', 'C${rows.length + 2}')`,
        );
      KOMMUNER.forEach((u, i) => {
        add('ties', u, [50, 50, 40, 50, 60, 40, 70, 50, 50][i]!);
        add('ki', u, 10 + i * 3, i === 4 ? 'sekretess' : 'ok', {
          n: 20 + i * 7,
          lo: 5 + i * 3,
          hi: 16 + i * 3,
        });
        add('none', u, i * 1.5);
        add('yn', u, i % 3 === 0 ? 0 : 1, 'ok', { text: i % 3 === 0 ? 'Nej' : 'Ja' });
        add('dup', u, i * 2);
        add('mixed', u, i, 'ok', { year: i === 2 ? 2023 : 2024 });
        if (i < 4) add('few', u, i);
      });
      add('dup', '0115', 99);
      add('ties', '00', 51);
      add('ki', '00', null, 'ej_publicerat');
      add('ties', '9999', 45); // a unit the reference data does not know
      await db.exec(
        `INSERT INTO observation (indicator_id, unit_code, year, value_num, value_text, status, n, ci_low, ci_high, file_id, sheet, cell) VALUES ${rows.join(', ')}`,
      );
      await saveNamedPeerSet(db, {
        peerSetId: 'saved',
        name: 'Sparad grupp',
        members: KOMMUNER.slice(0, 6),
        definition: {},
      });
      index = await refreshStandingsIndex(db, null);
    });
    afterAll(async () => db.close());

    it('answers ties, KI ends, n, Ja/Nej, no direction and few comparators as the reference', async () => {
      const q = async (home: string) => ({
        home,
        peers: { ...(await resolvePeerSet(db, home, { kind: 'named', peerSetId: 'saved' })) },
      });
      const ids = new Set(['ties', 'ki', 'none', 'yn', 'few']);
      for (const home of KOMMUNER.filter((u) => u !== '0115')) {
        const query = await q(home);
        const reference = await computeStandings(db, query);
        expect(reference.some((r) => ids.has(r.indicatorId))).toBe(true);
        expect(firstDifference(home, reference, lookupStandings(index, query))).toBeNull();
      }
    });

    it('declines what it cannot promise: a home with two rows, an unknown unit, another year asked for', async () => {
      const dupHome = { home: '0115', peers: await resolvePeerSet(db, '0115', { kind: 'all' }) };
      expect(lookupStandings(index, dupHome)).toBeNull();
      const unknown = { home: '9999', peers: await resolvePeerSet(db, '9999', { kind: 'all' }) };
      expect(lookupStandings(index, unknown)).toBeNull();
      const home = { home: '0114', peers: await resolvePeerSet(db, '0114', { kind: 'lan' }) };
      expect(lookupStandings(index, home)).not.toBeNull();
      expect(lookupStandings(index, { ...home, years: [2024, 2024] })).toBeNull();
      // Declined → the cache asks the reference: the same answer either way.
      const cache = createStandingsCache();
      await cache.indexer(db).whenReady(1);
      expect(await cache.standings(db, 1, dupHome)).toEqual(await computeStandings(db, dupHome));
      expect(cache.lookedUp()).toBe(0);
    });
  });

  describe('the standings cache (what Översikt, Område and Avvikare read)', () => {
    let db: Db;
    afterAll(async () => db.close());

    it('answers from the index once it is built, the reference before, the same rows either way', async () => {
      db = await openNodeDb();
      await initNewWorkspace(db);
      await importFile(
        db,
        missbruk[0]!.file.fileName,
        await writeOjWorkbook(missbruk[0]!, demoUnits),
      );
      const cache = createStandingsCache();
      const query = async (home: string) => ({
        home,
        peers: await resolvePeerSet(db, home, { kind: 'kommungrupp', classification: 2023 }),
        years: [2023, 2024] as const,
      });
      // Nothing built yet: the reference answers (and the index is built meanwhile).
      const first = await cache.standings(db, 1, await query('0180'));
      expect(first).toEqual(await computeStandings(db, await query('0180')));
      expect(cache.lookedUp()).toBe(0);
      await cache.indexer(db).whenReady(1);
      for (const home of ['0114', '1280', '2480']) {
        const q = await query(home);
        expect(await cache.standings(db, 1, q)).toEqual(await computeStandings(db, q));
      }
      expect(cache.lookedUp()).toBe(3);
      // A new revision with the same data: the index is still current (one fingerprint query).
      const again = await query('0380');
      expect(await cache.standings(db, 2, again)).toEqual(await computeStandings(db, again));
      expect(cache.lookedUp()).toBe(4);
      // A small import: the refresh is awaited and the answer includes the new file.
      await importFile(
        db,
        missbruk[1]!.file.fileName,
        await writeOjWorkbook(missbruk[1]!, demoUnits),
      );
      const after = await query('0480');
      const rows = await cache.standings(db, 3, after);
      expect(rows).toEqual(await computeStandings(db, after));
      expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2023, 2024]));
    }, 60_000);
  });
});
