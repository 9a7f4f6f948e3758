import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { layoutDocument } from 'docx/layout';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorDetail } from '../../../shared/analysis/indicator-detail';
import type { StandingRow } from '../../../shared/analysis/standings-query';
import { HOME_COLOUR } from '../../../shared/charts/chart-palette';
import { trendFigure } from '../../../shared/charts/indicator-figures';
import type { Db } from '../../../shared/db/db';
import { openNodeDb } from '../../../shared/platform/node/duckdb-node';
import { loadReportFonts } from '../../../shared/platform/node/report-fonts-node';
import { buildNamndrapport } from '../../../shared/report/namndrapport';
import { templateItems } from '../../../shared/report/report-definition';
import type { ReportDocument } from '../../../shared/report/report-document';
import { docxDocument, reportToDocx } from '../../../shared/report/report-docx';
import type { ReportFontFiles } from '../../../shared/report/report-fonts';
import { reportToHtml } from '../../../shared/report/report-html';
import { reportToPptx } from '../../../shared/report/report-pptx';
import { reportToXlsx } from '../../../shared/report/report-xlsx';
import { loadDemoData } from '../../../shared/workspace/load-demo';
import { initNewWorkspace } from '../../../shared/workspace/new-workspace';

/**
 * Issue 17 items 4–5, read back from the files the real writers make for the
 * demo workspace (Solna against its kommungrupp, 2020–2024, the Bilaga
 * template). The demo has four areas × five years = 20 source files, listed
 * alphabetically: äldreomsorg 1–5, barn och unga 6–10, ekonomiskt bistånd
 * 11–15, missbruk 16–20, so the 2024 files are Källa 5, 10, 15 and 20.
 */
const FILES = ['aldreomsorg', 'barn-och-unga', 'ekonomiskt-bistand', 'missbruk'].flatMap((a) =>
  [2020, 2021, 2022, 2023, 2024].map((y) => `oj-${a}-${y}-exempel.xlsx`),
);
const count = (text: string, part: string) => text.split(part).length - 1;
const named = (all: Record<string, Uint8Array>, re: RegExp) =>
  Object.keys(all)
    .filter((n) => re.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const texts = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!);

