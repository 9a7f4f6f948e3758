import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
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
  type ParagraphChild,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { APP_NAME } from '../app-info';
import {
  ACCENT_COLOUR,
  BAND_COLOUR,
  INK_COLOUR,
  LINE_COLOUR,
  MUTED_COLOUR,
  officeHex,
} from '../charts/chart-palette';
import type { ReportDocument } from './report-document';
import { metaBarsChart, trendChart } from './report-docx-charts';
import { REPORT_FONT, type ReportFontFiles } from './report-fonts';
import {
  changeRowCells,
  metaLegend,
  metaRow,
  networkCellText,
  reportBlocks,
  reportSections,
  stanceRowCells,
  type OutlierFinding,
  type ReportSections,
} from './report-sections';
import { sourceRowCells } from './report-sources';
import type { ReportTexts } from './report-texts';

const FONT = REPORT_FONT;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: officeHex(LINE_COLOUR) };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
/** Twips: a little air between the text and the cell's lines, as on screen. */
const CELL_MARGINS = { top: 30, bottom: 30, left: 70, right: 70 };
/** Half-points: 9 pt is the smallest type in the document (issue 17), footers 10 pt. */
export const SMALL_HALF_POINTS = 18;
const FOOTER_HALF_POINTS = 20;

/** "Sida 2 av 5" / "Page 2 of 5" with Word's page fields, from the same words as the PDF footer. */
function pageFooter(tx: ReportTexts): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  const [before = '', between = '', after = ''] = tx
    .t('dialog.pdfFooter', { page: '\u0000', pages: '\u0000' })
    .split('\u0000');
  return [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after].filter(
    (p) => p !== '',
  );
}

type RunOptions = { bold?: boolean; italics?: boolean; size?: number; color?: string };
const text = (t: string, options: RunOptions = {}) =>
  new TextRun({ text: t, font: FONT, ...options });
const para = (t: string, options: RunOptions = {}, keepNext = false) =>
  new Paragraph({
    children: [text(t, options)],
    spacing: { after: 120 },
    keepNext,
    keepLines: true,
  });
const heading = (t: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({
    text: t,
    heading: level,
    spacing: { before: 240, after: 120 },
    keepNext: true,
    keepLines: true,
  });
/** The short source reference under a part: "Källa 3", "Källor 1–4" (the legend before it keeps with it, so it never starts a page alone). */
const ref = (t: string): Paragraph[] =>
  t ? [para(t, { size: SMALL_HALF_POINTS, color: officeHex(MUTED_COLOUR) })] : [];
const chartParagraph = (run: ParagraphChild) =>
  new Paragraph({ children: [run], keepNext: true, spacing: { after: 120 } });

/** A table; `keepTogether` keeps every row with the next, so a short table (the Källor list) never leaves its tail alone on a page. */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths?: readonly number[],
  keepTogether = false,
): Table {
  const cell = (t: string, isHeader: boolean, i: number, last: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [text(t, { bold: isHeader || i === 0, size: SMALL_HALF_POINTS })],
          keepNext: keepTogether && !last,
        }),
      ],
      borders: BORDERS,
      margins: CELL_MARGINS,
      ...(isHeader
        ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: officeHex(BAND_COLOUR) } }
        : {}),
      ...(widths?.[i] ? { width: { size: widths[i]!, type: WidthType.PERCENTAGE } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, true, i, rows.length === 0)),
      }),
      ...rows.map(
        (r, ri) =>
          new TableRow({
            cantSplit: true,
            children: r.map((t, i) => cell(t, false, i, ri === rows.length - 1)),
          }),
      ),
    ],
  });
}

function metaSection(s: ReportSections): (Paragraph | Table)[] {
  if (s.metaBars.length === 0) return [para(s.texts.noMeta)];
  return [
    chartParagraph(metaBarsChart(s.metaBars, s.latestYear, s.texts)),
    table(s.texts.metaHeader, s.metaBars.map(metaRow)),
    para(metaLegend(s.metaBars, s.texts), { size: SMALL_HALF_POINTS }, true),
  ];
}

/**
 * The Nämndrapport as a Word document to paste into a tjänsteskrivelse:
 * headings, a table of contents as a TOC field with page numbers (Word
 * updates it; the numbers are also laid out and written with the document),
 * native charts, tables, a footer with PAGE / NUMPAGES fields, the bundled
 * font embedded, and the sources listed once, under "Källor" at the end.
 */
