import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePeerSet, saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import { computeStandings, type StandingRow } from '../../shared/analysis/standings-query';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { standingsRows } from '../../shared/platform/node/cli/standings-command';

/**
 * Ja/Nej in context (issue 19 item 4), on a hand-built workspace. Home
 * Upplands Väsby (0114). Named set: 0115, 0117, 0120, 0123, 0125, 0127.
 *
 *            0114  0115  0117  0120  0123  0125  0127        0180 (outside the set)
 *   yNej      Nej   Nej   Nej   Nej   Ja    Nej   Nej (sekr)  Ja
 *   yJa       Ja    Nej   Nej   Nej   Ja    Nej   –           Nej
 *   yAlone    Nej   (no comparator has a value)
 *   ySekr     sekretess (home), the rest as yNej
 *   p         a percent indicator: no Ja/Nej context
 */
const JA = 1;
const NEJ = 0;
const rowsFor = (id: string, values: [string, number | null, string][]) =>
  values.map(([u, v, s], i) => `('${id}', '${u}', 2024, ${v}, '${s}', 'f1', 'Blad1', 'C${i + 5}')`);
const YNEJ: [string, number | null, string][] = [
  ['0114', NEJ, 'ok'],
  ['0115', NEJ, 'ok'],
  ['0117', NEJ, 'ok'],
  ['0120', NEJ, 'ok'],
  ['0123', JA, 'ok'],
  ['0125', NEJ, 'ok'],
  ['0127', NEJ, 'sekretess'],
  ['0180', JA, 'ok'],
];

describe('Ja/Nej in context on real DuckDB (hand-computed)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await db.exec(`INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES
      ('yNej', 'missbruk', 2024, 'Rutin finns', 'yesno', 'higher_better', 's1'),
      ('yJa', 'missbruk', 2024, 'Överenskommelse finns', 'yesno', 'higher_better', 's2'),
      ('yAlone', 'missbruk', 2024, 'Ny fråga', 'yesno', 'higher_better', 's3'),
      ('ySekr', 'missbruk', 2024, 'Samverkan finns', 'yesno', 'higher_better', 's4'),
      ('p', 'missbruk', 2024, 'Andel (%)', 'percent', 'higher_better', 's5')`);
    await db.exec(`INSERT INTO observation (indicator_id, unit_code, year, value_num, status, file_id, sheet, cell) VALUES
      ${[
        ...rowsFor('yNej', YNEJ),
        ...rowsFor('yJa', [
          ['0114', JA, 'ok'],
          ['0115', NEJ, 'ok'],
          ['0117', NEJ, 'ok'],
          ['0120', NEJ, 'ok'],
          ['0123', JA, 'ok'],
          ['0125', NEJ, 'ok'],
          ['0180', NEJ, 'ok'],
        ]),
        ...rowsFor('yAlone', [['0114', NEJ, 'ok']]),
        ...rowsFor(
          'ySekr',
          YNEJ.map(([u, v, s]) => (u === '0114' ? [u, null, 'sekretess'] : [u, v, s])),
        ),
        ...rowsFor(
          'p',
          YNEJ.map(([u, v, s]) => [u, v === null ? null : 50 + v, s]),
        ),
      ].join(', ')}`);
    await saveNamedPeerSet(db, {
      peerSetId: 'grupp',
      name: 'Testgrupp',
      members: ['0114', '0115', '0117', '0120', '0123', '0125', '0127'],
      definition: {},
    });
  });
  afterAll(async () => db.close());

  const byId = async (
    spec: Parameters<typeof resolvePeerSet>[2],
  ): Promise<Map<string, StandingRow>> => {
    const peers = await resolvePeerSet(db, '0114', spec);
    return new Map(
      (await computeStandings(db, { home: '0114', peers })).map((r) => [r.indicatorId, r]),
    );
  };

  it('a Nej: the share of the named group answering Nej too, the home and the suppressed member not counted', async () => {
    const rows = await byId({ kind: 'named', peerSetId: 'grupp' });
    // answering: 0115 Nej, 0117 Nej, 0120 Nej, 0123 Ja, 0125 Nej → 5; Nej 4 → 4/5
    expect(rows.get('yNej')).toMatchObject({
      standing: 'unfavourable',
      comparatorsWithAnswer: 5,
      sameAnswerShare: 0.8,
    });
  });

  it('a Ja: the share answering Ja too', async () => {
    const rows = await byId({ kind: 'named', peerSetId: 'grupp' });
    // answering: 0115 Nej, 0117 Nej, 0120 Nej, 0123 Ja, 0125 Nej → 5; Ja 1 → 1/5
    expect(rows.get('yJa')).toMatchObject({
      standing: 'favourable',
      comparatorsWithAnswer: 5,
      sameAnswerShare: 0.2,
    });
  });

  it('follows the comparison group: all kommuner adds 0180', async () => {
    const rows = await byId({ kind: 'all' });
    // yNej: 0115, 0117, 0120, 0125 Nej; 0123, 0180 Ja → 4/6. yJa: 0123 Ja among 6 → 1/6
    expect(rows.get('yNej')).toMatchObject({ comparatorsWithAnswer: 6, sameAnswerShare: 4 / 6 });
    expect(rows.get('yJa')).toMatchObject({ comparatorsWithAnswer: 6, sameAnswerShare: 1 / 6 });
  });

  it('no share without a comparator answer, without a home answer, or on a number', async () => {
    const rows = await byId({ kind: 'named', peerSetId: 'grupp' });
    expect(rows.get('yAlone')).toMatchObject({ comparatorsWithAnswer: 0, sameAnswerShare: null });
    expect(rows.get('ySekr')!.standing).toBe('missing');
    expect(rows.get('ySekr')!.sameAnswerShare).toBeUndefined();
    expect(rows.get('ySekr')!.comparatorsWithAnswer).toBeUndefined();
    expect(rows.get('p')!.sameAnswerShare).toBeUndefined();
  });

  it('oj-analys standings carries the same context in its own columns', async () => {
    const rows = await standingsRows(db, {
      positionals: ['standings'],
      options: { unit: '0114', peers: 'Testgrupp' },
    });
    const by = new Map(rows.map((r) => [r.indicator_id, r]));
    // The same hand counts as above: yNej 4 of 5 answer Nej, yJa 1 of 5 answer Ja.
    expect(by.get('yNej')).toMatchObject({ comparators_with_answer: 5, same_answer_share: 0.8 });
    expect(by.get('yJa')).toMatchObject({ comparators_with_answer: 5, same_answer_share: 0.2 });
    expect(by.get('p')).toMatchObject({ comparators_with_answer: null, same_answer_share: null });
  });
});
