import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWithNetwork } from '../helpers/demo-network';
import { APP_VERSION } from '../../shared/app-info';
import type { Db } from '../../shared/db/db';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { buildNamndrapport } from '../../shared/report/namndrapport';
import {
  listReports,
  loadReport,
  parseReportItems,
  saveReport,
  type ReportDefinition,
} from '../../shared/report/report-definition';
import { reportToDocx } from '../../shared/report/report-docx';
import { reportToHtml } from '../../shared/report/report-html';
import { reportToPptx } from '../../shared/report/report-pptx';
import { readWorkspace, writeWorkspace } from '../../shared/workspace/workspace-file';

describe('a composed report: pinned parts, headings, free text, templates', () => {
  let db: Db;
  const definition: ReportDefinition = {
    reportId: 'r1',
    name: 'Nätverksrapport hösten 2024',
    template: 'natverksrapport',
    home: '0184',
    peers: { kind: 'named', peerSetId: 'fou' },
    years: [2023, 2024],
    items: [
      { kind: 'heading', text: 'Så här läser vi resultaten' },
      {
        kind: 'text',
        text: 'Vi har valt att prioritera hemtjänsten.\n\nResultaten diskuteras i nätverket i november.',
      },
      { kind: 'indicator', seriesId: 'aldreomsorg:ald01' },
      { kind: 'network', peerSetId: 'fou' },
      { kind: 'meta' },
    ],
  };
  beforeAll(async () => {
    db = await demoWithNetwork();
    await saveReport(db, definition);
  });
  afterAll(async () => db.close());

  it('is saved in the workspace file and comes back identical in a fresh engine', async () => {
    const bytes = await writeWorkspace(db, APP_VERSION);
    const other = await openNodeDb();
    try {
      await readWorkspace(other, bytes);
      expect(await listReports(other)).toEqual([
        { reportId: 'r1', name: 'Nätverksrapport hösten 2024', template: 'natverksrapport' },
      ]);
      // Saving pinned the group's version (issue 19 item 6): the report keeps version 1's members.
      expect(await loadReport(other, 'r1')).toEqual({
        ...definition,
        peers: { kind: 'named', peerSetId: 'fou', version: 1 },
        items: definition.items.map((i) => (i.kind === 'network' ? { ...i, version: 1 } : i)),
      });
    } finally {
      await other.close();
    }
  });

  it('renders the parts in the composed order in every format, from the data', async () => {
    const saved = (await loadReport(db, 'r1'))!;
    const doc = await buildNamndrapport(db, {
      home: saved.home,
      peers: saved.peers,
      items: saved.items,
      years: saved.years!,
    });
    expect(doc.network?.rows.map((r) => r.name)).toEqual([
      'Ekerö',
      'Järfälla',
      'Sigtuna',
      'Sollentuna',
      'Solna',
      'Sundbyberg',
      'Upplands Väsby',
      'Upplands-Bro',
    ]);
    const html = reportToHtml(doc);
    const body0 = html.slice(html.indexOf('</nav>')); // after the table of contents
    const order = [
      'Så här läser vi resultaten',
      'Vi har valt att prioritera hemtjänsten.',
      'Genomförandeplan finns för brukare i hemtjänst',
      'FoU Nordväst (version 1) 2024: varje kommun mot nätverket',
      'Metaanalys 2024',
    ].map((t) => body0.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const body = strFromU8(unzipSync(await reportToDocx(doc))['word/document.xml']!);
    expect(body).toContain('>Resultaten diskuteras i nätverket i november.<');
    expect((body.match(/<w:tr>/g) ?? []).length).toBeGreaterThan(8);
    const slides = unzipSync(await reportToPptx(doc));
    // Cover, heading, text, the pinned indicator, the network table, the metaanalys, the sources (Källor).
    expect(Object.keys(slides).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(
      7,
    );
    expect(strFromU8(slides['ppt/slides/slide7.xml']!)).toContain('<a:t>Källor</a:t>');
    expect(strFromU8(slides['ppt/slides/slide5.xml']!)).toContain('Upplands-Bro');
  });

  it('refuses a damaged or foreign definition instead of guessing', () => {
    expect(() => parseReportItems([{ kind: 'script', text: 'x' }])).toThrow(
      'Okänd del i rapporten: script',
    );
    expect(() => parseReportItems({ kind: 'meta' })).toThrow('skadat');
    expect(() => parseReportItems([{ kind: 'heading' }])).toThrow('saknar text');
    expect(parseReportItems([{ kind: 'meta', extra: 1 }])).toEqual([{ kind: 'meta' }]);
  });
});
