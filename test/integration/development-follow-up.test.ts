import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDevelopmentArea } from '../../shared/analysis/annotations';
import {
  followUpDevelopmentAreas,
  followUpText,
} from '../../shared/analysis/development-follow-up';
import { resolvePeerSet, saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

describe('utvecklingsområden followed up against the next year’s result (hand-computed)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    // Six kommuner; higher is better. Peers of 0114 hold 20, 30, 40, 50, 60 every year.
    // Home 0114: 2022 = 10 (below all five: p = 0 → ▼), 2023 = 45 (above 3 of 5: p = 0.6 → ●), 2024 = 44 (p = 0.6 → ●, lower value).
    const peers = ['0115', '0117', '0120', '0123', '0125'];
    const home: Record<number, number> = { 2022: 10, 2023: 45, 2024: 44 };
    for (const year of [2022, 2023, 2024]) {
      await db.exec(
        `INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES ('i${year}', 'missbruk', ${year}, 'Väntetid', 'percent', 'higher_better', 's1')`,
      );
      await db.exec(
        `INSERT INTO observation (indicator_id, unit_code, year, value_num, status) VALUES ('i${year}', '0114', ${year}, ${home[year]}, 'ok'), ${peers.map((p, i) => `('i${year}', '${p}', ${year}, ${20 + 10 * i}, 'ok')`).join(', ')}`,
      );
    }
    await saveNamedPeerSet(db, { peerSetId: 'g', name: 'Gruppen', members: peers, definition: {} });
    const area = (
      title: string,
      seriesId: string | null,
      decidedYear: number,
      followUpYear: number,
    ) =>
      addDevelopmentArea(db, {
        unitCode: '0114',
        seriesId,
        title,
        decidedYear,
        followUpYear,
        target: null,
        status: 'pågår',
        notes: null,
      });
    await area('Kortare väntetid', 's1', 2022, 2023);
    await area('Håll nivån', 's1', 2023, 2024);
    await area('Nästa år', 's1', 2024, 2025);
    await area('Utan indikator', null, 2023, 2024);
  });
  afterAll(async () => db.close());

  it('improved, worsened, pending and no series, with the text the nämnd reads', async () => {
    const peers = await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'g' });
    const result = await followUpDevelopmentAreas(db, '0114', peers);
    const byTitle = new Map(result.map((r) => [r.title, r]));
    expect(byTitle.get('Kortare väntetid')).toMatchObject({
      verdict: 'improved',
      baseline: { year: 2022, value: 10, standing: 'unfavourable' },
      result: { year: 2023, value: 45, standing: 'middle' },
    });
    // Same standing (●), lower value in a higher-is-better indicator.
    expect(byTitle.get('Håll nivån')).toMatchObject({
      verdict: 'worsened',
      baseline: { year: 2023 },
      result: { year: 2024, value: 44 },
    });
    expect(byTitle.get('Nästa år')).toMatchObject({ verdict: 'pending', result: null });
    expect(byTitle.get('Utan indikator')?.verdict).toBe('no_series');
    const num = (x: number) => String(x).replace('.', ',');
    expect(followUpText(byTitle.get('Kortare väntetid')!, num)).toBe(
      '2022 ▼ 10 → 2023 ● 45: förbättrat',
    );
    expect(followUpText(byTitle.get('Nästa år')!, num)).toBe('2024 ● 44: inget nytt resultat ännu');
  });
});
