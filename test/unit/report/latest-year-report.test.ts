import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Standing } from '../../../shared/analysis/standing';
import type { StandingRow } from '../../../shared/analysis/standings-query';
import { buildReport, type ReportDocument } from '../../../shared/report/report-document';
import { reportToDocx } from '../../../shared/report/report-docx';
import { reportToHtml } from '../../../shared/report/report-html';
import { reportToPptx } from '../../../shared/report/report-pptx';
import { networkCellText, reportSections } from '../../../shared/report/report-sections';
import { reportTexts } from '../../../shared/report/report-texts';

const SV = reportTexts('sv', 2024);
import { reportToXlsx } from '../../../shared/report/report-xlsx';
import { wrapLabel } from '../../../shared/report/report-svg';

/**
 * Issue 19 items 1 and 3 in the reports, hand-computed. Solna 2021–2024:
 * - hemlöshet (biennial) h1: 2021 40 (mellan), 2023 30 (ogynnsamt, n = 24 → små tal)
 * - missbruk m1: ogynnsamt 2021–2024 (10, 12, 11, 13; n = 100 each year), 2024 nära gränsen (one rank away)
 * - missbruk m2: gynnsamt 2023 70 → 2024 72 (no n, no KI)
 */
function row(
  seriesId: string,
  area: string,
  year: number,
  value: number,
  standing: Standing,
  over: Partial<StandingRow> = {},
): StandingRow {
  return {
    indicatorId: `${seriesId}:${year}`,
    seriesId,
    area,
    year,
    title: `Indikator ${seriesId}, andel (%)`,
    kind: 'percent',
    direction: 'higher_better',
    indicatorType: null,
    qualityDimension: null,
    homeStatus: 'ok',
    homeValue: value,
    homeText: null,
    homeN: null,
    officialClass: null,
    n: 10,
    peerMedian: 50,
    peerQ1: 40,
    peerQ3: 60,
    riketValue: null,
    standing,
    percentile: 0.5,
    reason: '',
    fileId: 'f1',
    sheet: 'Blad',
    cell: 'C5',
    peerSetId: 'p',
    peerSetVersion: 1,
    smallNumbers: { small: false, reasons: [] },
    nearBoundary: { near: false, reason: null },
    ...over,
  };
}

const ROWS: StandingRow[] = [
  row('h1', 'hemloshet', 2021, 40, 'middle'),
  row('h1', 'hemloshet', 2023, 30, 'unfavourable', {
    homeN: 24,
    smallNumbers: { small: true, reasons: [{ kind: 'n', n: 24 }] },
  }),
  ...[10, 12, 11, 13].map((v, i) =>
    row('m1', 'missbruk', 2021 + i, v, 'unfavourable', {
      homeN: 100,
      percentile: 0.35,
      ...(i === 3
        ? { nearBoundary: { near: true, reason: { via: 'rank', other: 'middle' } } }
        : {}),
    }),
  ),
  row('m2', 'missbruk', 2023, 70, 'favourable'),
  row('m2', 'missbruk', 2024, 72, 'favourable'),
];

const HEMLOSHET = 'Hemlöshet och utestängning från bostadsmarknaden (2023)';
const MISSBRUK = 'Missbruk och beroende';
const SMALL = 'små tal (2023: n = 24 (under 30))';
const NEAR = 'nära gränsen: en plats i rangordningen ger mellan';

const unescapeXml = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
  );
/** The text of an OOXML part: its runs joined, paragraphs and cells apart. */
const ooxmlText = (xml: string, run: 'a:t' | 'w:t') =>
  unescapeXml(
    xml
      .replace(/<\/(a:p|w:p|a:tc|w:tc)>/g, '\n')
      .replace(
        new RegExp(`<${run}(?: [^>]*)?>(.*?)</${run}>|<[^>]+>`, 'g'),
        (_, t: string | undefined) => t ?? '',
      ),
  );

