import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnnotation, listAnnotations } from '../../shared/analysis/annotations';
import { saveNamedPeerSet } from '../../shared/analysis/peer-sets';
import { runCommand } from '../../shared/app/commands';
import type { Db } from '../../shared/db/db';
import { NetworkFileError } from '../../shared/network/network-file-error';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

/**
 * Issue 20 items 2–3 on real DuckDB: Solna writes a network interpretation,
 * a note with a stance and an utvecklingsområde for Nätverk Nordväst, exports
 * them as a nätverksfil; Sundbyberg's fresh workspace imports it (all new),
 * imports it again (all identical), and after both edit the interpretation,
 * Solna's second file is a conflict settled side by side.
 */
const NETWORK = { kind: 'network', peerSetId: 'ps-nordvast', name: 'Nätverk Nordväst' } as const;
const SOLNA = { unitCode: '0184', name: 'Solna' };

async function workspace(withNetwork: boolean): Promise<Db> {
  const db = await openNodeDb();
  await initNewWorkspace(db);
  if (withNetwork)
    await saveNamedPeerSet(db, {
      peerSetId: NETWORK.peerSetId,
      name: NETWORK.name,
      members: ['0184', '0183', '0163'],
      definition: { note: 'FoU Nordväst' },
    });
  return db;
}

