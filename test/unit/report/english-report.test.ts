import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../shared/db/db';
import { demoDb } from '../../helpers/node-db';
import { FOU_NORDVAST } from '../../helpers/demo-network';
import { runCommand } from '../../../shared/app/commands';
import { saveNamedPeerSet } from '../../../shared/analysis/peer-sets';
import { en } from '../../../shared/i18n/en';
import { sv } from '../../../shared/i18n/sv';
import { buildNamndrapport } from '../../../shared/report/namndrapport';
import type { ReportDocument } from '../../../shared/report/report-document';
import { reportToDocx } from '../../../shared/report/report-docx';
import { reportToHtml } from '../../../shared/report/report-html';
import { reportToPptx } from '../../../shared/report/report-pptx';
import { reportToXlsx } from '../../../shared/report/report-xlsx';

/**
 * Issue 18 item 2: a report exported in English is English below its
 * headings too — subtitle, method line, legends, column names, the
 * findings' sentences, chart texts, the XLSX's sheets and columns. The
 * data (kommun names, indicator titles as published, file and sheet names,
 * the förvaltning's own notes) is Swedish by nature and taken out first;
 * what is left must hold no Swedish word of the report's own.
 */

/** Words that only a Swedish sentence of the report's own would hold. */
const SWEDISH =
  /(?<!\p{L})(och|med|av|för|som|inte|eller|till|från|jämförd|jämfört|jämförelsegrupp\p{L}*|kommuner|kommunens|indikator(?:n|er|erna)?|läge|saknas|senaste|utan|varje|antal|källa|källor|blad|gynnsamt|ogynnsamt|mellan|riket|område|år|bättre|sämre|små tal|säkerställd|anteckning\p{L}*|framtagen|färger)(?!\p{L})/giu;

const unescapeXml = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" })[e]!,
  );

/** The text nodes of an Office file's XML parts (slides, notes, charts, the document). */
function officeText(bytes: Uint8Array, part: RegExp): string {
  const files = unzipSync(bytes);
  return Object.keys(files)
    .filter((n) => part.test(n))
    .map((n) =>
      [...strFromU8(files[n]!).matchAll(/<(?:a:t|w:t|c:v)(?: [^>]*)?>([^<]*)<|\bdescr="([^"]*)"/g)]
        .map((m) => unescapeXml(m[1] ?? m[2]!))
        .join('\n'),
    )
    .join('\n');
}

/** The document's data: everything Swedish that is not the report's own words, longest first. */
function dataStrings(doc: ReportDocument, extra: readonly string[] = []): string[] {
  return [
    ...extra,
    ...doc.standings.flatMap((r) => [r.title, r.sheet ?? '']),
    ...doc.notes.flatMap((n) => [n.text, n.indicator ?? '']),
    ...doc.sources.map((s) => s.fileName),
    ...doc.sources.flatMap((s) => (s.publisher ? [s.publisher] : [])),
    ...doc.peerNames,
    doc.home.name,
    // "Öppna jämförelser" is the publication's name, kept in English as the app does.
    'Öppna jämförelser',
  ]
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length);
}

function leftovers(text: string, doc: ReportDocument, extra: readonly string[] = []): string[] {
  let rest = text;
  for (const s of dataStrings(doc, extra)) rest = rest.split(s).join(' ');
  return [
    ...new Set(
      rest
        .split('\n')
        .filter((line) => SWEDISH.test(line) && (SWEDISH.lastIndex = 0) === 0)
        .map((line) => line.trim().slice(0, 160)),
    ),
  ];
}