export function docxDocument(
  doc: ReportDocument,
  options: Readonly<{ fonts?: ReportFontFiles }> = {},
): Document {
  const s = reportSections(doc);
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ children: [text(s.title)], heading: HeadingLevel.TITLE }),
    para(s.subtitle),
    para(s.caveat, { italics: true }),
    new Paragraph({
      children: [text(s.texts.contents, { bold: true, size: 32, color: officeHex(ACCENT_COLOUR) })],
      spacing: { before: 240, after: 120 },
      keepNext: true,
    }),
    new TableOfContents(s.texts.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    // Word's own instruction under the contents list: Word asks to update the fields on opening; this says what to do otherwise.
    para(s.texts.t('reportBody.tocHint'), {
      size: SMALL_HALF_POINTS,
      italics: true,
      color: officeHex(MUTED_COLOUR),
    }),
  ];
  const finding = (o: OutlierFinding) => {
    const chart = trendChart(o, doc.home.name, s.texts);
    return [
      heading(o.title, HeadingLevel.HEADING_2),
      para(`${o.area}. ${o.headline}.`, {}, true),
      ...(chart ? [chartParagraph(chart)] : []),
      para(o.latestText),
      table(
        [s.texts.year, doc.home.name, s.texts.groupMedian, s.texts.riket],
        o.trend.map((p) => [
          String(p.year),
          s.texts.num(p.home),
          s.texts.num(p.median),
          s.texts.num(p.riket),
        ]),
      ),
      ...o.notes.map((n) => para(s.texts.note(n), { italics: true })),
      ...ref(o.sourceRef),
    ];
  };
  for (const block of reportBlocks(doc, s)) {
    switch (block.kind) {
      case 'heading':
        children.push(heading(block.text, HeadingLevel.HEADING_1));
        break;
      case 'text':
        children.push(...block.text.split(/\n{2,}/).map((t) => para(t)));
        break;
      case 'meta':
        children.push(
          heading(s.texts.meta, HeadingLevel.HEADING_1),
          ...metaSection(s),
          ...ref(s.partSources.meta.ref),
        );
        break;
      case 'metaTable':
        children.push(
          heading(s.texts.metaTable, HeadingLevel.HEADING_1),
          table(
            [s.texts.area, ...s.metaTable.years.map(String)],
            s.metaTable.rows.map((r) => [r.area, ...r.cells]),
          ),
          para(s.texts.withoutReasons, { size: SMALL_HALF_POINTS }, true),
          ...ref(s.partSources.metaTable.ref),
        );
        break;
      case 'outliers':
        children.push(heading(s.texts.outliers, HeadingLevel.HEADING_1));
        if (block.findings.length === 0) children.push(para(s.texts.noOutliers));
        for (const o of block.findings) children.push(...finding(o));
        break;
      case 'finding':
        children.push(...finding(block.finding));
        break;
      case 'changes':
        children.push(
          heading(s.texts.changes, HeadingLevel.HEADING_1),
          ...(s.changes.length === 0
            ? [para(s.texts.noChanges)]
            : [
                table(
                  s.texts.changesHeader,
                  s.changes.map(changeRowCells),
                  [30, 13, 8, 8, 20, 13, 8],
                ),
                para(s.texts.changesLegend, { size: SMALL_HALF_POINTS }, true),
              ]),
          ...ref(s.partSources.changes.ref),
        );
        break;
      case 'notes':
        children.push(
          heading(s.texts.notes, HeadingLevel.HEADING_1),
          ...s.notes.map((n) => para(`${n.heading}: ${n.text}`)),
        );
        break;
      case 'stances':
        children.push(
          heading(s.texts.stances, HeadingLevel.HEADING_1),
          table(s.texts.stancesHeader, s.stances.rows.map(stanceRowCells), [28, 12, 14, 38, 8]),
          para(s.stances.legend, { size: SMALL_HALF_POINTS }, true),
        );
        break;
      case 'development':
        children.push(
          heading(block.part.title, HeadingLevel.HEADING_1),
          ...block.part.content.flatMap((c) =>
            c.kind === 'paragraph'
              ? [para(c.text)]
              : [heading(c.caption, HeadingLevel.HEADING_2), table(c.header, c.rows)],
          ),
          para(block.part.legend, { size: SMALL_HALF_POINTS }, true),
        );
        break;
      case 'network':
        children.push(
          heading(s.texts.network(block.table.name, block.table.year), HeadingLevel.HEADING_1),
          table(
            [s.texts.kommun, ...block.table.areas, s.texts.persistentColumn],
            block.table.rows.map((r) => [
              r.name,
              ...r.cells.map((c) => networkCellText(c, block.table.year, s.texts)),
              String(r.persistent),
            ]),
          ),
          para(s.texts.networkLegend(block.table.year), { size: SMALL_HALF_POINTS }, true),
          ...ref(s.partSources.all.ref),
        );
        break;
    }
  }
  children.push(
    heading(s.texts.about, HeadingLevel.HEADING_1),
    para(s.members),
    para(s.methodLine),
    heading(s.texts.sources, HeadingLevel.HEADING_1),
    s.sources.length > 0
      ? table(s.texts.sourcesHeader, s.sources.map(sourceRowCells), [10, 40, 24, 8, 18], true)
      : para(s.texts.noSources),
  );
  const fonts = options.fonts;
  return new Document({
    creator: APP_NAME,
    title: s.title,
    description: s.subtitle,
    features: { updateFields: true },
    ...(fonts
      ? {
          // docx types the files as Node's Buffer; it only reads their bytes, so a Uint8Array (all a browser has) does.
          fonts: [
            {
              name: FONT,
              data: fonts.regular as never,
              bold: fonts.bold as never,
              italic: fonts.italic as never,
            },
          ],
          // Lays the pages out with the embedded font, so the contents list is written with its page numbers.
          pageNumbers: estimatePageNumbersWith({
            fonts: [{ data: fonts.regular }, { data: fonts.bold }, { data: fonts.italic }],
            guess: true,
          }),
        }
      : {}),
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 } },
        title: {
          run: { font: FONT, size: 48, bold: true, color: officeHex(ACCENT_COLOUR) },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: { run: { font: FONT, size: 32, bold: true, color: officeHex(ACCENT_COLOUR) } },
        heading2: { run: { font: FONT, size: 25, bold: true, color: officeHex(INK_COLOUR) } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        }, // A4, 2 cm
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    font: FONT,
                    size: FOOTER_HALF_POINTS,
                    color: officeHex(MUTED_COLOUR),
                    children: [`${s.title} · `, ...pageFooter(s.texts)],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function reportToDocx(
  doc: ReportDocument,
  options: Readonly<{ fonts?: ReportFontFiles }> = {},
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(doc, options)));
}