describe('nätverksfil between two workspaces (real DuckDB)', () => {
  let solna: Db;
  let sundbyberg: Db;
  let file: { fileName: string; bytes: Uint8Array; items: number };
  beforeAll(async () => {
    solna = await workspace(true);
    sundbyberg = await workspace(false); // gets the network from the file
    await solna.exec(`
      INSERT INTO annotation (annotation_id, unit_code, series_id, year, text, carry_forward, stance, network_id, note_kind, author_unit, created_at, updated_at) VALUES
        ('a-tolk', '0184', 'missbruk:s1', 2024, 'Vi räknar samverkan som skriftlig överenskommelse.', true, NULL, 'ps-nordvast', 'interpretation', '0184', now()::TIMESTAMP, '2026-11-01 10:00:00'),
        ('a-rod', '0184', 'missbruk:s2', 2024, 'Vi har valt att prioritera andra saker.', true, 'prioriterat_bort', 'ps-nordvast', 'note', '0184', now()::TIMESTAMP, '2026-11-01 10:05:00'),
        ('a-egen', '0184', 'missbruk:s3', 2024, 'Bara för Solna.', true, NULL, NULL, 'note', '0184', now()::TIMESTAMP, '2026-11-01 10:06:00');
      INSERT INTO development_area (development_area_id, unit_code, title, decided_year, target, status, notes, network_id, author_unit, origin, created_at, updated_at) VALUES
        ('d-1', '0184', 'Gemensam rutin för samverkan', 2025, 'Ja 2026', 'proposed', 'Förslag från nätverksträffen', 'ps-nordvast', '0184', 'network_proposal', now()::TIMESTAMP, '2026-11-01 11:00:00');
      INSERT INTO development_area_series VALUES ('d-1', 'missbruk:s1', 0), ('d-1', 'missbruk:s2', 1);`);
    file = await runCommand({ db: solna }, 'network.exportFile', {
      scope: NETWORK,
      author: SOLNA,
      now: '2026-11-02T08:00:00.000Z',
    });
  });
  afterAll(async () => {
    await solna.close();
    await sundbyberg.close();
  });

  it('exports the network’s items only, not Solna’s own note', () => {
    expect(file.items).toBe(3);
    expect(file.fileName).toBe('natverk-nordvast-2026-11-02.ojnatverk');
    const text = new TextDecoder().decode(file.bytes);
    expect(text).not.toContain('Bara för Solna');
    expect(text).not.toMatch(/value_num|"value"/);
  });

  it('imports into a fresh workspace: everything new, with where it came from', async () => {
    const preview = await runCommand({ db: sundbyberg }, 'network.previewImport', file);
    expect(preview.author).toEqual(SOLNA);
    expect(preview.plan.added.map((i) => i.id).sort()).toEqual(['a-rod', 'a-tolk', 'd-1']);
    expect(preview.plan.conflicts).toEqual([]);
    const result = await runCommand({ db: sundbyberg }, 'network.applyImport', {
      ...file,
      choices: {},
      now: '2026-11-03T09:00:00.000Z',
    });
    expect(result).toEqual({ added: 3, replaced: 0, identical: 0, keptLocal: 0 });
    const members = await sundbyberg.query<{ unit_code: string }>(
      "SELECT unit_code FROM peer_set_member WHERE peer_set_id = 'ps-nordvast' ORDER BY unit_code",
    );
    expect(members.map((m) => m.unit_code)).toEqual(['0163', '0183', '0184']);
    const [note] = await sundbyberg.query<Record<string, unknown>>(
      "SELECT unit_code, stance, network_id, note_kind, author_unit, provenance FROM annotation WHERE annotation_id = 'a-rod'",
    );
    expect(note).toMatchObject({
      unit_code: '0184',
      stance: 'prioriterat_bort',
      network_id: 'ps-nordvast',
      note_kind: 'note',
      author_unit: '0184',
    });
    expect(JSON.parse(note!.provenance as string)).toMatchObject({
      authorUnitCode: '0184',
      fileCreatedAt: '2026-11-02T08:00:00.000Z',
      importedAt: '2026-11-03T09:00:00.000Z',
    });
    const series = await sundbyberg.query<{ series_id: string }>(
      "SELECT series_id FROM development_area_series WHERE development_area_id = 'd-1' ORDER BY position",
    );
    expect(series.map((s) => s.series_id)).toEqual(['missbruk:s1', 'missbruk:s2']);
  });

  it('the same file again changes nothing', async () => {
    const preview = await runCommand({ db: sundbyberg }, 'network.previewImport', file);
    expect(preview.plan.added).toEqual([]);
    expect(preview.plan.conflicts).toEqual([]);
    expect(preview.plan.identical).toHaveLength(3);
  });

  it('a conflicting edit is shown side by side and settled only as chosen', async () => {
    await sundbyberg.exec(
      "UPDATE annotation SET text = 'Sundbyberg: vi räknar även muntliga överenskommelser.' WHERE annotation_id = 'a-tolk'",
    );
    await solna.exec(
      "UPDATE annotation SET text = 'Solna: skriftlig överenskommelse, undertecknad.' WHERE annotation_id = 'a-tolk'",
    );
    const second = await runCommand({ db: solna }, 'network.exportFile', {
      scope: NETWORK,
      author: SOLNA,
      now: '2026-11-10T08:00:00.000Z',
    });
    const preview = await runCommand({ db: sundbyberg }, 'network.previewImport', second);
    expect(preview.plan.conflicts).toHaveLength(1);
    expect(preview.plan.conflicts[0]!.local.text).toMatch(/^Sundbyberg/);
    expect(preview.plan.conflicts[0]!.incoming.text).toMatch(/^Solna/);
    await expect(
      runCommand({ db: sundbyberg }, 'network.applyImport', { ...second, choices: {} }),
    ).rejects.toThrow(/Välj vad som ska gälla/);
    const result = await runCommand({ db: sundbyberg }, 'network.applyImport', {
      ...second,
      choices: { 'a-tolk': 'keep_both' },
    });
    expect(result).toEqual({ added: 1, replaced: 0, identical: 2, keptLocal: 0 });
    const texts = await sundbyberg.query<{ annotation_id: string; text: string }>(
      "SELECT annotation_id, text FROM annotation WHERE annotation_id LIKE 'a-tolk%' ORDER BY annotation_id",
    );
    expect(texts).toEqual([
      { annotation_id: 'a-tolk', text: 'Sundbyberg: vi räknar även muntliga överenskommelser.' },
      { annotation_id: 'a-tolk.0184', text: 'Solna: skriftlig överenskommelse, undertecknad.' },
    ]);
  });

  it('refuses a tampered file and writes nothing', async () => {
    const text = new TextDecoder()
      .decode(file.bytes)
      .replace('Vi har valt att prioritera andra saker.', 'Ändrad.');
    const before = await sundbyberg.query('SELECT count(*) AS n FROM annotation');
    await expect(
      runCommand({ db: sundbyberg }, 'network.applyImport', {
        fileName: file.fileName,
        bytes: new TextEncoder().encode(text),
        choices: {},
      }),
    ).rejects.toBeInstanceOf(NetworkFileError);
    expect(await sundbyberg.query('SELECT count(*) AS n FROM annotation')).toEqual(before);
  });

  it('shows a network note for every member, and not for others', async () => {
    const id = await addAnnotation(sundbyberg, {
      unitCode: '0183',
      seriesId: 'missbruk:s1',
      year: 2024,
      text: 'Så tolkar vi frågan i nätverket.',
      carryForward: true,
      networkId: NETWORK.peerSetId,
      noteKind: 'interpretation',
    });
    const forSolna = await listAnnotations(sundbyberg, '0184');
    expect(forSolna.find((n) => n.annotationId === id)).toMatchObject({
      networkId: 'ps-nordvast',
      networkName: 'Nätverk Nordväst',
      noteKind: 'interpretation',
      authorUnit: '0183',
    });
    expect((await listAnnotations(sundbyberg, '0163')).map((n) => n.annotationId)).toContain(id);
    expect((await listAnnotations(sundbyberg, '1480')).map((n) => n.annotationId)).not.toContain(
      id,
    );
  });
});
