import { reportTexts } from '../../../shared/report/report-texts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutStanding } from '../../../shared/analysis/meta-analysis';
import { networkSummary } from '../../../shared/analysis/network';
import { resolvePeerSet, saveNamedPeerSet } from '../../../shared/analysis/peer-sets';
import type { Db } from '../../../shared/db/db';
import { areaLabel } from '../../../shared/model/areas';
import { openNodeDb } from '../../../shared/platform/node/duckdb-node';
import { buildNamndrapport } from '../../../shared/report/namndrapport';
import { reportToHtml } from '../../../shared/report/report-html';
import { networkCellText } from '../../../shared/report/report-sections';
import { loadDemoData } from '../../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../../shared/workspace/new-workspace';

/** The Nätverksrapport's table from the network cells: ▲ ● ▼, "utan läge" and each area's own years (issue 19 item 1). */
describe('network table in the report (demo workspace)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await loadDemoData(db);
    const group = await resolvePeerSet(db, '0184', { kind: 'kommungrupp', classification: 2023 });
    await saveNamedPeerSet(db, {
      peerSetId: 'natverk',
      name: 'Testnätverket',
      members: ['0184', ...group.members.slice(0, 5)],
      definition: {},
    });
  });
  afterAll(async () => db.close());

  it('each cell counts ▲ ● ▼ and utan läge as the network summary does, and the HTML prints them', async () => {
    const doc = await buildNamndrapport(db, {
      home: '0184',
      peers: { kind: 'named', peerSetId: 'natverk' },
      years: [2020, 2024],
      items: [{ kind: 'network', peerSetId: 'natverk' }],
    });
    const table = doc.network!;
    expect(table.rows).toHaveLength(6);
    const summary = await networkSummary(db, 'natverk', 2024);
    for (const row of summary) {
      const printed = table.rows.find((r) => r.name === row.name)!;
      for (const c of row.cells) {
        const cell = printed.cells[table.areas.indexOf(areaLabel(c.key, 'sv'))]!;
        expect(cell).toEqual({
          favourable: c.counts.favourable,
          middle: c.counts.middle,
          unfavourable: c.counts.unfavourable,
          without: withoutStanding(c.counts),
          years: c.years,
        });
      }
    }
    // The demo has indicators without a standing in the network too, so "utan läge" is printed somewhere.
    expect(table.rows.some((r) => r.cells.some((c) => (c.without ?? 0) > 0))).toBe(true);
    const html = reportToHtml(doc);
    for (const r of table.rows)
      for (const c of r.cells)
        expect(html).toContain(
          `<td>${networkCellText(c, table.year, reportTexts('sv', table.year))}</td>`,
        );
    expect(html).toContain('utan läge');
  });
});
