import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../shared/app-info';
import { runCommand } from '../../shared/app/commands';
import {
  peerSetHistory,
  peerSetTitle,
  resolvePeerSet,
  saveNamedPeerSet,
} from '../../shared/analysis/peer-sets';
import type { Db } from '../../shared/db/db';
import { migrate } from '../../shared/db/schema';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { buildNamndrapport } from '../../shared/report/namndrapport';
import {
  loadReport,
  saveReport,
  type ReportDefinition,
} from '../../shared/report/report-definition';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { readWorkspace, writeWorkspace } from '../../shared/workspace/workspace-file';

/**
 * Issue 19 item 6: a saved set keeps every version with its members, and a
 * report definition names the version it was made with. Hand-computed, one
 * indicator (högt är bra), 2024, home 0114 = 50:
 * - version 1: 0115 10, 0117 20, 0120 30, 0123 40, 0125 45 → all five worse → p = 5/5 → gynnsamt, median 30
 * - version 2: 0126 60, 0127 70, 0128 75, 0136 80, 0138 90 → none worse → p = 0 → ogynnsamt, median 75
 */
const V1 = ['0114', '0115', '0117', '0120', '0123', '0125'];
const V2 = ['0114', '0126', '0127', '0128', '0136', '0138'];
const VALUES: Record<string, number> = {
  '0114': 50,
  '0115': 10,
  '0117': 20,
  '0120': 30,
  '0123': 40,
  '0125': 45,
  '0126': 60,
  '0127': 70,
  '0128': 75,
  '0136': 80,
  '0138': 90,
};

async function seed(db: Db): Promise<void> {
  await initNewWorkspace(db);
  await db.exec(`INSERT INTO indicator (indicator_id, area, year, title, kind, direction, series_id) VALUES
    ('a24', 'missbruk', 2024, 'Andel som fullföljt (%)', 'percent', 'higher_better', 'sa')`);
  await db.exec(
    "INSERT INTO series (series_id, area, label) VALUES ('sa', 'missbruk', 'Andel som fullföljt (%)')",
  );
  await db.exec(
    `INSERT INTO observation (indicator_id, unit_code, year, value_num, status) VALUES ${Object.entries(
      VALUES,
    )
      .map(([u, v]) => `('a24', '${u}', 2024, ${v}, 'ok')`)
      .join(', ')}`,
  );
}

const homeRow = (doc: Awaited<ReturnType<typeof buildNamndrapport>>) =>
  doc.standings.find((s) => s.indicatorId === 'a24')!;

