import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { APP_NAME } from '../app-info';
import { PALETTES, STANDING_SYMBOL } from '../charts/standing-style';
import type { ReportDocument } from './report-document';
import { hexToRgb, Raster, type Pattern } from './png-chart';
import { CHANGES_HEADER, CHANGES_LEGEND, changeRowCells, META_HEADER, metaCountsText, metaLegend, metaRow, reportBlocks, reportSections, type STANDING_LABEL, svNumber, WITHOUT_FILL, WITHOUT_REASONS, type MetaBar, type OutlierFinding, type ReportSections } from './report-sections';

const FONT = 'Arial';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'C9D1D9' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

const text = (t: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) => new TextRun({ text: t, font: FONT, ...options });
const para = (t: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) => new Paragraph({ children: [text(t, options)], spacing: { after: 120 } });
const heading = (t: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text: t, heading: level, spacing: { before: 240, after: 120 } });
const source = (t: string) => para(t, { size: 16, color: '4A5560' });

function table(header: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]): Table {
  const cell = (t: string, isHeader: boolean, i: number) =>
    new TableCell({
      children: [new Paragraph({ children: [text(t, { bold: isHeader || i === 0, size: 18 })] })],
      borders: BORDERS,
      ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F5F7' } } : {}),
      ...(widths?.[i] ? { width: { size: widths[i]!, type: WidthType.PERCENTAGE } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, i)) }),
      ...rows.map((r) => new TableRow({ children: r.map((t, i) => cell(t, false, i)) })),
    ],
  });
}

const PATTERNS: Readonly<Record<keyof typeof STANDING_LABEL, Pattern>> = { favourable: 'solid', middle: 'dots', unfavourable: 'hatch' };

/** The metaanalys as a stacked bar image: one bar per area, shares of ▲/●/▼ and utan läge (grey, last); patterns as well as colours. */
export function metaBarsPng(bars: readonly MetaBar[]): { png: Uint8Array; width: number; height: number } {
  const width = 640;
  const barH = 26;
  const gap = 12;
  const height = Math.max(1, bars.length) * (barH + gap) + gap;
  const raster = new Raster(width, height);
  bars.forEach((b, i) => {
    const y = gap + i * (barH + gap);
    let x = 0;
    for (const key of ['favourable', 'middle', 'unfavourable', 'without'] as const) {
      const w = (b[key] / (b.total + b.without)) * (width - 1);
      raster.rect(x, y, w, barH, hexToRgb(key === 'without' ? WITHOUT_FILL : PALETTES.default[key]), key === 'without' ? 'solid' : PATTERNS[key]);
      x += w;
    }
    raster.outline(0, y, width, barH, [80, 80, 80]);
  });
  return { png: raster.toPng(), width, height };
}

function metaSection(s: ReportSections): (Paragraph | Table)[] {
  if (s.metaBars.length === 0) return [para('Inga indikatorer för året.')];
  const chart = metaBarsPng(s.metaBars);
  const alt = s.metaBars.map((b) => `${b.area}: ${metaCountsText(b)}`).join('; ');
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width: chart.width * 0.9, height: chart.height * 0.9 },
          altText: { name: 'Metaanalys', title: `Läge per område ${s.latestYear}`, description: `Staplat stapeldiagram, uppifrån: ${alt}.` },
        }),
      ],
    }),
    para(
      `Staplarna uppifrån: ${s.metaBars.map((b) => b.area).join(', ')}. Helfylld grön: ${STANDING_SYMBOL.favourable} gynnsamt, prickad: ${STANDING_SYMBOL.middle} mellan, streckad: ${STANDING_SYMBOL.unfavourable} ogynnsamt, grå längst till höger: utan läge.`,
      { size: 18, italics: true },
    ),
    table(META_HEADER, s.metaBars.map(metaRow)),
    para(metaLegend(s.metaBars), { size: 18 }),
  ];
}

/**
 * The Nämndrapport as a Word document to paste into a tjänsteskrivelse:
 * headings (with a table of contents Word fills in), text, tables, the chart
 * as an image with alt text, page numbers, and the source line under every part.
 */
export async function reportToDocx(doc: ReportDocument): Promise<Uint8Array> {
  const s = reportSections(doc);
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ text: s.title, heading: HeadingLevel.TITLE }),
    para(s.subtitle),
    para(s.caveat, { italics: true }),
    new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  const finding = (o: OutlierFinding) => [
    heading(o.title, HeadingLevel.HEADING_2),
    para(`${o.area}. ${o.headline}.`),
    para(o.latestText),
    table(['År', doc.home.name, 'Median i gruppen', 'Riket'], o.trend.map((p) => [String(p.year), svNumber(p.home), svNumber(p.median), svNumber(p.riket)])),
    ...o.notes.map((n) => para(`Förvaltningens kommentar: ${n}`, { italics: true })),
    source(o.source),
  ];
  for (const block of reportBlocks(doc, s)) {
    switch (block.kind) {
      case 'heading':
        children.push(heading(block.text, HeadingLevel.HEADING_1));
        break;
      case 'text':
        children.push(...block.text.split(/\n{2,}/).map((t) => para(t)));
        break;
      case 'meta':
        children.push(heading(`Metaanalys ${s.latestYear}`, HeadingLevel.HEADING_1), ...metaSection(s), source(s.sourceLine));
        break;
      case 'metaTable':
        children.push(heading('Ogynnsamt läge per område och år', HeadingLevel.HEADING_1), table(['Område', ...s.metaTable.years.map(String)], s.metaTable.rows.map((r) => [r.area, ...r.cells])), para(WITHOUT_REASONS, { size: 18 }), source(s.sourceLine));
        break;
      case 'outliers':
        children.push(heading('Återkommande avvikare', HeadingLevel.HEADING_1));
        if (block.findings.length === 0) children.push(para('Inga indikatorer har varit ogynnsamma flera år i rad.'));
        for (const o of block.findings) children.push(...finding(o));
        break;
      case 'finding':
        children.push(...finding(block.finding));
        break;
      case 'changes':
        children.push(
          heading(`Största förändringar till ${s.latestYear}`, HeadingLevel.HEADING_1),
          ...(s.changes.length === 0 ? [para('Inga förändringar att visa.')] : [table(CHANGES_HEADER, s.changes.map(changeRowCells), [34, 10, 8, 8, 18, 13, 9]), para(CHANGES_LEGEND, { size: 18 })]),
          source(s.sourceLine),
        );
        break;
      case 'notes':
        children.push(heading('Förvaltningens kommentarer', HeadingLevel.HEADING_1), ...s.notes.map((n) => para(`${n.heading}: ${n.text}`)));
        break;
      case 'network':
        children.push(
          heading(`${block.table.name} ${block.table.year}: varje kommun mot nätverket`, HeadingLevel.HEADING_1),
          table(['Kommun', ...block.table.areas, 'Återkommande ▼'], block.table.rows.map((r) => [r.name, ...r.cells.map((c) => `▲${c.favourable} ●${c.middle} ▼${c.unfavourable}`), String(r.persistent)])),
          source(s.sourceLine),
        );
        break;
    }
  }
  children.push(heading('Om underlaget', HeadingLevel.HEADING_1), para(s.members), source(s.sourceLine));
  const document = new Document({
    creator: APP_NAME,
    title: s.title,
    description: s.subtitle,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, // A4, 2 cm
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ font: FONT, size: 18, children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

