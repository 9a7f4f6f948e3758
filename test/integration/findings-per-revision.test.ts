import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnnotation, allStanceNotes, stanceNotesFor } from '../../shared/analysis/annotations';
import {
  PEER_UNITS_SQL,
  resolvePeerSet,
  resolvePeerSetFrom,
  type PeerSetSpec,
  type PeerUnitRow,
} from '../../shared/analysis/peer-sets';
import { runCommand } from '../../shared/app/commands';
import type { FindingsChoice } from '../../shared/app/findings';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { loadDemoData } from '../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * Översikt answers a hemkommun never shown before without a database query (issue 21): the
 * built-in comparison sets and the stances come from what was read once per data revision. Both
 * must give exactly what the queries per hemkommun give.
 */
const BUILT_INS: PeerSetSpec[] = [
  { kind: 'all' },
  { kind: 'lan' },
  { kind: 'kommungrupp', classification: 2023 },
  { kind: 'kommungrupp', classification: 2017 },
];

/** The built-in sets as SQL states them (the queries resolvePeerSet ran before): the reference. */
async function bySql(db: Db, home: string, spec: PeerSetSpec): Promise<string[]> {
  const column =
    spec.kind === 'lan'
      ? 'lan_code'
      : spec.kind === 'kommungrupp'
        ? `kommungrupp_${spec.classification}`
        : null;
  const rows = await db.query<{ unit_code: string }>(
    column === null
      ? "SELECT unit_code FROM unit WHERE level = 'kommun' AND unit_code <> ? ORDER BY unit_code"
      : `SELECT unit_code FROM unit WHERE level = 'kommun' AND unit_code <> ? AND ${column} = (SELECT ${column} FROM unit WHERE unit_code = ?) ORDER BY unit_code`,
    column === null ? [home] : [home, home],
  );
  return rows.map((r) => r.unit_code);
}

describe('Översikt from what is read once per data revision', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await loadDemoData(db, { years: [2022, 2023, 2024] });
    // A kommun outside every kommungrupp 2017 (as a kommun formed after 2017 would be).
    await db.exec("UPDATE unit SET kommungrupp_2017 = NULL WHERE unit_code = '0114'");
  });
  afterAll(async () => db.close());

  it('gives every home every built-in set as the SQL per home does: kommuner, a län, riket, a kommun without kommungrupp', async () => {
    const units = await db.query<PeerUnitRow>(PEER_UNITS_SQL, ['']);
    const homes = (
      await db.query<{ unit_code: string }>('SELECT unit_code FROM unit ORDER BY unit_code')
    ).map((r) => r.unit_code);
    expect(homes).toContain('01');
    expect(homes).toContain('00');
    expect(units.filter((u) => u.level === 'kommun')).toHaveLength(290);
    for (const home of homes)
      for (const spec of BUILT_INS) {
        const expected = await bySql(db, home, spec);
        expect((await resolvePeerSetFrom(db, units, home, spec)).members, `${home}`).toEqual(
          expected,
        );
        expect((await resolvePeerSet(db, home, spec)).members).toEqual(expected);
      }
    // The hand-checked edges: no fellows in a kommungrupp it is not in; a län has no län of its own here.
    expect(
      (await resolvePeerSetFrom(db, units, '0114', { kind: 'kommungrupp', classification: 2017 }))
        .members,
    ).toEqual([]);
    expect((await resolvePeerSetFrom(db, units, '0114', { kind: 'all' })).members).toHaveLength(
      289,
    );
  });

  it('groups every unit’s stances as stanceNotesFor lists them, ties in the same order', async () => {
    const note = (unitCode: string, seriesId: string, year: number | null, stance: string) =>
      addAnnotation(db, {
        unitCode,
        seriesId,
        year,
        text: `${unitCode} ${seriesId}`,
        carryForward: true,
        stance: stance as 'atgard_pagar',
      });
    const series = (
      await db.query<{ series_id: string }>(
        'SELECT DISTINCT series_id FROM indicator WHERE series_id IS NOT NULL ORDER BY 1 LIMIT 3',
      )
    ).map((r) => r.series_id);
    await note('0180', series[0]!, 2024, 'atgard_pagar');
    await note('0180', series[1]!, 2024, 'prioriterat_bort');
    await note('0180', series[2]!, null, 'atgard_pagar');
    await note('1480', series[0]!, 2023, 'prioriterat_bort');
    await addAnnotation(db, {
      unitCode: '1480',
      seriesId: series[1]!,
      year: 2024,
      text: 'Utan ställningstagande.',
      carryForward: false,
    });
    // Same year and time stamp: the tie is broken the same way in both.
    await db.exec('UPDATE annotation SET updated_at = (SELECT min(updated_at) FROM annotation)');
    const all = await allStanceNotes(db);
    expect([...all.keys()].sort()).toEqual(['0180', '1480']);
    for (const unit of ['0180', '1480', '2480'])
      expect(all.get(unit) ?? []).toEqual(await stanceNotesFor(db, unit));
    expect(all.get('0180')).toHaveLength(3);
    expect(all.get('1480')).toHaveLength(1);
  });

  it('answers findings.overview with a revision exactly as without one (every query per home), and re-reads after the revision moves', async () => {
    const choice = (home: string, peers: PeerSetSpec): FindingsChoice => ({
      home,
      peers,
      from: 2022,
      to: 2024,
      mode: 'relative',
      rows: 'area',
    });
    for (const home of ['0180', '1480', '2480', '0114'])
      for (const peers of BUILT_INS) {
        const fresh = await runCommand({ db }, 'findings.overview', {
          choice: choice(home, peers),
        });
        const kept = await runCommand({ db }, 'findings.overview', {
          choice: choice(home, peers),
          revision: 1,
        });
        expect(kept).toEqual(fresh);
      }
    const before = await runCommand({ db }, 'findings.overview', {
      choice: choice('2480', { kind: 'all' }),
      revision: 1,
    });
    expect(before.stances).toEqual([]);
    const [red] = before.reds.unexplained.length > 0 ? before.reds.unexplained : [];
    const seriesId =
      red?.seriesId ??
      (await db.query<{ s: string }>('SELECT min(series_id) AS s FROM indicator'))[0]!.s;
    await addAnnotation(db, {
      unitCode: '2480',
      seriesId,
      year: 2024,
      text: 'Åtgärd pågår.',
      carryForward: true,
      stance: 'atgard_pagar',
    });
    // The app moves its revision after every change of data (notes included).
    const after = await runCommand({ db }, 'findings.overview', {
      choice: choice('2480', { kind: 'all' }),
      revision: 2,
    });
    expect(after.stances.map((s) => [s.seriesId, s.stance])).toEqual([[seriesId, 'atgard_pagar']]);
  });
});
