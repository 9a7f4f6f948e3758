import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnnotation } from '../../../shared/analysis/annotations';
import type { Db } from '../../../shared/db/db';
import { areaLabel } from '../../../shared/model/areas';
import { openNodeDb } from '../../../shared/platform/node/duckdb-node';
import { buildNamndrapport } from '../../../shared/report/namndrapport';
import type { ReportDocument } from '../../../shared/report/report-document';
import { reportToDocx } from '../../../shared/report/report-docx';
import { reportToHtml } from '../../../shared/report/report-html';
import { reportToPptx } from '../../../shared/report/report-pptx';
import { reportToXlsx } from '../../../shared/report/report-xlsx';
import { loadDemoData } from '../../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../../shared/workspace/new-workspace';

const HEAD = ['Indikator', 'Läge', 'Ställningstagande', 'Anteckning', 'År'];
const unescapeXml = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" })[e]!,
  );
type Rows = string[][];

function fromHtml(html: string): Rows {
  const section = /<h2>Röda med ställningstagande<\/h2>([\s\S]*?)<\/section>/.exec(html)![1]!;
  return [...section.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => unescapeXml(c[1]!)),
  );
}

function fromDocx(files: Record<string, Uint8Array>): Rows {
  const body = strFromU8(files['word/document.xml']!);
  const at = [...body.matchAll(/<w:p>((?:(?!<\/w:p>)[\s\S])*)<\/w:p>/g)].find(
    (p) =>
      p[1]!.includes('<w:pStyle w:val="Heading1"/>') &&
      p[1]!.includes('>Röda med ställningstagande</w:t>'),
  )!;
  const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(body.slice(at.index))![1]!;
  return [...table.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
      unescapeXml([...c[1]!.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/g)].map((t) => t[1]).join('')),
    ),
  );
}

function fromPptx(files: Record<string, Uint8Array>): Rows {
  const slide = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .map((n) => strFromU8(files[n]!))
    .find((x) => x.includes('Röda med ställningstagande') && x.includes('<a:tbl>'))!;
  return [...slide.matchAll(/<a:tr[ >]([\s\S]*?)<\/a:tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<a:tc[ >]([\s\S]*?)<\/a:tc>/g)].map((c) =>
      unescapeXml([...c[1]!.matchAll(/<a:t>(.*?)<\/a:t>/g)].map((t) => t[1]).join('')),
    ),
  );
}

async function fromXlsx(bytes: Uint8Array): Promise<Rows> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const rows: Rows = [];
  wb.getWorksheet('Röda med ställningstagande')!.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map(String)),
  );
  // Område is a column of its own in the workbook; the other formats name the indicator only.
  expect(rows[0]![1]).toBe('Område');
  return rows.map((r) => [r[0]!, ...r.slice(2)]);
}

describe('"Röda med ställningstagande" in every format (demo workspace, Solna 2020–2024)', () => {
  let db: Db;
  let doc: ReportDocument;
  let expected: string[][];
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await loadDemoData(db);
    const input = {
      home: '0184',
      peers: { kind: 'kommungrupp', classification: 2023 } as const,
      years: [2020, 2024] as const,
    };
    // The standings as computed (not by the code under test): four 2024 reds and a 2024 green to write notes on.
    const before = await buildNamndrapport(db, input);
    const in2024 = (standing: string) =>
      before.standings.filter((r) => r.year === 2024 && r.standing === standing && r.seriesId);
    const [red1, red2, red3] = in2024('unfavourable');
    const [green] = in2024('favourable');
    expect(red3 && green).toBeTruthy();
    const note = (
      seriesId: string,
      year: number,
      stance: 'prioriterat_bort' | 'atgard_pagar' | 'metodbrist' | 'forklarat',
      carryForward: boolean,
      text: string,
    ) => addAnnotation(db, { unitCode: '0184', seriesId, year, text, carryForward, stance });
    // red1: written for 2024. red2: written for 2022 and carried forward. red3: 2023 only, so not in 2024.
    await note(
      red1!.seriesId!,
      2024,
      'prioriterat_bort',
      false,
      'Vi har valt att prioritera annat.',
    );
    await note(red2!.seriesId!, 2022, 'atgard_pagar', true, 'Ny rutin, beslut SN § 45.');
    await note(red3!.seriesId!, 2023, 'metodbrist', false, 'Gällde bara 2023.');
    // A stance on a green is no red with a stance.
    await note(green!.seriesId!, 2024, 'forklarat', false, 'Förklarat.');
    doc = await buildNamndrapport(db, input);
    // Worked out by hand from the notes above, ordered by area, then title.
    expected = [
      [
        red1!.title,
        '▼ Ogynnsamt',
        'Prioriterat bort',
        'Vi har valt att prioritera annat.',
        '2024',
        red1!.area,
      ],
      [
        red2!.title,
        '▼ Ogynnsamt',
        'Åtgärd pågår',
        'Ny rutin, beslut SN § 45. (anteckning från 2022)',
        '2024',
        red2!.area,
      ],
    ]
      .sort(
        (a, b) =>
          areaLabel(a[5]!, 'sv').localeCompare(areaLabel(b[5]!, 'sv'), 'sv') ||
          a[0]!.localeCompare(b[0]!, 'sv'),
      )
      .map((r) => r.slice(0, 5));
  });
  afterAll(async () => db.close());

  it('HTML (PDF), DOCX, PPTX and XLSX give the same rows: the two reds with a stance in 2024', async () => {
    const html = fromHtml(reportToHtml(doc));
    const docx = fromDocx(unzipSync(await reportToDocx(doc)));
    const pptx = fromPptx(unzipSync(await reportToPptx(doc)));
    const xlsx = await fromXlsx(reportToXlsx(doc));
    for (const rows of [html, docx, pptx, xlsx]) {
      expect(rows[0]).toEqual(HEAD);
      expect(rows.slice(1)).toEqual(expected);
    }
  });

  it('the legend counts the 2024 reds without a stance; the notes part names the stance', () => {
    const html = reportToHtml(doc);
    const reds2024 = doc.standings.filter((r) => r.year === 2024 && r.standing === 'unfavourable');
    // Every demo area publishes in 2024, so each red's latest year is 2024; two of them have a stance.
    expect(html).toContain(
      `${reds2024.length - 2} indikatorer med ogynnsamt läge saknar ställningstagande`,
    );
    expect(html).toContain('(2024) – Prioriterat bort:</strong> Vi har valt att prioritera annat.');
  });

  it('no part at all when no red has a stance', async () => {
    const other = await buildNamndrapport(db, {
      home: '0180',
      peers: { kind: 'all' },
      years: [2020, 2024],
    });
    expect(reportToHtml(other)).not.toContain('Röda med ställningstagande');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(reportToXlsx(other)) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Röda med ställningstagande')).toBeUndefined();
  });
});
