import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../shared/db/db';
import { demoDb } from '../../helpers/node-db';
import { areaLabel } from '../../../shared/model/areas';
import { buildNamndrapport } from '../../../shared/report/namndrapport';
import type { ReportDocument } from '../../../shared/report/report-document';
import { areaWithYears, reportSections } from '../../../shared/report/report-sections';
import { reportTexts } from '../../../shared/report/report-texts';
import { comparedYearsText } from '../../../shared/analysis/latest-year';
import { reportToDocx } from '../../../shared/report/report-docx';
import { reportToHtml } from '../../../shared/report/report-html';
import { reportToPptx } from '../../../shared/report/report-pptx';
import { reportToXlsx } from '../../../shared/report/report-xlsx';

/** Area → [▲, ●, ▼, utan läge] for the report's last year. */
type Counts = Map<string, readonly [number, number, number, number]>;

const unescapeXml = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" })[e]!,
  );
const four = (xs: readonly string[]): readonly [number, number, number, number] => {
  const n = xs.map(Number);
  expect(n.every(Number.isInteger), xs.join('|')).toBe(true);
  return [n[0]!, n[1]!, n[2]!, n[3]!];
};

/** The model: the report's metaanalys cells, each area at its series' own latest years (named when not the report's year). */
function fromModel(doc: ReportDocument): Counts {
  const out: Counts = new Map();
  for (const c of doc.latestMeta)
    out.set(areaWithYears(areaLabel(c.key, 'sv'), c.years, doc.years[1]), [
      c.counts.favourable,
      c.counts.middle,
      c.counts.unfavourable,
      c.counts.missing + c.counts.insufficient + c.counts.no_direction,
    ]);
  return out;
}

/** HTML (the page printed to PDF): the table in the "Metaanalys <year>" section. */
function fromHtml(html: string, year: number): Counts {
  const section = new RegExp(`<h2>Metaanalys ${year}</h2>([\\s\\S]*?)</section>`).exec(html)![1]!;
  const table = /<table>([\s\S]*?)<\/table>/.exec(section)![1]!;
  expect(table).toContain('<th scope="col" class="num">Utan läge</th>');
  const out: Counts = new Map();
  for (const [, area, rest] of table.matchAll(/<tr><th scope="row">(.*?)<\/th>(.*?)<\/tr>/g))
    out.set(
      unescapeXml(area!),
      four([...rest!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!)),
    );
  return out;
}

/** PPTX: the stacked bar chart's series (▲, ●, ▼, Utan läge) read from the chart XML's caches. */
function fromPptx(files: Record<string, Uint8Array>): Counts {
  const chart = Object.keys(files)
    .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    .map((n) => strFromU8(files[n]!))
    .find((x) => x.includes('<c:barChart>') && x.includes('<c:grouping val="stacked"/>'))!;
  const series = [...chart.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const ser = m[1]!;
    const name = unescapeXml(/<c:tx>[\s\S]*?<c:v>(.*?)<\/c:v>/.exec(ser)![1]!);
    const pts = (tag: string) =>
      [
        .../<c:pt idx="(\d+)"[^>]*>\s*<c:v>(.*?)<\/c:v>/g[Symbol.matchAll](
          new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(ser)![1]!,
        ),
      ].map((p) => unescapeXml(p[2]!));
    return { name, labels: pts('cat'), values: pts('val') };
  });
  expect(series.map((s) => s.name)).toEqual(['▲ Gynnsamt', '● Mellan', '▼ Ogynnsamt', 'Utan läge']);
  const out: Counts = new Map();
  series[0]!.labels.forEach((area, i) => out.set(area, four(series.map((s) => s.values[i]!))));
  return out;
}

/** The document body from the Heading 1 paragraph with this text (not the contents list's entry). */
function afterHeading(body: string, text: string): string {
  const at = [...body.matchAll(/<w:p>((?:(?!<\/w:p>)[\s\S])*)<\/w:p>/g)].find(
    (p) => p[1]!.includes('<w:pStyle w:val="Heading1"/>') && p[1]!.includes(`>${text}</w:t>`),
  );
  expect(at, text).toBeDefined();
  return body.slice(at!.index);
}

