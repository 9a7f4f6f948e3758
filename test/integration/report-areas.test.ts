import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWithNetwork } from '../helpers/demo-network';
import { addAnnotation } from '../../shared/analysis/annotations';
import { createDevelopmentArea } from '../../shared/analysis/development-area-store';
import { runCommand } from '../../shared/app/commands';
import type { Db } from '../../shared/db/db';
import {
  loadReport,
  saveReport,
  templateAreas,
  templateItems,
  type ReportDefinition,
} from '../../shared/report/report-definition';
import { reportToDocx } from '../../shared/report/report-docx';
import { reportToHtml } from '../../shared/report/report-html';
import { reportToPptx } from '../../shared/report/report-pptx';
import { reportToXlsx } from '../../shared/report/report-xlsx';

/**
 * Issue 20 item 6: a report limited to one nämnd's areas. The exempeldata
 * has four areas (äldreomsorg, barn och unga, ekonomiskt bistånd, missbruk);
 * a report limited to two of them covers only those: its standings, its
 * metaanalys, the notes on their indicators (and the kommun-wide one), the
 * network table's columns and the utvecklingsområden on their indicators —
 * and says so in every format.
 */
describe('a report limited to a nämnd’s areas', () => {
  let db: Db;
  const scope = ['missbruk', 'barn_och_unga'];
  const definition: ReportDefinition = {
    reportId: 'ifo',
    name: 'Socialnämnden 2024',
    template: 'socialnamnd',
    home: '0184',
    peers: { kind: 'named', peerSetId: 'fou' },
    years: [2023, 2024],
    areas: scope,
    items: [
      { kind: 'network', peerSetId: 'fou' },
      { kind: 'networkProposals', peerSetId: 'fou', k: 1 },
      ...templateItems('socialnamnd', { kind: 'named', peerSetId: 'fou' }),
    ],
  };
  beforeAll(async () => {
    db = await demoWithNetwork();
    const note = (seriesId: string | null, text: string) =>
      addAnnotation(db, { unitCode: '0184', seriesId, year: 2024, text, carryForward: false });
    await note('missbruk:bak01', 'Missbruk: ny mottagning sedan mars.');
    await note('aldreomsorg:ald01', 'Äldreomsorg: hör till äldrenämnden.');
    await note(null, 'Hela kommunen: nytt verksamhetssystem.');
    await createDevelopmentArea(
      db,
      { unitCode: '0184', title: 'Tidigare stöd till unga', seriesIds: ['barn_och_unga:bak01'] },
      '2024-11-01',
    );
    await createDevelopmentArea(
      db,
      { unitCode: '0184', title: 'Fler besök i hemtjänsten', seriesIds: ['aldreomsorg:ald01'] },
      '2024-11-01',
    );
    await saveReport(db, definition);
  });
  afterAll(async () => db.close());

  const build = async () =>
    runCommand({ db }, 'reports.build', {
      source: { kind: 'saved', definition: (await loadReport(db, 'ifo'))! },
    });

  it('keeps its areas in the saved definition, and the templates start with theirs', async () => {
    expect((await loadReport(db, 'ifo'))!.areas).toEqual(scope);
    expect(templateAreas('socialnamnd')).toEqual([
      'missbruk',
      'barn_och_unga',
      'ekonomiskt_bistand',
      'brottsoffer',
      'hemloshet',
    ]);
    expect(templateAreas('aldrenamnd')).toEqual(['aldreomsorg']);
    expect(templateAreas('namndrapport')).toBeNull();
    expect(templateItems('utvardering', { kind: 'all' }).map((i) => i.kind)).toEqual([
      'evaluation',
      'developmentAreas',
      'changes',
    ]);
  });

  it('covers only the chosen areas: standings, metaanalys, notes, network table, utvecklingsområden', async () => {
    const doc = await build();
    expect(doc.areas).toEqual(scope);
    expect(doc.standings.length).toBeGreaterThan(0);
    expect(new Set(doc.standings.map((s) => s.area))).toEqual(new Set(scope));
    expect(new Set(doc.meta.map((c) => c.key))).toEqual(new Set(scope));
    expect(doc.notes.map((n) => n.text).sort()).toEqual([
      'Hela kommunen: nytt verksamhetssystem.',
      'Missbruk: ny mottagning sedan mars.',
    ]);
    expect(doc.network!.areas).toEqual(['Barn och unga', 'Missbruk och beroende']);
    const development = JSON.stringify(doc.developmentParts);
    expect(development).toContain('Tidigare stöd till unga');
    expect(development).not.toContain('Fler besök i hemtjänsten');
    expect(doc.methodLine).toContain('Avgränsad till Barn och unga, Missbruk och beroende');
    // The network's shared reds (k = 1: any member red), only in the report's areas.
    const proposals = Object.values(doc.developmentParts ?? {}).find((p) =>
      p.title.startsWith('Gemensamma röda'),
    )!;
    expect(proposals.title).toBe('Gemensamma röda: FoU Nordväst, version 1');
    const table = proposals.content.find((c) => c.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) {
      expect(['Barn och unga', 'Missbruk och beroende']).toContain(row[1]);
      expect(row[3]).toMatch(/^\d+ av 8: /);
    }
  });

  it('says what it is limited to in every format', async () => {
    const doc = await build();
    const phrase = 'Avgränsad till Barn och unga, Missbruk och beroende';
    expect(reportToHtml(doc)).toContain(phrase);
    const zipText = (bytes: Uint8Array) =>
      Object.entries(unzipSync(bytes))
        .filter(([name]) => name.endsWith('.xml'))
        .map(([, data]) => strFromU8(data))
        .join('\n');
    expect(zipText(await reportToDocx(doc))).toContain(phrase);
    expect(zipText(await reportToPptx(doc))).toContain(phrase);
    expect(zipText(reportToXlsx(doc))).toContain(phrase);
    expect(zipText(reportToXlsx(doc))).not.toContain('Fler besök i hemtjänsten');
    for (const text of [
      reportToHtml(doc),
      zipText(await reportToDocx(doc)),
      zipText(await reportToPptx(doc)),
      zipText(reportToXlsx(doc)),
    ])
      expect(text).toContain('Gemensamma röda: FoU Nordväst, version 1');
  });

  it('covers every area again when the limit is lifted, as a template without one does', async () => {
    const all = await runCommand({ db }, 'reports.build', {
      source: { kind: 'saved', definition: (await loadReport(db, 'ifo'))! },
      areas: null,
    });
    expect(all.areas).toBeUndefined();
    expect(new Set(all.standings.map((s) => s.area)).size).toBe(4);
    const aldre = await runCommand({ db }, 'reports.build', {
      source: {
        kind: 'template',
        template: 'aldrenamnd',
        home: '0184',
        peers: { kind: 'all' },
      },
      years: [2023, 2024],
    });
    expect(new Set(aldre.standings.map((s) => s.area))).toEqual(new Set(['aldreomsorg']));
  });

  it('says which of its areas have no values here instead of coming out silently empty', async () => {
    // The Socialnämnd (IFO) template covers five areas; the exempeldata has three of them.
    const ifo = await runCommand({ db }, 'reports.build', {
      source: { kind: 'template', template: 'socialnamnd', home: '0184', peers: { kind: 'all' } },
      years: [2023, 2024],
    });
    expect([...(ifo.areasWithoutData ?? [])].sort()).toEqual(['brottsoffer', 'hemloshet']);
    const phrase =
      'Inga värden 2023–2024 i arbetsytan för Brottsoffer och våld i nära relationer, Hemlöshet och utestängning från bostadsmarknaden';
    expect(ifo.methodLine).toContain(phrase);
    expect(reportToHtml(ifo)).toContain(phrase);
    // A limit to areas that all have values says nothing of the kind.
    expect((await build()).methodLine).not.toContain('Inga värden');
  });
});
