import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDevelopmentArea,
  saveEvaluationText,
} from '../../../shared/analysis/development-area-store';
import type { Db } from '../../../shared/db/db';
import { buildNamndrapport } from '../../../shared/report/namndrapport';
import { parseReportItems } from '../../../shared/report/report-definition';
import type { ReportDocument } from '../../../shared/report/report-document';
import { reportToDocx } from '../../../shared/report/report-docx';
import { reportToHtml } from '../../../shared/report/report-html';
import { reportToPptx } from '../../../shared/report/report-pptx';
import { reportBlocks } from '../../../shared/report/report-sections';
import { reportToXlsx } from '../../../shared/report/report-xlsx';
import { outlierWorkspace } from '../../helpers/outlier-workspace';

/** Every XML part of an Office file, as one text to search. */
const officeText = (bytes: Uint8Array) =>
  Object.entries(unzipSync(bytes))
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, data]) => strFromU8(data))
    .join('\n');

/**
 * The report parts "Utvecklingsområden" and "Utvärdering {år}" (issue 20
 * items 4 and 6) in every format. Workspace: 0114 lowest of six every year
 * 2021–2024 (▼), its own values 10, 11, 12, 13. Decided 2023-03-01 → then
 * 2023 ▼ 12, now 2024 ▼ 13: the same standing, a higher value on a
 * higher-is-better indicator → förbättrat.
 */
describe('utvecklingsområden and utvärdering as report parts', () => {
  let db: Db;
  let doc: ReportDocument;
  const expected = [
    'Utvecklingsområden',
    'Kortare väntetid till behandling',
    'Pågår',
    'Socialnämnden, 2023-03-01',
    'Missbruksenheten',
    '2023: ▼ 12',
    '2024: ▼ 13',
    'förbättrat',
    'Utvärdering 2023',
    'Beslutade 2023',
    'Indikatorerna sedan årets beslut: 1 förbättrade, 0 oförändrade, 0 försämrade, 0 utan nytt resultat, 0 går inte att jämföra.',
    'Vår utvärdering: Väntetiden har börjat gå ned.',
  ];
  beforeAll(async () => {
    db = await outlierWorkspace('Väntetid till behandling, andel (%)');
    await db.exec(
      "INSERT INTO series VALUES ('missbruk:vantetid', 'missbruk', 'Väntetid till behandling, andel (%)', 1, 'samma kod', false)",
    );
    await createDevelopmentArea(
      db,
      {
        unitCode: '0114',
        title: 'Kortare väntetid till behandling',
        originRef: { unitCode: '0114', seriesId: 'missbruk:vantetid' },
        status: 'in_progress',
        decidedDate: '2023-03-01',
        decidedBy: 'Socialnämnden',
        owner: 'Missbruksenheten',
        target: 'I nivå med gruppens median 2025',
      },
      '2024-06-01',
    );
    await saveEvaluationText(db, '0114', 2023, 'Väntetiden har börjat gå ned.');
    doc = await buildNamndrapport(db, {
      home: '0114',
      peers: { kind: 'named', peerSetId: 'test' },
      items: parseReportItems([
        { kind: 'meta' },
        { kind: 'developmentAreas' },
        { kind: 'evaluation', year: 2023 },
      ]),
    });
  });
  afterAll(async () => db.close());

  it('builds both parts in the composed order, with the follow-up per indicator', () => {
    const blocks = reportBlocks(doc).filter((b) => b.kind === 'development');
    expect(blocks.map((b) => b.kind === 'development' && b.part.title)).toEqual([
      'Utvecklingsområden',
      'Utvärdering 2023',
    ]);
    const areas = blocks[0]!.kind === 'development' ? blocks[0]!.part : null;
    expect(areas?.content[1]).toEqual({
      kind: 'table',
      caption: 'Uppföljning per indikator',
      header: ['Utvecklingsområde', 'Indikator', 'Vid beslutet', 'Senaste', 'Bedömning'],
      rows: [
        [
          'Kortare väntetid till behandling',
          'Väntetid till behandling, andel (%)',
          '2023: ▼ 12',
          '2024: ▼ 13',
          'förbättrat',
        ],
      ],
    });
  });

  it('appears in HTML (the PDF), DOCX, PPTX and XLSX in the same words', async () => {
    const html = reportToHtml(doc);
    const docx = officeText(await reportToDocx(doc));
    const pptx = officeText(await reportToPptx(doc));
    const xlsx = officeText(reportToXlsx(doc));
    for (const text of expected) {
      expect(html, `HTML: ${text}`).toContain(text);
      expect(docx, `DOCX: ${text}`).toContain(text);
      expect(pptx, `PPTX: ${text}`).toContain(text);
      expect(xlsx, `XLSX: ${text}`).toContain(text);
    }
    // Named in the HTML contents list, so the PDF reader finds them.
    expect(html).toContain('<a href="#del-1">Utvecklingsområden</a>');
    expect(html).toContain('<a href="#del-2">Utvärdering 2023</a>');
  });

  it('refuses a damaged evaluation year in a saved definition, and leaves the year out to mean the last', () => {
    expect(() => parseReportItems([{ kind: 'evaluation', year: 'förra' }])).toThrow(
      'Utvärderingen i rapporten har ett ogiltigt år.',
    );
    expect(parseReportItems([{ kind: 'evaluation' }])).toEqual([{ kind: 'evaluation' }]);
  });
});