/** DOCX: the first table after the "Metaanalys <year>" heading, cell texts joined. */
function fromDocx(files: Record<string, Uint8Array>, year: number): Counts {
  const body = strFromU8(files['word/document.xml']!);
  const after = afterHeading(body, `Metaanalys ${year}`);
  const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(after)![1]!;
  const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>|<w:tr [^>]*>([\s\S]*?)<\/w:tr>/g)].map(
    (r) =>
      [...(r[1] ?? r[2])!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
        unescapeXml([...c[1]!.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/g)].map((t) => t[1]).join('')),
      ),
  );
  expect(rows[0]).toEqual(['Område', '▲ Gynnsamt', '● Mellan', '▼ Ogynnsamt', 'Utan läge']);
  return new Map(rows.slice(1).map((r) => [r[0]!, four(r.slice(1))]));
}

/** XLSX, read with exceljs: the "Metaanalys senaste år" sheet (each area at its own latest years); and the area × year sheet agrees for areas at the report's year. */
async function fromXlsx(bytes: Uint8Array, year: number): Promise<Counts> {
  const latest = await fromXlsxAllYears(bytes, year);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  wb.getWorksheet('Metaanalys senaste år')!.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1)),
  );
  expect(rows[0]).toEqual(['Område', 'År', '▲ Gynnsamt', '● Mellan', '▼ Ogynnsamt', 'Utan läge']);
  const out: Counts = new Map();
  for (const r of rows.slice(1)) {
    out.set(String(r[0]), four((r.slice(2, 6) as number[]).map(String)));
    // An area at the report's year has the same counts in the area × year sheet.
    if (String(r[1]) === String(year))
      expect(latest.get(String(r[0]))).toEqual(out.get(String(r[0])));
  }
  return out;
}

async function fromXlsxAllYears(bytes: Uint8Array, year: number): Promise<Counts> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet('Metaanalys')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows[0]).toEqual([
    'Område',
    'År',
    '▲ Gynnsamt',
    '● Mellan',
    '▼ Ogynnsamt',
    'Utan läge',
    'varav saknas eller sekretess',
    'varav för få jämförbara',
    'varav ingen riktning',
    'Andel ogynnsamt (%)',
  ]);
  const out: Counts = new Map();
  for (const r of rows.slice(1).filter((r) => r[1] === year)) {
    const [fav, mid, unfav, without, missing, insufficient, noDirection] = r.slice(
      2,
      9,
    ) as number[];
    expect(missing! + insufficient! + noDirection!).toBe(without);
    out.set(String(r[0]), [fav!, mid!, unfav!, without!]);
  }
  return out;
}

/** Rows of "Största förändringar" as [indikator, år, förändring, bättre/sämre]. */
type ChangeCells = readonly (readonly [string, string, string, string])[];
const CHANGES_HEAD = ['Indikator', 'År', 'Från', 'Till', 'Förändring', 'Bättre/sämre', 'Osäkerhet'];
const pick = (r: readonly string[]) => [r[0]!, r[1]!, r[4]!, r[5]!] as const;

function changesFromHtml(html: string, year: number): ChangeCells {
  const section = new RegExp(
    `<h2>Största förändringar till ${year}</h2>([\\s\\S]*?)</section>`,
  ).exec(html)![1]!;
  const rows = [...section.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => unescapeXml(c[1]!)),
  );
  expect(rows[0]).toEqual(CHANGES_HEAD);
  return rows.slice(1).map(pick);
}

function changesFromPptx(files: Record<string, Uint8Array>, year: number): ChangeCells {
  const slide = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .map((n) => strFromU8(files[n]!))
    .find((x) => x.includes(`Största förändringar till ${year}`) && x.includes('<a:tbl>'))!;
  const rows = [...slide.matchAll(/<a:tr[ >]([\s\S]*?)<\/a:tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<a:tc[ >]([\s\S]*?)<\/a:tc>/g)].map((c) =>
      unescapeXml([...c[1]!.matchAll(/<a:t>(.*?)<\/a:t>/g)].map((t) => t[1]).join('')),
    ),
  );
  expect(rows[0]).toEqual(CHANGES_HEAD);
  return rows.slice(1).map(pick);
}