describe('peer sets keep their history; a report names and reproduces its version', () => {
  let db: Db;
  let oldReport: ReportDefinition;
  beforeAll(async () => {
    db = await openNodeDb();
    await seed(db);
  });
  afterAll(async () => db.close());

  it('saving creates versions, keeps old members, and an unchanged save keeps the version', async () => {
    const save = (members: string[], name = 'Nätverk Nordväst') =>
      saveNamedPeerSet(db, { peerSetId: 'nv', name, members, definition: { why: 'nätverket' } });
    expect(await save(V1)).toBe(1);
    expect(await save([...V1].reverse())).toBe(1); // same members in another order: no new version
    oldReport = {
      reportId: 'r-old',
      name: 'Nätverksrapport 2024',
      template: 'natverksrapport',
      home: '0114',
      peers: { kind: 'named', peerSetId: 'nv' },
      years: [2024, 2024],
      items: [{ kind: 'network', peerSetId: 'nv' }, { kind: 'meta' }],
    };
    await saveReport(db, oldReport);
    expect(await save(V2)).toBe(2);
    const v1 = await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'nv', version: 1 });
    expect(v1).toEqual({
      id: 'nv',
      label: 'Nätverk Nordväst',
      version: 1,
      members: ['0115', '0117', '0120', '0123', '0125'],
    });
    const current = await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'nv' });
    expect(current.version).toBe(2);
    expect(current.members).toEqual(['0126', '0127', '0128', '0136', '0138']);
    expect(peerSetTitle(current)).toBe('Nätverk Nordväst, version 2');
    await expect(
      resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'nv', version: 7 }),
    ).rejects.toThrow('Jämförelsegruppen Nätverk Nordväst har ingen sparad version 7.');
  });

  it('the history says what each version added and removed, newest first', async () => {
    const history = await peerSetHistory(db, 'nv');
    expect(history.map((h) => [h.version, h.added, h.removed, h.first])).toEqual([
      [
        2,
        ['0126', '0127', '0128', '0136', '0138'],
        ['0115', '0117', '0120', '0123', '0125'],
        false,
      ],
      [1, V1, [], true],
    ]);
    expect(history[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('the report saved before the change pinned version 1 and still gives version 1’s numbers', async () => {
    const saved = (await loadReport(db, 'r-old'))!;
    expect(saved.peers).toEqual({ kind: 'named', peerSetId: 'nv', version: 1 });
    expect(saved.items[0]).toEqual({ kind: 'network', peerSetId: 'nv', version: 1 });
    const doc = await buildNamndrapport(db, {
      home: saved.home,
      peers: saved.peers,
      items: saved.items,
      years: saved.years!,
    });
    expect(doc.peerSet.version).toBe(1);
    expect(doc.methodLine).toContain('Jämförelsegrupp: Nätverk Nordväst (version 1, 5 kommuner)');
    expect(homeRow(doc)).toMatchObject({ standing: 'favourable', peerMedian: 30, n: 5 });
    // The network part: the members of version 1, named with the version.
    expect(doc.network?.name).toBe('Nätverk Nordväst (version 1)');
    expect(doc.network?.rows.map((r) => r.name)).toEqual([
      'Ekerö',
      'Järfälla',
      'Upplands Väsby',
      'Vallentuna',
      'Värmdö',
      'Österåker',
    ]);
  });

  it('a report defined now takes version 2 and its numbers', async () => {
    await saveReport(db, { ...oldReport, reportId: 'r-new' });
    const saved = (await loadReport(db, 'r-new'))!;
    expect(saved.peers).toEqual({ kind: 'named', peerSetId: 'nv', version: 2 });
    const doc = await buildNamndrapport(db, {
      home: saved.home,
      peers: saved.peers,
      items: saved.items,
      years: saved.years!,
    });
    expect(doc.methodLine).toContain('Jämförelsegrupp: Nätverk Nordväst (version 2, 5 kommuner)');
    expect(homeRow(doc)).toMatchObject({ standing: 'unfavourable', peerMedian: 75, n: 5 });
    expect(doc.network?.name).toBe('Nätverk Nordväst (version 2)');
  });

  it('the Jämförelsegrupper view’s commands: each set with the reports that use it and their versions', async () => {
    const [set] = await runCommand({ db }, 'peers.list', {});
    expect(set).toMatchObject({ id: 'nv', name: 'Nätverk Nordväst', version: 2, members: 6 });
    expect(set!.usedBy).toEqual([
      { reportId: 'r-old', name: 'Nätverksrapport 2024', version: 1 },
      { reportId: 'r-new', name: 'Nätverksrapport 2024', version: 2 },
    ]);
    const history = await runCommand({ db }, 'peers.history', { peerSetId: 'nv' });
    expect(history.map((h) => h.version)).toEqual([2, 1]);
  });

  it('the history travels with the workspace file', async () => {
    const other = await openNodeDb();
    try {
      await readWorkspace(other, await writeWorkspace(db, APP_VERSION));
      expect(await peerSetHistory(other, 'nv')).toEqual(await peerSetHistory(db, 'nv'));
      const v1 = await resolvePeerSet(other, '0114', {
        kind: 'named',
        peerSetId: 'nv',
        version: 1,
      });
      expect(v1.members).toEqual(['0115', '0117', '0120', '0123', '0125']);
    } finally {
      await other.close();
    }
  });
});

describe('schema 7: a workspace saved before peer-set history opens with its set as the first version kept', () => {
  /**
   * A file as a version-5 app wrote it: the tables that existed then, with a
   * set at version 3 whose older members were already lost.
   */
  async function oldFile(): Promise<Uint8Array> {
    const old = await openNodeDb();
    const empty = await openNodeDb();
    try {
      expect(await migrate(old, 5)).toBe(5);
      await old.exec(`INSERT INTO peer_set VALUES ('nv', 'Nätverk Nordväst', 'named', '{"why":"nätverket"}', 3,
        TIMESTAMP '2023-05-01 10:00:00', TIMESTAMP '2024-02-01 09:30:00')`);
      await old.exec("INSERT INTO peer_set_member VALUES ('nv', '0114'), ('nv', '0115')");
      await seed(empty);
      const files: Record<string, Uint8Array> = unzipSync(
        await writeWorkspace(empty, 'test', { formatVersion: 1 }),
      );
      const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
        schemaVersion: number;
        tables: Record<string, { rows: number; path: string }>;
      };
      const existing = new Set(
        (
          await old.query<{ table_name: string }>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'",
          )
        ).map((t) => t.table_name),
      );
      // The data of the tables that existed then (their columns have not changed since), then every table as the old app wrote it.
      for (const table of ['unit', 'series', 'indicator', 'observation'])
        await old.insertArrowIpc(table, files[manifest.tables[table]!.path]!);
      for (const [table, entry] of Object.entries(manifest.tables)) {
        if (!existing.has(table)) {
          delete files[entry.path];
          delete manifest.tables[table];
        } else {
          files[entry.path] = await old.queryArrowIpc(`SELECT * FROM ${table}`);
          const [count] = await old.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
          entry.rows = Number(count!.n);
        }
      }
      expect(manifest.tables['peer_set_version']).toBeUndefined();
      manifest.schemaVersion = 5;
      files['manifest.json'] = strToU8(JSON.stringify(manifest));
      return zipSync(files);
    } finally {
      await old.close();
      await empty.close();
    }
  }

  it('backfills version 3 with its members; saving again makes version 4 with what changed', async () => {
    const db = await openNodeDb();
    try {
      const manifest = await readWorkspace(db, await oldFile());
      expect(manifest.schemaVersion).toBe(5);
      const history = await peerSetHistory(db, 'nv');
      expect(history).toEqual([
        {
          version: 3,
          name: 'Nätverk Nordväst',
          createdAt: '2024-02-01 09:30',
          members: ['0114', '0115'],
          added: ['0114', '0115'],
          removed: [],
          first: true,
        },
      ]);
      expect(
        await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'nv', version: 3 }),
      ).toMatchObject({ version: 3, members: ['0115'] });
      expect(
        await saveNamedPeerSet(db, {
          peerSetId: 'nv',
          name: 'Nätverk Nordväst',
          members: ['0114', '0117'],
          definition: { why: 'nätverket' },
        }),
      ).toBe(4);
      const [latest] = await peerSetHistory(db, 'nv');
      expect(latest).toMatchObject({ version: 4, added: ['0117'], removed: ['0115'] });
      expect(
        (await resolvePeerSet(db, '0114', { kind: 'named', peerSetId: 'nv', version: 3 })).members,
      ).toEqual(['0115']);
    } finally {
      await db.close();
    }
  });
});