describe('a report over a biennial area and uncertain standings (hand-computed, every format)', () => {
  let doc: ReportDocument;
  let html: string;
  let pptx: string;
  let docx: string;
  let xlsx: ExcelJS.Workbook;
  const sheet = (name: string) => {
    const rows: unknown[][] = [];
    xlsx.getWorksheet(name)!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    return rows;
  };
  beforeAll(async () => {
    doc = buildReport({
      home: { code: '0184', name: 'Solna' },
      peerSet: {
        id: 'p',
        label: 'Testgruppen',
        version: 1,
        members: ['0123', '0125', '0127', '0136', '0138'],
      },
      peerNames: ['A', 'B', 'C', 'D', 'E'],
      years: [2021, 2024],
      mode: 'relative',
      standings: ROWS,
      sources: [
        {
          fileId: 'f1',
          fileName: 'oj-test.xlsx',
          sha256: 'ab'.repeat(32),
          publisher: 'Socialstyrelsen',
          year: 2024,
        },
      ],
      now: new Date('2026-12-01T00:00:00Z'),
    });
    html = unescapeXml(
      reportToHtml(doc)
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' '),
    );
    const p = unzipSync(await reportToPptx(doc));
    pptx = Object.keys(p)
      .filter((n) => /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(n))
      .map((n) => ooxmlText(strFromU8(p[n]!), 'a:t') + strFromU8(p[n]!))
      .join('\n');
    docx = ooxmlText(strFromU8(unzipSync(await reportToDocx(doc))['word/document.xml']!), 'w:t');
    xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(Buffer.from(reportToXlsx(doc)) as unknown as ExcelJS.Buffer);
  });

  it('the model: hemlöshet counts its 2023 in the 2024 metaanalys, named with its year; changes compare each series’ own years', () => {
    const s = reportSections(doc);
    expect(
      s.metaBars.map((b) => [b.area, b.favourable, b.middle, b.unfavourable, b.without]),
    ).toEqual([
      [HEMLOSHET, 0, 0, 1, 0],
      [MISSBRUK, 1, 0, 1, 0],
    ]);
    // h1 30 − 40 = −10 (2023 vs 2021, not vs 2022); m1 11 → 13 = +2; m2 70 → 72 = +2.
    expect(s.changes.map((c) => [c.title, c.years, c.change, c.flag])).toEqual([
      ['Indikator h1, andel (%)', '2023 jämfört med 2021', '-10 procentenheter', SMALL],
      // z = 0,02 / √(0,12·0,88·(1/100 + 1/100)) ≈ 0,44 < 1,96
      [
        'Indikator m1, andel (%)',
        '2024 jämfört med 2023',
        '+2 procentenheter',
        'inte säkerställd (test på två andelar)',
      ],
      ['Indikator m2, andel (%)', '2024 jämfört med 2023', '+2 procentenheter', ''],
    ]);
    expect(s.outliers.map((o) => [o.title, o.headline, o.uncertainty])).toEqual([
      [
        'Indikator m1, andel (%)',
        '▼ Ogynnsamt läge 4 av de 4 senaste åren med värde (2021–2024)',
        NEAR,
      ],
    ]);
    expect(s.outliers[0]!.latestText).toContain(`Osäkert läge – ${NEAR}.`);
  });

  it('the biennial area is shown with its own year in HTML, PPTX, DOCX and XLSX', () => {
    for (const [name, text] of [
      ['html', html],
      ['pptx', pptx],
      ['docx', docx],
    ] as const) {
      expect(text, name).toContain(HEMLOSHET);
      expect(text, name).toContain('2023 jämfört med 2021');
    }
    expect(sheet('Metaanalys senaste år').slice(1)).toEqual([
      [HEMLOSHET, '2023', 0, 0, 1, 0],
      [MISSBRUK, '2024', 1, 0, 1, 0],
    ]);
    const changes = sheet('Största förändringar');
    expect(changes[1]!.slice(2, 4)).toEqual([2021, 2023]);
  });

  it('the uncertainty markers are text in every format: small numbers on the change, nära gränsen on the finding', () => {
    for (const [name, text] of [
      ['html', html],
      ['pptx', pptx],
      ['docx', docx],
    ] as const) {
      expect(text, name).toContain(SMALL);
      expect(text, name).toContain(NEAR);
    }
    const changes = sheet('Största förändringar');
    expect(changes[1]!.slice(9, 11)).toEqual(['ja', '2023: n = 24 (under 30)']);
    expect([changes[2]![9], changes[2]![11]]).toEqual([
      'nej',
      'inte säkerställd (test på två andelar)',
    ]);
    const outliers = sheet('Återkommande avvikare');
    expect(outliers[1]!.slice(-2)).toEqual(['4 av de 4 senaste åren med värde (2021–2024)', NEAR]);
    const all = sheet('Alla lägen');
    expect(
      all
        .slice(1)
        .filter((r) => r[10] !== null && r[10] !== undefined)
        .map((r) => [r[2], r[10]]),
    ).toEqual([
      [2023, 'små tal: n = 24 (under 30)'],
      [2024, NEAR],
    ]);
  });

  it('a network cell: ▲ ● ▼, then "utan läge" and the area’s own year when it is not the table’s', () => {
    expect(
      networkCellText(
        { favourable: 2, middle: 3, unfavourable: 1, without: 0, years: [2024] },
        2024,
        SV,
      ),
    ).toBe('▲2 ●3 ▼1');
    expect(
      networkCellText(
        { favourable: 0, middle: 1, unfavourable: 1, without: 2, years: [2023] },
        2024,
        SV,
      ),
    ).toBe('▲0 ●1 ▼1 (2 utan läge; 2023)');
    expect(
      networkCellText(
        { favourable: 1, middle: 0, unfavourable: 0, without: 0, years: [2023, 2024] },
        2024,
        SV,
      ),
    ).toBe('▲1 ●0 ▼0 (2023 och 2024)');
    expect(SV.networkLegend(2024)).toContain('vilket år området är från');
  });

  it('the bar chart puts a long area label with its year on two lines beside its bar', () => {
    expect(wrapLabel(HEMLOSHET, 30)).toEqual([
      'Hemlöshet och utestängning',
      'från bostadsmarknaden (2023)',
    ]);
    expect(wrapLabel(MISSBRUK, 30)).toEqual([MISSBRUK]);
    expect(html).toContain('Hemlöshet och utestängning');
  });
});