function changesFromDocx(files: Record<string, Uint8Array>, year: number): ChangeCells {
  const body = strFromU8(files['word/document.xml']!);
  const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(
    afterHeading(body, `Största förändringar till ${year}`),
  )![1]!;
  const rows = [...table.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
    [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
      unescapeXml([...c[1]!.matchAll(/<w:t(?: [^>]*)?>(.*?)<\/w:t>/g)].map((t) => t[1]).join('')),
    ),
  );
  expect(rows[0]).toEqual(CHANGES_HEAD);
  return rows.slice(1).map(pick);
}

const sorted = (c: Counts) => [...c.entries()].sort(([a], [b]) => a.localeCompare(b, 'sv'));

describe('one report, the same numbers in every format (demo workspace, Solna 2020–2024)', () => {
  let db: Db;
  let doc: ReportDocument;
  beforeAll(async () => {
    db = await demoDb();
    doc = await buildNamndrapport(db, {
      home: '0184',
      peers: { kind: 'kommungrupp', classification: 2023 },
      years: [2020, 2024],
    });
  });
  afterAll(async () => db.close());

  it('HTML, PPTX, DOCX and XLSX parse back to the model’s counts per area', async () => {
    const year = doc.years[1];
    const model = fromModel(doc);
    expect(model.size).toBeGreaterThan(1);
    // The demo has indicators without a standing, so the column is not all zeros.
    expect([...model.values()].some((c) => c[3] > 0)).toBe(true);

    const html = reportToHtml(doc);
    const pptx = unzipSync(await reportToPptx(doc));
    const docx = unzipSync(await reportToDocx(doc));
    const xlsx = reportToXlsx(doc);

    const expected = sorted(model);
    expect(sorted(fromHtml(html, year))).toEqual(expected);
    expect(sorted(fromPptx(pptx))).toEqual(expected);
    expect(sorted(fromDocx(docx, year))).toEqual(expected);
    expect(sorted(await fromXlsx(xlsx, year))).toEqual(expected);
  });

  it('every format gives the reasons for "utan läge" in a legend', async () => {
    const reasons = [
      'saknas eller är sekretessbelagt (bortfall)',
      'för få jämförbara kommuner',
      'utan riktning',
    ];
    const html = reportToHtml(doc);
    const pptx = unzipSync(await reportToPptx(doc));
    const slides = Object.keys(pptx)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .map((n) => strFromU8(pptx[n]!))
      .join('');
    const docx = strFromU8(unzipSync(await reportToDocx(doc))['word/document.xml']!);
    for (const text of [html, slides, docx]) for (const r of reasons) expect(text).toContain(r);
    // The legend counts the year's indicators without a standing, by reason, and they add up.
    const legend =
      /Utan läge: indikatorer som inte fått ▲ ● eller ▼ – (\d+) totalt: (\d+) där [^,]*, (\d+) med [^,]*, (\d+) utan riktning/.exec(
        html,
      )!;
    const [total, a, b, c] = legend.slice(1).map(Number);
    expect(a! + b! + c!).toBe(total);
    expect(total).toBe([...fromModel(doc).values()].reduce((n, v) => n + v[3], 0));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(reportToXlsx(doc)) as unknown as ExcelJS.Buffer);
    const about: unknown[][] = [];
    wb.getWorksheet('Om rapporten')!.eachRow((row) =>
      about.push((row.values as unknown[]).slice(1)),
    );
    expect(String(about.find((r) => r[0] === 'Utan läge')?.[1])).toContain(
      'för få jämförbara kommuner',
    );
  });

  it('"Största förändringar": every row names the years compared, the change in its unit and ▲ bättre / ▼ sämre, the same in every format', async () => {
    const year = doc.years[1];
    const html = changesFromHtml(reportToHtml(doc), year);
    const pptx = changesFromPptx(unzipSync(await reportToPptx(doc)), year);
    const docx = changesFromDocx(unzipSync(await reportToDocx(doc)), year);
    expect(html.length).toBe(doc.changes.length);
    expect(docx).toEqual(html);
    expect(pptx.length).toBeGreaterThan(0);
    expect(pptx).toEqual(html.slice(0, pptx.length));
    html.forEach(([title, years, change, meaning], i) => {
      const c = doc.changes[i]!;
      expect(title).toBe(c.title);
      expect(years).toBe(comparedYearsText(c.toYear, c.fromYear));
      // A number with its sign and a unit word (or Nej → Ja for a yes/no indicator).
      expect(change).toMatch(
        c.kind === 'yesno' ? /^(Ja|Nej) → (Ja|Nej)$/ : /^[+-]?\d[\d\s\u00a0]*(,\d)? \S/,
      );
      const better =
        c.direction === 'none' ? null : c.change! > 0 === (c.direction === 'higher_better');
      expect(meaning).toBe(
        c.change === 0
          ? '– oförändrat'
          : better === null
            ? '– ingen riktning'
            : better
              ? '▲ bättre'
              : '▼ sämre',
      );
    });
    // Both directions occur in the demo, so the test sees ▲ and ▼.
    expect([...new Set(html.map((r) => r[3]))]).toEqual(
      expect.arrayContaining(['▲ bättre', '▼ sämre']),
    );
    expect(html.find((r) => r[0].includes('andel (%)'))![2]).toMatch(/ procentenheter$/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(reportToXlsx(doc)) as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    wb.getWorksheet('Största förändringar')!.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1)),
    );
    expect(rows[0]).toEqual([
      'Indikator',
      'Område',
      'Från år',
      'Till år',
      'Från',
      'Till',
      'Förändring',
      'Enhet',
      'Bättre/sämre',
      'Små tal',
      'Varför små tal',
      'Säkerställd',
    ]);
    const fromXlsx = rows
      .slice(1)
      .map((r) => [
        String(r[0]).replace(/^=/, ''),
        comparedYearsText(Number(r[3]), Number(r[2])),
        String(r[7]),
        String(r[8]),
      ]);
    expect(fromXlsx.map((r) => [r[0], r[1], r[3]])).toEqual(html.map((r) => [r[0], r[1], r[3]]));
    fromXlsx.forEach((r, i) => expect(html[i]![2].endsWith(` ${r[2]}`)).toBe(true));
  });

  // Issue 18 item 4: the headings and empty states come from one source (report-texts.ts), in the report's language.
  it('lays out the same headings in every format, from one source, in Swedish or English', async () => {
    const zipText = (bytes: Uint8Array) =>
      unescapeXml(
        Object.entries(unzipSync(bytes))
          .filter(([name]) => name.endsWith('.xml'))
          .map(([, data]) => strFromU8(data))
          .join('\n'),
      );
    for (const lang of ['sv', 'en'] as const) {
      const inLang: ReportDocument = { ...doc, lang };
      const texts = reportSections(inLang).texts;
      expect(JSON.stringify(texts)).toBe(JSON.stringify(reportTexts(lang, 2024)));
      const html = unescapeXml(reportToHtml(inLang));
      const docx = zipText(await reportToDocx(inLang));
      const pptx = zipText(await reportToPptx(inLang));
      for (const heading of [texts.meta, texts.outliers, texts.changes, texts.sources]) {
        expect(html, heading).toContain(`>${heading}</h2>`);
        expect(docx, heading).toContain(heading);
      }
      for (const heading of [texts.metaSlide, texts.changes, texts.sources])
        expect(pptx, heading).toContain(heading);
      expect(html).toContain(`<html lang="${lang}">`);
    }
    // In English no Swedish heading is left in the HTML's headings.
    const en = unescapeXml(reportToHtml({ ...doc, lang: 'en' }));
    const headings = [...en.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => m[1]!);
    expect(headings).toContain('Recurring outliers');
    for (const sv of [
      'Metaanalys',
      'Återkommande avvikare',
      'Största förändringar',
      'Källor',
      'Om underlaget',
    ])
      expect(headings.filter((h) => h.includes(sv))).toEqual([]);
  });
});
