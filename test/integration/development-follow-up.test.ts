import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeDevelopmentArea,
  createDevelopmentArea,
  deleteDevelopmentArea,
  evaluationTexts,
  getDevelopmentArea,
  listDevelopmentAreas,
  saveEvaluationText,
  setDevelopmentStatus,
  updateDevelopmentArea,
} from '../../shared/analysis/development-area-store';
import {
  developmentEvaluation,
  evaluationYears,
} from '../../shared/analysis/development-evaluation';
import {
  followUpDevelopmentAreas,
  followUpText,
  type DevelopmentFollowUp,
} from '../../shared/analysis/development-follow-up';
import { resolvePeerSet, saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import type { ResolvedPeerSet } from '../../shared/analysis/peer-sets';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * Hand-computed follow-up of utvecklingsområden (issue 20 item 4) on real DuckDB.
 * Peers of 0114: 0115, 0117, 0120, 0123, 0125.
 * s1 "Väntetid", higher is better, every year; peers 20, 30, 40, 50, 60:
 *   2022 home 10: better than none → p = 0 → ▼; 2023 home 45: better than 20, 30, 40 → p = 3/5 = 0.6 → ●;
 *   2024 home 44: p = 0.6 → ● (a lower value).
 * s2 "Andel återaktualiserade", lower is better, every other year (2021, 2023); peers 20, 30, 40, 60, 70:
 *   2021 home 50: worse (higher) are 60, 70 → p = 2/5 = 0.4 → ●; 2023 home 25: worse are 30, 40, 60, 70 → p = 0.8 → ▲.
 * So s2's latest year is 2023 while s1's is 2024 (latest year per series).
 */
describe('utvecklingsområden: lifecycle in the workspace and follow-up (hand-computed)', () => {
  let db: Db;
  let peers: ResolvedPeerSet;
  const TODAY = '2025-03-20';
  const ids: Record<string, string> = {};
  const byTitle = (list: readonly DevelopmentFollowUp[], title: string) =>
    list.find((f) => f.title === title)!;
  const num = (x: number) => String(x).replace('.', ',');

  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    const members = ['0115', '0117', '0120', '0123', '0125'];
    const series = [
      {
        id: 's1',
        label: 'Väntetid',
        direction: 'higher_better',
        years: { 2022: 10, 2023: 45, 2024: 44 } as Record<number, number>,
        peers: [20, 30, 40, 50, 60],
      },
      {
        id: 's2',
        label: 'Andel återaktualiserade',
        direction: 'lower_better',
        years: { 2021: 50, 2023: 25 } as Record<number, number>,
        peers: [20, 30, 40, 60, 70],
      },
    ];
    for (const s of series) {
      await db.exec(
        `INSERT INTO series (series_id, area, label) VALUES ('${s.id}', 'missbruk', '${s.label}')`,
      );
      for (const [year, home] of Object.entries(s.years)) {
        const ind = `${s.id}-${year}`;
        await db.exec(
          `INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES ('${ind}', 'missbruk', ${year}, '${s.label}', 'percent', '${s.direction}', '${s.id}')`,
        );
        await db.exec(
          `INSERT INTO observation (indicator_id, unit_code, year, value_num, status) VALUES ('${ind}', '0114', ${year}, ${home}, 'ok'), ${members.map((m, i) => `('${ind}', '${m}', ${year}, ${s.peers[i]}, 'ok')`).join(', ')}`,
        );
      }
    }
    await saveNamedPeerSet(db, { peerSetId: 'g', name: 'Gruppen', members, definition: {} });
    peers = await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'g' });

    ids['A'] = await createDevelopmentArea(
      db,
      {
        unitCode: '0114',
        title: 'Kortare väntetid',
        originRef: { unitCode: '0114', seriesId: 's1' },
        seriesIds: ['s2'],
      },
      TODAY,
    );
    ids['B'] = await createDevelopmentArea(
      db,
      {
        unitCode: '0114',
        title: 'Håll nivån',
        seriesIds: ['s1'],
        status: 'in_progress',
        decidedYear: 2023,
      },
      TODAY,
    );
    ids['C'] = await createDevelopmentArea(
      db,
      {
        unitCode: '0114',
        title: 'Nästa år',
        seriesIds: ['s1', 's2'],
        status: 'decided',
        decidedDate: '2024-05-02',
      },
      TODAY,
    );
    ids['D'] = await createDevelopmentArea(
      db,
      { unitCode: '0114', title: 'Förslag', seriesIds: ['s2'] },
      TODAY,
    );
    ids['E'] = await createDevelopmentArea(
      db,
      { unitCode: '0114', title: 'Utan indikator', status: 'decided', decidedYear: 2023 },
      TODAY,
    );
  });
  afterAll(async () => db.close());

  it('creates from a finding, decides, starts and closes along the allowed moves', async () => {
    const a = await getDevelopmentArea(db, ids['A']!);
    expect(a).toMatchObject({
      status: 'proposed',
      origin: 'finding',
      seriesIds: ['s1', 's2'],
      originRef: { unitCode: '0114', seriesId: 's1' },
    });
    await expect(setDevelopmentStatus(db, a.id, 'in_progress', {}, TODAY)).rejects.toThrow(
      /föreslaget kan inte bli pågår direkt/,
    );
    await setDevelopmentStatus(
      db,
      a.id,
      'decided',
      { decidedDate: '2022-04-01', decidedBy: 'Socialnämnden' },
      TODAY,
    );
    await updateDevelopmentArea(db, a.id, { owner: 'IFO-chefen', followUpYear: 2023 }, TODAY);
    await setDevelopmentStatus(db, a.id, 'in_progress', {}, TODAY);
    await closeDevelopmentArea(
      db,
      a.id,
      { closedAt: '2023-11-30', closingNote: 'Väntetiden är nere på gruppens nivå.' },
      TODAY,
    );
    expect(await getDevelopmentArea(db, a.id)).toMatchObject({
      status: 'closed',
      decidedYear: 2022,
      decidedDate: '2022-04-01',
      decidedBy: 'Socialnämnden',
      owner: 'IFO-chefen',
      closedAt: '2023-11-30',
      closingNote: 'Väntetiden är nere på gruppens nivå.',
    });
    // The legacy column keeps the first series for older readers.
    expect(
      await db.query('SELECT series_id FROM development_area WHERE development_area_id = ?', [
        a.id,
      ]),
    ).toEqual([{ series_id: 's1' }]);
  });

  it('follows each indicator from the decision to its own latest year', async () => {
    const list = await followUpDevelopmentAreas(db, '0114', peers);
    const a = byTitle(list, 'Kortare väntetid');
    expect(a.indicators).toMatchObject([
      {
        seriesId: 's1',
        label: 'Väntetid',
        then: { year: 2022, value: 10, standing: 'unfavourable' },
        since: [
          { year: 2023, value: 45, standing: 'middle' },
          { year: 2024, value: 44, standing: 'middle' },
        ],
        now: { year: 2024, value: 44, standing: 'middle' },
        verdict: 'improved',
      },
      {
        seriesId: 's2',
        then: { year: 2021, value: 50, standing: 'middle' },
        since: [{ year: 2023, value: 25, standing: 'favourable' }],
        now: { year: 2023, value: 25, standing: 'favourable' },
        verdict: 'improved',
      },
    ]);
    expect(a.followUpDue).toBe(true);
    expect(followUpText(a.indicators[0]!, num)).toBe('2022 ▼ 10 → 2024 ● 44: förbättrat');
    expect(followUpText(a.indicators[1]!, num)).toBe('2021 ● 50 → 2023 ▲ 25: förbättrat');
    // Same standing ●, lower value on a higher-is-better indicator.
    expect(byTitle(list, 'Håll nivån').indicators[0]).toMatchObject({
      then: { year: 2023, value: 45 },
      now: { year: 2024, value: 44 },
      verdict: 'worsened',
    });
    const next = byTitle(list, 'Nästa år');
    expect(next.indicators.map((i) => i.verdict)).toEqual(['pending', 'pending']);
    expect(followUpText(next.indicators[0]!, num)).toBe('2024 ● 44: inget nytt resultat ännu');
    expect(followUpText(next.indicators[1]!, num)).toBe('2023 ▲ 25: inget nytt resultat ännu');
    expect(followUpText(byTitle(list, 'Förslag').indicators[0]!, num)).toBe(
      '2023 ▲ 25: inte beslutat ännu',
    );
    expect(followUpText(byTitle(list, 'Utan indikator'), num)).toBe('ingen indikator kopplad');
  });

  it('evaluates a year: decided, what happened, closed and still open', async () => {
    await saveEvaluationText(db, '0114', 2021, 'Inga beslut i år.');
    await saveEvaluationText(db, '0114', 2023, 'Väntetiden nådde målet; nivån höll inte.');
    const e2023 = await developmentEvaluation(db, '0114', peers, 2023);
    expect(e2023.decided.map((f) => f.title)).toEqual(['Håll nivån', 'Utan indikator']);
    expect(e2023.counts).toMatchObject({ worsened: 1, improved: 0, pending: 0 });
    expect(e2023.closed.map((f) => f.title)).toEqual(['Kortare väntetid']);
    // A proposal with no decision is open; C is decided only in 2024; A closed in 2023.
    expect(e2023.open.map((f) => f.title)).toEqual(['Förslag', 'Håll nivån', 'Utan indikator']);
    expect(e2023.text).toBe('Väntetiden nådde målet; nivån höll inte.');
    const e2022 = await developmentEvaluation(db, '0114', peers, 2022);
    expect(e2022.decided.map((f) => f.title)).toEqual(['Kortare väntetid']);
    expect(e2022.counts).toMatchObject({ improved: 2, worsened: 0 });
    // Closed only in 2023: still open at the end of 2022.
    expect(e2022.open.map((f) => f.title)).toEqual(['Förslag', 'Kortare väntetid']);
    expect(e2022.text).toBeNull();
    expect(
      evaluationYears(
        await listDevelopmentAreas(db, '0114'),
        (await evaluationTexts(db, '0114')).keys(),
      ),
    ).toEqual([2024, 2023, 2022, 2021]);
    await saveEvaluationText(db, '0114', 2021, '  ');
    expect([...(await evaluationTexts(db, '0114')).keys()]).toEqual([2023]);
  });

  it('deletes an utvecklingsområde with its series links', async () => {
    await deleteDevelopmentArea(db, ids['C']!);
    expect((await listDevelopmentAreas(db, '0114')).map((a) => a.title)).not.toContain('Nästa år');
    expect(
      await db.query(
        'SELECT count(*) AS n FROM development_area_series WHERE development_area_id = ?',
        [ids['C']!],
      ),
    ).toEqual([{ n: 0 }]);
  });
});
