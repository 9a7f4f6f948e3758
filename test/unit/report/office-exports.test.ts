import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAnnotation } from '../../../shared/analysis/annotations';
import type { Db } from '../../../shared/db/db';
import { buildNamndrapport } from '../../../shared/report/namndrapport';
import type { ReportDocument } from '../../../shared/report/report-document';
import { reportToDocx } from '../../../shared/report/report-docx';
import { reportToPptx } from '../../../shared/report/report-pptx';
import { crc32, Raster } from '../../../shared/report/png-chart';
import { outlierWorkspace } from '../../helpers/outlier-workspace';

const files = (bytes: Uint8Array) => unzipSync(bytes);
const xml = (all: Record<string, Uint8Array>, name: string) => strFromU8(all[name]!);
const named = (all: Record<string, Uint8Array>, re: RegExp) =>
  Object.keys(all)
    .filter((n) => re.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('PPTX and DOCX of the Nämndrapport, read from the outside', () => {
  let db: Db;
  let doc: ReportDocument;
  beforeAll(async () => {
    db = await outlierWorkspace('Väntetid till behandling, andel (%)');
    await db.exec(
      "INSERT INTO series VALUES ('missbruk:vantetid', 'missbruk', 'Väntetid till behandling, andel (%)', 1, 'samma kod', false)",
    );
    await addAnnotation(db, {
      unitCode: '0114',
      seriesId: 'missbruk:vantetid',
      year: 2024,
      text: 'Ny rutin införd hösten 2024 (SN § 45).',
      carryForward: true,
    });
    doc = await buildNamndrapport(db, {
      home: '0114',
      peers: { kind: 'named', peerSetId: 'test' },
    });
  });
  afterAll(async () => db.close());

  it('PPTX: 16:9, one finding per slide, native charts and tables, a short source reference on the slide and the full source in its notes', async () => {
    const all = files(await reportToPptx(doc));
    expect(xml(all, 'ppt/presentation.xml')).toMatch(/<p:sldSz cx="9144000" cy="5143500"/);
    const slides = named(all, /^ppt\/slides\/slide\d+\.xml$/);
    // Cover, metaanalys chart, area × year table, the one outlier, changes, notes, sources.
    expect(slides).toHaveLength(7);
    expect(xml(all, slides[0]!)).toContain('Öppna jämförelser 2021–2024: Upplands Väsby');
    const outlier = xml(all, slides[3]!);
    expect(outlier).toContain('Väntetid till behandling, andel (%)');
    expect(outlier).toContain('Ogynnsamt läge 4 av de 4 senaste åren med värde (2021–2024)');
    expect(outlier).toContain('2024: Upplands Väsby 13, median i jämförelsegruppen 43');
    // The slide names its source by number and cell; the file name is in the Källor slide and the notes.
    expect(outlier).toContain('Källa 1, blad Blad, cell C5.');
    expect(outlier).not.toContain('oj-missbruk.xlsx');
    expect(xml(all, slides[6]!)).toContain('<a:t>oj-missbruk.xlsx</a:t>');
    expect(xml(all, slides[2]!)).toContain('<a:tbl>');
    expect(xml(all, slides[2]!)).toContain('<a:t>▼ 1 av 1</a:t>');
    // Every paragraph's properties come first (PowerPoint repairs files where <a:pPr> follows a run).
    for (const slide of slides) expect(xml(all, slide), slide).not.toMatch(/<\/a:r><a:pPr/);
    const charts = named(all, /^ppt\/charts\/chart\d+\.xml$/).map((n) => xml(all, n));
    expect(
      charts.some((c) => c.includes('<c:barChart>') && c.includes('<c:grouping val="stacked"/>')),
    ).toBe(true);
    expect(charts.some((c) => c.includes('<c:lineChart>'))).toBe(true);
    const notes = named(all, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
    expect(notes).toHaveLength(slides.length);
    for (const n of notes)
      expect(xml(all, n)).toContain('Jämförelsegrupp: Testgruppen (version 1, 5 kommuner)');
    expect(xml(all, notes[3]!)).toContain('Källa: oj-missbruk.xlsx, blad Blad, cell C5.');
    expect(xml(all, notes[3]!)).toContain('Källa 1: oj-missbruk.xlsx – Socialstyrelsen');
    expect(xml(all, notes[5]!)).toContain('Ny rutin införd hösten 2024 (SN § 45).');
  });

  it('DOCX: headings, a table of contents, tables, native charts with alt text, page numbers, one source list', async () => {
    const all = files(await reportToDocx(doc));
    const body = xml(all, 'word/document.xml');
    for (const h of [
      'Metaanalys 2024',
      'Återkommande avvikare',
      'Största förändringar till 2024',
      'Förvaltningens kommentarer',
      'Om underlaget',
      'Källor',
    ])
      expect(body).toContain(`>${h}<`);
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(body).toContain('TOC \\h \\o');
    expect((body.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(body).toMatch(
      /<wp:docPr [^>]*descr="Staplat stapeldiagram, antal indikatorer per område, uppifrån: Missbruk och beroende: ▲ 0 ● 0 ▼ 1, 0 utan läge\."/,
    );
    expect(body).toContain(
      'Jämförelsegruppens kommuner: Ekerö, Järfälla, Vallentuna, Värmdö, Österåker.',
    );
    // The caveat under the title and in the method line of "Om underlaget": not after every part any more.
    expect((body.match(/inte ett absolut betyg/g) ?? []).length).toBe(2);
    // Charts are Word charts (vectors with their data), not pictures: the metaanalys bars and the outlier's trend.
    expect(named(all, /^word\/media\//)).toEqual([]);
    const charts = named(all, /^word\/charts\/chart\d+\.xml$/).map((n) => xml(all, n));
    expect(charts).toHaveLength(2);
    expect(
      charts.some((c) => c.includes('<c:barChart>') && c.includes('<c:grouping val="stacked"/>')),
    ).toBe(true);
    expect(charts.some((c) => c.includes('<c:lineChart>'))).toBe(true);
    const footers = named(all, /^word\/footer\d+\.xml$/)
      .map((n) => xml(all, n))
      .join('');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
  });
});

describe('the PNG chart raster', () => {
  it('writes a valid PNG whose pixels are the rectangles drawn (hand-checked)', () => {
    const r = new Raster(4, 2);
    r.rect(0, 0, 2, 2, [255, 0, 0]);
    const png = r.toPng();
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([4, 2]); // IHDR width, height
    expect(view.getUint32(29)).toBe(crc32(png.subarray(12, 29))); // IHDR CRC over type + data
    const idatLength = view.getUint32(33);
    const raw = unzlibSync(png.subarray(41, 41 + idatLength));
    // Each row: filter byte 0, then RGB × 4.
    expect([...raw]).toEqual([
      0, 255, 0, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 255, 0, 0, 255, 0, 0, 255, 255, 255,
      255, 255, 255,
    ]);
  });

  it('computes the CRC-32 of the PNG spec’s check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