describe('document craft of the exports (demo workspace, Solna 2020–2024)', () => {
  let db: Db;
  let doc: ReportDocument;
  let fonts: ReportFontFiles;
  let html: string;
  let pptx: Record<string, Uint8Array>;
  let docx: Record<string, Uint8Array>;
  beforeAll(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    await loadDemoData(db);
    const peers = { kind: 'kommungrupp', classification: 2023 } as const;
    doc = await buildNamndrapport(db, {
      home: '0184',
      peers,
      years: [2020, 2024],
      items: templateItems('bilaga', peers),
    });
    fonts = await loadReportFonts();
    html = reportToHtml(doc, { fonts });
    pptx = unzipSync(await reportToPptx(doc));
    docx = unzipSync(await reportToDocx(doc, { fonts }));
  });
  afterAll(async () => db.close());

  it('lists the sources once, in a Källor section at the end of every format, and each part names them by number', async () => {
    expect(doc.sources.map((s) => s.fileName)).toEqual(FILES);

    // HTML/PDF: one Källor heading, the last one; every file name exactly once; "Källa N" beside the parts.
    const h2 = texts(html, 'h2');
    expect(h2.filter((h) => h === 'Källor')).toHaveLength(1);
    expect(h2.at(-1)).toBe('Källor');
    for (const f of FILES) expect(count(html, f), f).toBe(1);
    expect(html).toContain(
      '<th scope="row">Källa 20</th><td>oj-missbruk-2024-exempel.xlsx</td><td>ÖJ-analys exempeldata (påhittade värden)</td><td>2024</td>',
    );
    const metaSection = /<h2>Metaanalys 2024<\/h2>([\s\S]*?)<\/section>/.exec(html)![1]!;
    expect(metaSection).toContain('<p class="ref">Källor 5, 10, 15, 20</p>');
    const tableSection = /<h2>Ogynnsamt läge per område och år<\/h2>([\s\S]*?)<\/section>/.exec(
      html,
    )![1]!;
    expect(tableSection).toContain('<p class="ref">Källor 1–20</p>');

    // PPTX: file names only on the Källor slides (each once), "Källa N" in the footers, the full entries in the notes.
    const slides = named(pptx, /^ppt\/slides\/slide\d+\.xml$/).map((n) => strFromU8(pptx[n]!));
    const sourceSlides = slides.filter((x) =>
      texts(x, 'a:t').some((t) => /^Källor( \(\d\/\d\))?$/.test(t)),
    );
    expect(sourceSlides).toHaveLength(2); // 20 sources, ten to a slide
    expect(slides.slice(-2)).toEqual(sourceSlides);
    for (const f of FILES) {
      expect(
        slides.reduce((n, x) => n + count(x, f), 0),
        f,
      ).toBe(1);
      expect(
        sourceSlides.reduce((n, x) => n + count(x, f), 0),
        f,
      ).toBe(1);
    }
    const metaSlide = slides.findIndex((x) => x.includes('Metaanalys 2024: läge per område'));
    expect(texts(slides[metaSlide]!, 'a:t').join('')).toContain('Källor 5, 10, 15, 20.');
    const notes = named(pptx, /^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((n) =>
      strFromU8(pptx[n]!),
    );
    expect(notes).toHaveLength(slides.length);
    const metaNotes = texts(notes[metaSlide]!, 'a:t').join('\n');
    expect(metaNotes).toMatch(
      /Källa 5: oj-aldreomsorg-2024-exempel\.xlsx – ÖJ-analys exempeldata \(påhittade värden\), 2024, sha256 [0-9a-f]{12}/,
    );
    expect(metaNotes).toContain('Källa 20: oj-missbruk-2024-exempel.xlsx');
    expect(metaNotes).not.toContain('oj-missbruk-2023-exempel.xlsx'); // the slide's own sources, not all twenty

    // DOCX: one Källor heading, the last heading; each file name once; the references under the parts.
    const body = strFromU8(docx['word/document.xml']!);
    const headings = [
      ...body.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((m) => m[1]);
    expect(headings.filter((h) => h === 'Källor')).toHaveLength(1);
    expect(headings.at(-1)).toBe('Källor');
    for (const f of FILES) expect(count(body, `>${f}<`), f).toBe(1);
    expect(body).toContain('>Källor 5, 10, 15, 20<');
    expect(body).toContain('>Källor 1–20<');

    // XLSX: the same numbered list on a sheet of its own, with the whole sha256.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(reportToXlsx(doc)) as unknown as ExcelJS.Buffer);
    const sheet: unknown[][] = [];
    wb.getWorksheet('Källor')!.eachRow((row) => sheet.push((row.values as unknown[]).slice(1)));
    expect(sheet[0]).toEqual(['Källa', 'Fil', 'Utgivare', 'År', 'sha256']);
    const listed = sheet.slice(1);
    expect(listed.map((r) => r[0])).toEqual(FILES.map((_, i) => `Källa ${i + 1}`));
    expect(listed.map((r) => r[1])).toEqual(FILES);
    expect(listed.map((r) => r[3])).toEqual([
      2020, 2021, 2022, 2023, 2024, 2020, 2021, 2022, 2023, 2024, 2020, 2021, 2022, 2023, 2024,
      2020, 2021, 2022, 2023, 2024,
    ]);
    for (const r of listed) expect(String(r[4])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('PPTX: every text on a slide and in its charts is at least 9 pt, the footer 11 pt', () => {
    for (const name of named(pptx, /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/)) {
      const sizes = [
        ...strFromU8(pptx[name]!).matchAll(/<a:(?:rPr|defRPr|endParaRPr)[^>]* sz="(\d+)"/g),
      ].map((m) => Number(m[1]) / 100);
      expect(sizes.length, name).toBeGreaterThan(0);
      expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(9);
    }
    const slides = named(pptx, /^ppt\/slides\/slide\d+\.xml$/).map((n) => strFromU8(pptx[n]!));
    const footer = slides.find((x) => x.includes('Metaanalys 2024: läge per område'))!;
    expect(footer).toMatch(
      /<a:rPr[^>]* sz="1100"[^>]*>(?:(?!<\/a:r>)[\s\S])*<a:t>Färgerna visar läge relativt jämförelsegruppen – inte ett absolut betyg\. Källor 5, 10, 15, 20\.<\/a:t>/,
    );
  });

  it('no chart label shows "0" for an empty bar segment (PPTX and DOCX), the grey "utan läge" series included', () => {
    // What a data label shows for a whole number under an Excel number format: the zero section when there is one.
    const shown = (value: number, format: string) => {
      const sections = format.split(';');
      const section =
        value === 0 && sections.length >= 3
          ? sections[2]!
          : value < 0 && sections.length >= 2
            ? sections[1]!
            : sections[0]!;
      return section.replace(/0/, String(Math.abs(value)));
    };
    const bar = named(pptx, /^ppt\/charts\/chart\d+\.xml$/)
      .map((n) => strFromU8(pptx[n]!))
      .find((x) => x.includes('<c:grouping val="stacked"/>'))!;
    let zeros = 0;
    for (const [, ser] of bar.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)) {
      const name = /<c:tx>[\s\S]*?<c:v>(.*?)<\/c:v>/.exec(ser!)![1]!;
      expect(ser, name).toContain('<c:showVal val="1"/>');
      const format = /<c:dLbls>[\s\S]*?<c:numFmt formatCode="([^"]*)"/.exec(ser!)![1]!;
      const values = [
        .../<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g[Symbol.matchAll](
          /<c:val>([\s\S]*?)<\/c:val>/.exec(ser!)![1]!,
        ),
      ].map((m) => Number(m[1]));
      for (const v of values) {
        if (v === 0) zeros++;
        expect(shown(v, format), `${name} ${v}`).toBe(v === 0 ? '' : String(v));
      }
    }
    // Missbruk och beroende 2024 is ▲ 10 ● 0 ▼ 0 utan läge 0: three empty segments at least.
    expect(zeros).toBeGreaterThanOrEqual(3);

    // DOCX: the Word chart deletes the label of each empty point.
    const chart = named(docx, /^word\/charts\/chart\d+\.xml$/)
      .map((n) => strFromU8(docx[n]!))
      .find((x) => x.includes('<c:grouping val="stacked"/>'))!;
    for (const [, ser] of chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)) {
      const values = [
        .../<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g[Symbol.matchAll](
          /<c:val>([\s\S]*?)<\/c:val>/.exec(ser!)![1]!,
        ),
      ];
      const deleted = new Set(
        [...ser!.matchAll(/<c:dLbl><c:idx val="(\d+)"\/><c:delete val="1"\/><\/c:dLbl>/g)].map(
          (m) => m[1],
        ),
      );
      for (const [, idx, v] of values)
        expect(deleted.has(idx), `point ${idx} = ${v}`).toBe(Number(v) === 0);
    }
  });

  it('DOCX: the contents list is a TOC field with page numbers written in, a note to update it, PAGE and NUMPAGES in the footer, the font embedded', () => {
    const body = strFromU8(docx['word/document.xml']!);
    expect(body).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;<\/w:instrText>/);
    // Each entry's page is a PAGEREF field to the heading's bookmark, with the number laid out and written in.
    const pages = [
      ...body.matchAll(
        /<w:instrText[^>]*>PAGEREF (_Toc\d+) \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/>(?:<\/w:r><w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?)?<w:t[^>]*>(\d+)<\/w:t>/g,
      ),
    ].map((m) => Number(m[2]));
    expect(pages.length).toBe(8); // Bakgrund, Metaanalys, Ogynnsamt läge, Återkommande avvikare (+ its indicator), Största förändringar, Om underlaget, Källor
    expect(pages[0]).toBe(1);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(body).toContain('högerklicka på förteckningen och välj Uppdatera fält (F9)');
    expect(strFromU8(docx['word/settings.xml']!)).toMatch(
      /<w:updateFields(?: w:val="(?:true|1)")?\/>/,
    );
    const footer = named(docx, /^word\/footer\d+\.xml$/)
      .map((n) => strFromU8(docx[n]!))
      .join('');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    for (const [, size] of footer.matchAll(/<w:sz w:val="(\d+)"\/>/g))
      expect(Number(size) / 2).toBeGreaterThanOrEqual(9);
    const fontTable = strFromU8(docx['word/fontTable.xml']!);
    expect(fontTable).toMatch(
      /<w:font w:name="Liberation Sans">[\s\S]*<w:embedRegular [\s\S]*<w:embedBold [\s\S]*<w:embedItalic /,
    );
    expect(named(docx, /^word\/fonts\/font\d+\.odttf$/)).toHaveLength(3);
    // Every run of text in the body is 9 pt or more.
    for (const [, size] of body.matchAll(/<w:sz w:val="(\d+)"\/>/g))
      expect(Number(size) / 2).toBeGreaterThanOrEqual(9);
  });

  it('DOCX laid out with the bundled font: the last page holds the whole Källor list with its heading, not a stray tail', () => {
    const layout = layoutDocument(docxDocument(doc, { fonts }), { guess: true });
    expect(layout.stoppedAt).toBeUndefined();
    const last = layout.pages.at(-1)!;
    const lines = last.body.flatMap((b) =>
      b.type === 'paragraph' ? b.lines.map((l) => l.text) : [],
    );
    expect(lines).toContain('Källor');
    const table = last.body.find((b) => b.type === 'table');
    // Header and 20 sources, all on this page.
    expect(table?.type === 'table' ? table.rows.map((r) => r.index) : []).toEqual(
      Array.from({ length: 21 }, (_, i) => i),
    );
  });

  it('the hemkommun has one colour, the shared palette’s orange, in the app’s chart and in every export', () => {
    expect(HOME_COLOUR).toBe('#d35400');
    // App (plotly figure of the Indikator view).
    const row = {
      year: 2024,
      homeValue: 50,
      homeStatus: 'ok',
      kind: 'percent',
      peerMedian: 40,
      peerQ1: 30,
      peerQ3: 60,
      riketValue: 45,
    } as StandingRow;
    const detail = {
      seriesId: 's',
      label: 'x',
      linkReason: null,
      lineage: [],
      description: null,
      parts: [],
      years: [row],
      distribution: [],
    } as IndicatorDetail;
    const figure = trendFigure(detail, {
      home: 'Solna',
      median: 'Median',
      iqr: 'IQR',
      riket: 'Riket',
      others: 'Övriga',
      peers: 'Gruppen',
      year: 'År',
      value: 'Värde',
    });
    expect(
      (figure.data.find((d) => d['name'] === 'Solna')!['line'] as { color: string }).color,
    ).toBe('#d35400');
    // HTML/PDF: the legend's line for Solna in the trend chart.
    expect(
      /<line [^>]*stroke="(#[0-9a-f]{6})"[^>]*\/>(?:<circle[^>]*\/>)<text[^>]*>Solna<\/text>/.exec(
        html,
      )?.[1],
    ).toBe('#d35400');
    // PPTX and DOCX: the Solna series of the line charts.
    const seriesColour = (chartXml: string) =>
      /<c:ser>(?:(?!<\/c:ser>)[\s\S])*?<c:v>Solna<\/c:v>(?:(?!<\/c:ser>)[\s\S])*?<a:srgbClr val="([0-9A-F]{6})"/.exec(
        chartXml,
      )?.[1];
    const pptxLine = named(pptx, /^ppt\/charts\/chart\d+\.xml$/)
      .map((n) => strFromU8(pptx[n]!))
      .find((x) => x.includes('<c:lineChart>'))!;
    const docxLine = named(docx, /^word\/charts\/chart\d+\.xml$/)
      .map((n) => strFromU8(docx[n]!))
      .find((x) => x.includes('<c:lineChart>'))!;
    expect(seriesColour(pptxLine)).toBe('D35400');
    expect(seriesColour(docxLine)).toBe('D35400');
    // Never colour alone: each line of the PPTX trend has its own dash and marker, as in the app and the PDF.
    const lineStyles = [...pptxLine.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => [
      /<c:v>([^<]*)<\/c:v>/.exec(ser!)![1],
      /<a:prstDash val="([^"]*)"\/>/.exec(ser!)![1],
      /<c:symbol val="([^"]*)"\/>/.exec(ser!)![1],
    ]);
    expect(lineStyles).toEqual([
      ['Solna', 'solid', 'circle'],
      ['Median i jämförelsegruppen', 'dash', 'square'],
      ['Riket', 'sysDot', 'diamond'],
    ]);
  });

  it('charts have axis titles with units and a value axis from zero', () => {
    // HTML: the metaanalys counts indicators from 0, the trend of a share runs 0–100 with "Andel (%)".
    expect(html).toContain('>Antal indikatorer</text>');
    expect(html).toMatch(/rotate\(-90\)"[^>]*>Andel \(%\)<\/text>/);
    expect(html).toContain('>År</text>');
    const pptxCharts = named(pptx, /^ppt\/charts\/chart\d+\.xml$/).map((n) => strFromU8(pptx[n]!));
    const docxCharts = named(docx, /^word\/charts\/chart\d+\.xml$/).map((n) => strFromU8(docx[n]!));
    for (const charts of [pptxCharts, docxCharts]) {
      const bar = charts.find((x) => x.includes('<c:barChart>'))!;
      const line = charts.find((x) => x.includes('<c:lineChart>'))!;
      expect(texts(bar, 'a:t')).toContain('Antal indikatorer');
      expect(texts(line, 'a:t')).toEqual(expect.arrayContaining(['Andel (%)', 'År']));
      expect(/<c:valAx>[\s\S]*?<c:min val="0"\/>/.test(bar)).toBe(true);
      expect(
        /<c:valAx>[\s\S]*?<c:max val="100"\/>[\s\S]*?<c:min val="0"\/>|<c:valAx>[\s\S]*?<c:min val="0"\/>[\s\S]*?<c:max val="100"\/>/.test(
          line.replace(/<c:orientation[^>]*\/>/g, ''),
        ),
      ).toBe(true);
    }
  });

  it('the bundled font is in every format: inline in the HTML, embedded in the DOCX, named on every slide; no emoji', () => {
    const face =
      /@font-face \{ font-family: 'Liberation Sans'; src: url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\) format\('truetype'\); font-weight: 400; font-style: normal; \}/.exec(
        html,
      )!;
    expect(new Uint8Array(Buffer.from(face[1]!, 'base64'))).toEqual(
      new Uint8Array(
        readFileSync(new URL('../../../assets/fonts/LiberationSans-Regular.ttf', import.meta.url)),
      ),
    );
    expect(html).toContain('font-src data:');
    const slides = named(pptx, /^ppt\/slides\/slide\d+\.xml$/).map((n) => strFromU8(pptx[n]!));
    for (const x of slides)
      for (const [, face2] of x.matchAll(/<a:latin typeface="([^"]*)"/g))
        expect(face2).toBe('Liberation Sans');
    const emoji = /\p{Extended_Pictographic}/u;
    expect(emoji.test(html.replace(/<style>[\s\S]*?<\/style>/, ''))).toBe(false);
    for (const x of slides) expect(emoji.test(x)).toBe(false);
    expect(emoji.test(strFromU8(docx['word/document.xml']!))).toBe(false);
  });
});
