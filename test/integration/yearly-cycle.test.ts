import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import { logReportExport, yearlyCycle, type YearlyCycle } from '../../shared/analysis/yearly-cycle';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * Hjulet (issue 20 item 5) on real DuckDB, hand-made. Göteborg (1480), year 2024:
 * - publication: missbruk and äldreomsorg 2024 are in, hemlöshet only 2023 → 2 of 3 areas: started;
 * - compilation: a Nätverksrapport up to 2024 → done; interpretation: one network interpretation 2024 → done;
 * - analysis: one note 2024, no stance → started; committee: nothing exported → not started, then done;
 * - decision: one utvecklingsområde decided 2024 → done; follow-up: the one decided 2022 has a 2023
 *   publication of its series → 1 of 1, done; evaluation: none written → not started.
 */
describe('Hjulet: the yearly cycle from the workspace (real DuckDB)', () => {
  let db: Db;
  let cycle: YearlyCycle;
  const station = (name: string) => cycle.stations.find((s) => s.station === name)!;

  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await saveNamedPeerSet(db, {
      peerSetId: 'ps-vast',
      name: 'Nätverk Väst',
      members: ['1480', '1401'],
      definition: {},
    });
    await db.exec(`
      INSERT INTO source_file (file_id, file_name, sha256, bytes, imported_at, area, year) VALUES
        ('f1', 'missbruk-2024.xlsx', 'a1', 1, now()::TIMESTAMP, 'missbruk', 2024),
        ('f2', 'aldre-2024.xlsx', 'a2', 1, now()::TIMESTAMP, 'aldreomsorg', 2024),
        ('f3', 'hemloshet-2023.xlsx', 'a3', 1, now()::TIMESTAMP, 'hemloshet', 2023);
      INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES
        ('i22', 'missbruk', 2022, 'Samverkan', 'yesno', 'higher_better', 's1'),
        ('i23', 'missbruk', 2023, 'Samverkan', 'yesno', 'higher_better', 's1');
      INSERT INTO report (report_id, name, template, definition, created_at, updated_at) VALUES
        ('r1', 'Nätverk Väst 2024', 'natverksrapport', '{"years":[2020,2024]}', now()::TIMESTAMP, now()::TIMESTAMP);
      INSERT INTO annotation (annotation_id, unit_code, series_id, year, text, carry_forward, network_id, note_kind, created_at, updated_at) VALUES
        ('a1', '1401', 's1', 2024, 'Så tolkar vi frågan.', true, 'ps-vast', 'interpretation', now()::TIMESTAMP, now()::TIMESTAMP),
        ('a2', '1480', 's1', 2024, 'Förklaring.', true, NULL, 'note', now()::TIMESTAMP, now()::TIMESTAMP);
      INSERT INTO development_area (development_area_id, unit_code, title, decided_year, status, created_at, updated_at) VALUES
        ('d0', '1480', 'Samverkan', 2022, 'in_progress', now()::TIMESTAMP, now()::TIMESTAMP),
        ('d1', '1480', 'Hemtjänstens kontinuitet', 2024, 'decided', now()::TIMESTAMP, now()::TIMESTAMP);
      INSERT INTO development_area_series VALUES ('d0', 's1', 0);`);
    cycle = await yearlyCycle(db, '1480', 2024);
  });
  afterAll(async () => db.close());

  it('derives every station’s state from what the workspace holds', () => {
    expect(cycle.stations.map((s) => [s.station, s.state])).toEqual([
      ['publication', 'started'],
      ['compilation', 'done'],
      ['interpretation', 'done'],
      ['analysis', 'started'],
      ['committee', 'not_started'],
      ['decision', 'done'],
      ['follow_up', 'done'],
      ['evaluation', 'not_started'],
    ]);
    expect(station('publication').facts).toEqual({ areas: 2, of: 3 });
    expect(station('analysis').facts).toEqual({ notes: 1, stances: 0 });
    expect(station('follow_up').facts).toEqual({ followed: 1, of: 1 });
  });

  it('counts a report export for the nämnd and a written evaluation', async () => {
    await logReportExport(db, {
      at: '2025-03-04T10:00:00.000Z',
      format: 'pptx',
      name: 'Nämndrapport.pptx',
      years: '2020–2024',
    });
    await db.exec(
      "INSERT INTO development_evaluation VALUES ('1480', 2024, 'Vi nådde målet för samverkan.', now()::TIMESTAMP, now()::TIMESTAMP)",
    );
    const again = await yearlyCycle(db, '1480', 2024);
    const states = Object.fromEntries(again.stations.map((s) => [s.station, s.state]));
    expect(states.committee).toBe('done');
    expect(states.evaluation).toBe('done');
  });
});