describe('a report in English', () => {
  let db: Db;
  let doc: ReportDocument;

  beforeAll(async () => {
    db = await demoDb();
    const [series] = await db.query<{ series_id: string }>(
      'SELECT series_id FROM series ORDER BY series_id LIMIT 1',
    );
    doc = await buildNamndrapport(db, {
      home: '0184',
      peers: { kind: 'kommungrupp', classification: 2023 },
      years: [2020, 2024],
      lang: 'en',
      items: [
        { kind: 'meta' },
        { kind: 'metaTable' },
        { kind: 'outliers' },
        { kind: 'changes' },
        { kind: 'notes' },
        { kind: 'indicator', seriesId: series!.series_id },
      ],
    });
  });
  afterAll(async () => db.close());

  it('is built in English: title, method line, subtitle', () => {
    expect(doc.lang).toBe('en');
    expect(doc.methodLine).toMatch(
      /^Peer group: Same SKR group \(2023\) \(version 1, \d+ municipalities\)\. Colours: /,
    );
    expect(doc.methodLine).toContain(en['page.overview.caveat']);
    expect(doc.title).toBe(`Öppna jämförelser 2020–2024: ${doc.home.name}`);
  });

  it('HTML/PDF has no Swedish words of its own, below the headings too', () => {
    const html = unescapeXml(reportToHtml(doc))
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, '\n');
    expect(html).toContain('Peer group median');
    expect(leftovers(html, doc)).toEqual([]);
    expect(html).not.toMatch(/\d,\d(?!\d)/);
  });

  it('Word and PowerPoint (slides, notes, charts) have none either', async () => {
    const docx = officeText(await reportToDocx(doc), /^word\/(document|charts\/chart\d+)\.xml$/);
    const pptx = officeText(
      await reportToPptx(doc),
      /^ppt\/(slides\/slide|notesSlides\/notesSlide|charts\/chart)\d+\.xml$/,
    );
    expect(docx).toContain('No standing');
    expect(pptx).toContain('Number of indicators');
    // Charts' alt texts (descr) are read too.
    expect(pptx).toContain('Line chart');
    expect(leftovers(docx, doc)).toEqual([]);
    expect(leftovers(pptx, doc)).toEqual([]);
    // English numbers: a decimal point, never a Swedish decimal comma ("79,6").
    for (const text of [docx, pptx]) expect(text).not.toMatch(/\d,\d(?!\d)/);
  });

  it('Excel: English sheet and column names, English words in its cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(reportToXlsx(doc)) as unknown as ExcelJS.Buffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('Meta-analysis');
    expect(names).toContain('All standings');
    const cells: string[] = [];
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) =>
        (row.values as unknown[]).forEach((v) => {
          if (typeof v === 'string') cells.push(v);
        }),
      );
    expect(leftovers([...names, ...cells].join('\n'), doc)).toEqual([]);
  });

  it('uses no Swedish text of the report catalogue that has an English one', () => {
    const html = unescapeXml(reportToHtml(doc));
    const swedishOnly = Object.entries(sv).filter(
      ([key, text]) =>
        /^report(Text|Body|Xlsx)\./.test(key) &&
        text !== en[key as keyof typeof en] &&
        !text.includes('{') &&
        text.length >= 8,
    );
    expect(swedishOnly.length).toBeGreaterThan(50);
    expect(swedishOnly.filter(([, text]) => html.includes(text)).map(([key]) => key)).toEqual([]);
  });
});

describe('a report in English with utvecklingsområden, an evaluation and a network', () => {
  let db: Db;
  let doc: ReportDocument;
  /** Data of these parts: the utvecklingsområde's title and decider, the network's name, every kommun's name. */
  let extra: string[];

  beforeAll(async () => {
    db = await demoDb();
    await saveNamedPeerSet(db, {
      peerSetId: 'fou',
      name: 'FoU Nordväst',
      members: FOU_NORDVAST,
      definition: { why: 'nätverket' },
    });
    const ctx = { db };
    const scope = { home: '0184', peers: { kind: 'kommungrupp', classification: 2023 } } as const;
    const red = (await runCommand(ctx, 'development.candidates', scope)).find(
      (r) => r.year === 2024,
    )!;
    const id = await runCommand(ctx, 'development.create', {
      unitCode: '0184',
      title: red.label,
      originRef: { unitCode: '0184', seriesId: red.seriesId },
    });
    await runCommand(ctx, 'development.setStatus', {
      id,
      status: 'decided',
      decidedDate: '2023-04-20',
      decidedBy: 'Socialnämnden',
    });
    const names = await db.query<{ name: string }>('SELECT name FROM unit');
    extra = [red.label, 'Socialnämnden', 'FoU Nordväst', ...names.map((n) => n.name)];
    doc = await buildNamndrapport(db, {
      ...scope,
      years: [2020, 2024],
      lang: 'en',
      items: [
        { kind: 'developmentAreas' },
        { kind: 'evaluation', year: 2023 },
        { kind: 'network', peerSetId: 'fou' },
        { kind: 'networkProposals', peerSetId: 'fou', k: 2 },
      ],
    });
  });
  afterAll(async () => db.close());

  it('words these parts in English in HTML, Word, PowerPoint and Excel', async () => {
    const titles = Object.values(doc.developmentParts ?? {}).map((p) => p.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Development areas',
        'Evaluation 2023',
        'Shared reds: FoU Nordväst, version 1',
      ]),
    );
    const html = unescapeXml(reportToHtml(doc))
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, '\n');
    expect(html).toContain('At the decision');
    expect(leftovers(html, doc, extra)).toEqual([]);
    const docx = officeText(await reportToDocx(doc), /^word\/document\.xml$/);
    const pptx = officeText(
      await reportToPptx(doc),
      /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/,
    );
    expect(leftovers(docx, doc, extra)).toEqual([]);
    expect(leftovers(pptx, doc, extra)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(reportToXlsx(doc)) as unknown as ExcelJS.Buffer);
    const cells: string[] = wb.worksheets.map((w) => w.name);
    for (const sheet of wb.worksheets)
      sheet.eachRow((row) =>
        (row.values as unknown[]).forEach((v) => {
          if (typeof v === 'string') cells.push(v);
        }),
      );
    expect(leftovers(cells.join('\n'), doc, extra)).toEqual([]);
  });
});
