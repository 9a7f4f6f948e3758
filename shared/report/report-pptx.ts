import PptxGenJS from 'pptxgenjs';
import { COUNT_LABEL_FORMAT, zeroBasedScale } from '../charts/chart-axis';
import {
  ACCENT_COLOUR,
  BAND_COLOUR,
  INK_COLOUR,
  LINE_COLOUR,
  META_BAR_FILLS,
  MUTED_COLOUR,
  officeHex,
  TREND_STYLE,
} from '../charts/chart-palette';
import { STANDING_SYMBOL } from '../charts/standing-style';
import { APP_NAME } from '../app-info';
import type { NetworkTable, ReportDocument } from './report-document';
import { developmentPartLines, type DevelopmentReportPart } from './development-report';
import { REPORT_FONT } from './report-fonts';
import { styleTrendLines } from './pptx-line-styles';
import {
  changeRowCells,
  metaCountsText,
  metaLegend,
  networkCellText,
  reportBlocks,
  reportSections,
  stanceRowCells,
  lineChartAlt,
  type OutlierFinding,
  type PartSources,
  type ReportSections,
} from './report-sections';
import { sourceRowCells } from './report-sources';

/**
 * pptxgenjs cannot embed a font: the deck names the bundled one (Liberation
 * Sans), which pptxgenjs marks as a Swiss (sans-serif) face, so PowerPoint
 * substitutes a font of the same widths (Arial) where it is not installed.
 */
const FONT = REPORT_FONT;
const INK = officeHex(INK_COLOUR);
const MUTED = officeHex(MUTED_COLOUR);
const ACCENT = officeHex(ACCENT_COLOUR);
/** The smallest type on a slide: sources, table text (issue 17: it was 5–8 pt). */
export const MIN_SLIDE_FONT_PT = 10;
/** The footer of every content slide: the caveat and the short source reference. */
export const FOOTER_FONT_PT = 11;
/** Rows of the Källor table per slide, so 20 files stay readable instead of shrinking. */
const SOURCES_PER_SLIDE = 10;

type Slide = ReturnType<PptxGenJS['addSlide']>;

/**
 * A content slide: title, and a footer with the caveat and the short source
 * reference ("Källa 3") in 11 pt. The presenter notes keep the slide's full
 * source: every file with publisher, year and sha256, and the method.
 */
function frame(
  pptx: PptxGenJS,
  s: ReportSections,
  title: string,
  notes: string,
  sources: PartSources,
): Slide {
  const slide = pptx.addSlide();
  slide.addText(title, {
    x: 0.4,
    y: 0.2,
    w: 9.2,
    h: 0.7,
    fontFace: FONT,
    fontSize: 24,
    bold: true,
    color: ACCENT,
    fit: 'shrink',
  });
  slide.addText(sources.ref ? `${s.caveat} ${sources.ref}.` : s.caveat, {
    x: 0.4,
    y: 5.1,
    w: 9.2,
    h: 0.45,
    fontFace: FONT,
    fontSize: FOOTER_FONT_PT,
    color: MUTED,
    valign: 'top',
  });
  slide.addNotes(`${notes}\n\n${sources.full}\n${s.members}`);
  return slide;
}

const head = (text: string) => ({
  text,
  options: { bold: true, fill: { color: officeHex(BAND_COLOUR) }, color: INK },
});
const TABLE_BORDER = { type: 'solid', pt: 0.5, color: officeHex(LINE_COLOUR) } as const;
const cellText = (text: string) => ({ text, options: { color: INK } });

/**
 * The Nämndrapport as a 16:9 deck: one finding per slide, native (editable)
 * PowerPoint charts with axis titles, and tables; a short source reference in
 * each slide's footer, the full source in its presenter notes, and the
 * sources listed once, on "Källor" slides at the end.
 */
export async function reportToPptx(doc: ReportDocument): Promise<Uint8Array> {
  const s = reportSections(doc);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = s.title;
  pptx.author = APP_NAME;
  pptx.company = doc.home.name;
  pptx.subject = s.texts.t('reportBody.subject');

  const cover = pptx.addSlide();
  cover.addText(s.title, {
    x: 0.6,
    y: 1.3,
    w: 8.8,
    h: 1.2,
    fontFace: FONT,
    fontSize: 32,
    bold: true,
    color: ACCENT,
    fit: 'shrink',
  });
  cover.addText(s.subtitle, {
    x: 0.6,
    y: 2.6,
    w: 8.8,
    h: 0.8,
    fontFace: FONT,
    fontSize: 16,
    color: INK,
  });
  cover.addText(s.caveat, {
    x: 0.6,
    y: 3.6,
    w: 8.8,
    h: 0.6,
    fontFace: FONT,
    fontSize: 14,
    italic: true,
    color: MUTED,
  });
  cover.addNotes(`${s.subtitle}\n\n${s.partSources.all.full}\n${s.members}`);

  let currentHeading: string | null = null;
  for (const block of reportBlocks(doc, s)) {
    switch (block.kind) {
      case 'heading': {
        currentHeading = block.text;
        const slide = pptx.addSlide();
        slide.addText(block.text, {
          x: 0.6,
          y: 2.0,
          w: 8.8,
          h: 1.2,
          fontFace: FONT,
          fontSize: 30,
          bold: true,
          color: ACCENT,
          fit: 'shrink',
        });
        slide.addNotes(`${block.text}\n\n${s.methodLine}`);
        break;
      }
      case 'text': {
        const slide = frame(pptx, s, currentHeading ?? s.texts.notes, block.text, {
          ref: '',
          full: s.methodLine,
        });
        slide.addText(block.text, {
          x: 0.4,
          y: 1.0,
          w: 9.2,
          h: 3.9,
          fontFace: FONT,
          fontSize: 16,
          color: INK,
          valign: 'top',
          fit: 'shrink',
        });
        break;
      }
      case 'meta':
        metaSlide(pptx, s);
        break;
      case 'metaTable':
        metaTableSlide(pptx, s);
        break;
      case 'outliers':
        if (block.findings.length === 0)
          frame(pptx, s, s.texts.outliers, s.texts.noOutliers, s.partSources.metaTable).addText(
            s.texts.noOutliers,
            {
              x: 0.4,
              y: 1.2,
              w: 9.2,
              h: 1,
              fontFace: FONT,
              fontSize: 18,
              color: INK,
            },
          );
        for (const o of block.findings) findingSlide(pptx, s, doc.home.name, o);
        break;
      case 'finding':
        findingSlide(pptx, s, doc.home.name, block.finding);
        break;
      case 'changes':
        changesSlide(pptx, s);
        break;
      case 'notes':
        notesSlide(pptx, s);
        break;
      case 'stances':
        stancesSlide(pptx, s);
        break;
      case 'development':
        developmentSlides(pptx, s, block.part);
        break;
      case 'network':
        networkSlide(pptx, s, block.table);
        break;
    }
  }
  sourcesSlides(pptx, s);

  return styleTrendLines(
    (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array,
  );
}

function metaSlide(pptx: PptxGenJS, s: ReportSections): void {
  if (s.metaBars.length === 0) return;
  const legend = metaLegend(s.metaBars, s.texts);
  const slide = frame(
    pptx,
    s,
    s.texts.metaSlide,
    `${s.texts.t('reportBody.notes.meta', { year: s.latestYear })}\n${s.metaBars.map((b) => `${b.area}: ${metaCountsText(b, s.texts)}`).join('\n')}\n${legend}`,
    s.partSources.meta,
  );
  const scale = zeroBasedScale(
    s.metaBars.map((b) => b.total + b.without),
    false,
  );
  // PowerPoint draws the first category at the bottom: give them bottom-up so the bars read top-down as in the table.
  const bars = [...s.metaBars].reverse();
  const labels = bars.map((b) => b.area);
  slide.addChart(
    'bar',
    [
      {
        name: `${STANDING_SYMBOL.favourable} ${s.texts.standing.favourable}`,
        labels,
        values: bars.map((b) => b.favourable),
      },
      {
        name: `${STANDING_SYMBOL.middle} ${s.texts.standing.middle}`,
        labels,
        values: bars.map((b) => b.middle),
      },
      {
        name: `${STANDING_SYMBOL.unfavourable} ${s.texts.standing.unfavourable}`,
        labels,
        values: bars.map((b) => b.unfavourable),
      },
      { name: s.texts.without, labels, values: bars.map((b) => b.without) },
    ],
    {
      x: 0.4,
      y: 0.95,
      w: 9.2,
      h: 3.4,
      barDir: 'bar',
      barGrouping: 'stacked',
      chartColors: [
        META_BAR_FILLS.favourable,
        META_BAR_FILLS.middle,
        META_BAR_FILLS.unfavourable,
        META_BAR_FILLS.without,
      ].map(officeHex),
      showLegend: true,
      legendPos: 'b',
      legendFontFace: FONT,
      legendFontSize: 12,
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 12,
      valAxisLabelFontFace: FONT,
      valAxisLabelFontSize: 11,
      showValAxisTitle: true,
      valAxisTitle: s.texts.t('reportBody.indicatorCount'),
      valAxisTitleFontFace: FONT,
      valAxisTitleFontSize: 12,
      valAxisTitleColor: INK,
      valAxisMinVal: 0,
      valAxisMaxVal: scale.max,
      valAxisMajorUnit: scale.step,
      valAxisLabelFormatCode: '0',
      showValue: true,
      dataLabelFontFace: FONT,
      dataLabelFontSize: 11,
      dataLabelColor: INK,
      dataLabelFormatCode: COUNT_LABEL_FORMAT,
      altText: `Staplat stapeldiagram: ${s.metaBars.map((b) => `${b.area} ${metaCountsText(b, s.texts)}`).join('; ')}.`,
    },
  );
  slide.addText(legend, {
    x: 0.4,
    y: 4.4,
    w: 9.2,
    h: 0.7,
    fontFace: FONT,
    fontSize: 11,
    color: INK,
    valign: 'top',
  });
}

function metaTableSlide(pptx: PptxGenJS, s: ReportSections): void {
  if (s.metaTable.rows.length === 0) return;
  const slide = frame(
    pptx,
    s,
    s.texts.metaTable,
    `${s.texts.t('reportBody.notes.metaTable')}\n${s.texts.withoutReasons}`,
    s.partSources.metaTable,
  );
  slide.addTable(
    [
      [head(s.texts.area), ...s.metaTable.years.map((y) => head(String(y)))],
      ...s.metaTable.rows.map((r) => [head(r.area), ...r.cells.map(cellText)]),
    ],
    { x: 0.4, y: 1.0, w: 9.2, fontFace: FONT, fontSize: 12, border: TABLE_BORDER },
  );
  slide.addText(s.texts.withoutReasons, {
    x: 0.4,
    y: 4.4,
    w: 9.2,
    h: 0.7,
    fontFace: FONT,
    fontSize: 11,
    color: INK,
    valign: 'top',
  });
}

function findingSlide(
  pptx: PptxGenJS,
  s: ReportSections,
  homeName: string,
  o: OutlierFinding,
): void {
  const slide = frame(
    pptx,
    s,
    o.title,
    `${o.headline}. ${o.latestText} ${o.notes.map((n) => s.texts.note(n)).join(' ')}`,
    { ref: o.sourceRef, full: o.sourceFull },
  );
  slide.addText(`${o.area} · ${o.headline}`, {
    x: 0.4,
    y: 0.85,
    w: 9.2,
    h: 0.4,
    fontFace: FONT,
    fontSize: 14,
    color: INK,
  });
  const points = o.trend.filter((p) => p.home !== null || p.median !== null);
  if (points.length >= 2) {
    const labels = points.map((p) => String(p.year));
    const hasRiket = points.some((p) => p.riket !== null);
    const scale = zeroBasedScale(
      points.flatMap((p) => [p.home, p.median, p.riket]).filter((v): v is number => v !== null),
      o.share,
    );
    slide.addChart(
      'line',
      [
        { name: homeName, labels, values: points.map((p) => p.home) },
        { name: s.texts.t('reportBody.peerMedian'), labels, values: points.map((p) => p.median) },
        ...(hasRiket ? [{ name: s.texts.riket, labels, values: points.map((p) => p.riket) }] : []),
      ],
      {
        // pptxgenjs 4 sets dash and marker per chart, not per series: styleTrendLines gives each line its own afterwards.
        x: 0.4,
        y: 1.3,
        w: 6.0,
        h: 3.75,
        lineSize: 3,
        lineDataSymbolSize: 8,
        displayBlanksAs: 'gap',
        chartColors: [
          TREND_STYLE.home.colour,
          TREND_STYLE.median.colour,
          ...(hasRiket ? [TREND_STYLE.riket.colour] : []),
        ].map(officeHex),
        showLegend: true,
        legendPos: 'b',
        legendFontFace: FONT,
        legendFontSize: 11,
        valAxisLabelFontFace: FONT,
        valAxisLabelFontSize: 11,
        valAxisMinVal: scale.min,
        valAxisMaxVal: scale.max,
        valAxisMajorUnit: scale.step,
        showValAxisTitle: true,
        valAxisTitle: o.axisTitle,
        valAxisTitleFontFace: FONT,
        valAxisTitleFontSize: 11,
        valAxisTitleColor: INK,
        showCatAxisTitle: true,
        catAxisTitle: s.texts.year,
        catAxisTitleFontFace: FONT,
        catAxisTitleFontSize: 11,
        catAxisTitleColor: INK,
        catAxisLabelFontFace: FONT,
        catAxisLabelFontSize: 11,
        altText: `${lineChartAlt(o, points, homeName, s.texts)}.`,
      },
    );
  }
  slide.addText(
    [
      { text: o.latestText, options: { breakLine: true } },
      ...o.notes.map((n) => ({
        text: `Kommentar: ${n}`,
        options: { breakLine: true, italic: true },
      })),
    ],
    {
      x: 6.6,
      y: 1.3,
      w: 3.0,
      h: 3.6,
      fontFace: FONT,
      fontSize: 13,
      color: INK,
      valign: 'top',
      fit: 'shrink',
    },
  );
}

function changesSlide(pptx: PptxGenJS, s: ReportSections): void {
  if (s.changes.length === 0) return;
  const rows = s.changes.slice(0, 8);
  const slide = frame(
    pptx,
    s,
    s.texts.changes,
    `${s.texts.t('reportBody.notes.changes')}\n${rows.map((c) => `${c.title} (${c.years}): ${c.change}, ${c.meaning}${c.flag ? `, ${c.flag}` : ''}`).join('\n')}\n${s.texts.changesLegend}`,
    s.partSources.changes,
  );
  slide.addTable(
    [s.texts.changesHeader.map(head), ...rows.map((c) => changeRowCells(c).map(cellText))],
    {
      x: 0.4,
      y: 0.95,
      w: 9.2,
      colW: [3.5, 0.9, 0.7, 0.7, 1.6, 1.1, 0.7],
      fontFace: FONT,
      fontSize: MIN_SLIDE_FONT_PT,
      border: TABLE_BORDER,
    },
  );
  slide.addText(s.texts.changesLegend, {
    x: 0.4,
    y: 4.45,
    w: 9.2,
    h: 0.6,
    fontFace: FONT,
    fontSize: MIN_SLIDE_FONT_PT,
    color: INK,
    valign: 'top',
  });
}

function notesSlide(pptx: PptxGenJS, s: ReportSections): void {
  const slide = frame(
    pptx,
    s,
    s.texts.notes,
    `${s.texts.t('reportBody.notes.notes')}\n${s.notes.map((n) => `${n.heading}: ${n.text}`).join('\n')}`,
    { ref: '', full: s.methodLine },
  );
  slide.addText(
    s.notes.map((n) => ({
      text: `${n.heading}: ${n.text}`,
      options: { bullet: true, breakLine: true },
    })),
    {
      x: 0.4,
      y: 1.0,
      w: 9.2,
      h: 3.9,
      fontFace: FONT,
      fontSize: 14,
      color: INK,
      valign: 'top',
      fit: 'shrink',
    },
  );
}

/** Rows per table slide of an utvecklingsområden part: more go on the next slide under the same title. */
const DEVELOPMENT_ROWS_PER_SLIDE = 7;

/** "Utvecklingsområden" / "Utvärdering {år}": one slide per table (seven rows each), the paragraphs on a slide of their own. */
function developmentSlides(pptx: PptxGenJS, s: ReportSections, part: DevelopmentReportPart): void {
  const notes = `${developmentPartLines(part).join('\n')}\n${part.legend}`;
  const sources = { ref: '', full: s.methodLine };
  const paragraphs = part.content.flatMap((c) => (c.kind === 'paragraph' ? [c.text] : []));
  for (const c of part.content) {
    if (c.kind !== 'table') continue;
    for (let from = 0; from < c.rows.length; from += DEVELOPMENT_ROWS_PER_SLIDE) {
      const rows = c.rows.slice(from, from + DEVELOPMENT_ROWS_PER_SLIDE);
      const slide = frame(pptx, s, `${part.title}: ${c.caption}`, notes, sources);
      slide.addTable([c.header.map(head), ...rows.map((r) => r.map(cellText))], {
        x: 0.4,
        y: 0.95,
        w: 9.2,
        fontFace: FONT,
        fontSize: MIN_SLIDE_FONT_PT,
        border: TABLE_BORDER,
      });
    }
  }
  if (paragraphs.length > 0)
    frame(pptx, s, part.title, notes, sources).addText([...paragraphs, part.legend].join('\n\n'), {
      x: 0.4,
      y: 1.0,
      w: 9.2,
      h: 3.9,
      fontFace: FONT,
      fontSize: MIN_SLIDE_FONT_PT,
      color: INK,
      valign: 'top',
      fit: 'shrink',
    });
}

/** "Röda med ställningstagande": the reds the förvaltning has taken a stance on, as a table (the first eight). */
function stancesSlide(pptx: PptxGenJS, s: ReportSections): void {
  const rows = s.stances.rows.slice(0, 8);
  const slide = frame(
    pptx,
    s,
    s.texts.stances,
    `${s.stances.rows.map((r) => `${r.title} (${r.year}): ${r.stance} – ${r.note}`).join('\n')}\n${s.stances.legend}`,
    { ref: '', full: s.methodLine },
  );
  slide.addTable(
    [s.texts.stancesHeader.map(head), ...rows.map((r) => stanceRowCells(r).map(cellText))],
    {
      x: 0.4,
      y: 0.95,
      w: 9.2,
      colW: [3.0, 1.2, 1.5, 2.9, 0.6],
      fontFace: FONT,
      fontSize: MIN_SLIDE_FONT_PT,
      border: TABLE_BORDER,
    },
  );
  slide.addText(s.stances.legend, {
    x: 0.4,
    y: 4.45,
    w: 9.2,
    h: 0.6,
    fontFace: FONT,
    fontSize: MIN_SLIDE_FONT_PT,
    color: INK,
    valign: 'top',
  });
}

function networkSlide(pptx: PptxGenJS, s: ReportSections, table: NetworkTable): void {
  const slide = frame(
    pptx,
    s,
    s.texts.network(table.name, table.year),
    `${s.texts.t('reportBody.notes.network', { name: table.name, year: table.year })} ${s.texts.networkLegend(table.year)}`,
    s.partSources.all,
  );
  slide.addTable(
    [
      [head(s.texts.kommun), ...table.areas.map(head), head(s.texts.persistentColumn)],
      ...table.rows.map((r) => [
        head(r.name),
        ...r.cells.map((c) => cellText(networkCellText(c, table.year, s.texts))),
        cellText(String(r.persistent)),
      ]),
    ],
    { x: 0.4, y: 1.0, w: 9.2, fontFace: FONT, fontSize: MIN_SLIDE_FONT_PT, border: TABLE_BORDER },
  );
}

/** The sources, listed once at the end: file, publisher, year, the start of its sha256; ten to a slide, the method under the last. */
function sourcesSlides(pptx: PptxGenJS, s: ReportSections): void {
  const pages = Math.max(1, Math.ceil(s.sources.length / SOURCES_PER_SLIDE));
  for (let page = 0; page < pages; page++) {
    const rows = s.sources.slice(page * SOURCES_PER_SLIDE, (page + 1) * SOURCES_PER_SLIDE);
    const slide = pptx.addSlide();
    slide.addText(pages > 1 ? `${s.texts.sources} (${page + 1}/${pages})` : s.texts.sources, {
      x: 0.4,
      y: 0.2,
      w: 9.2,
      h: 0.7,
      fontFace: FONT,
      fontSize: 24,
      bold: true,
      color: ACCENT,
    });
    if (rows.length > 0)
      slide.addTable(
        [s.texts.sourcesHeader.map(head), ...rows.map((r) => sourceRowCells(r).map(cellText))],
        {
          x: 0.4,
          y: 0.95,
          w: 9.2,
          colW: [0.8, 3.2, 3.0, 0.6, 1.6],
          fontFace: FONT,
          fontSize: MIN_SLIDE_FONT_PT,
          border: TABLE_BORDER,
        },
      );
    if (page === pages - 1)
      slide.addText(s.methodLine, {
        x: 0.4,
        y: 4.55,
        w: 9.2,
        h: 0.9,
        fontFace: FONT,
        fontSize: FOOTER_FONT_PT,
        color: MUTED,
        valign: 'top',
      });
    slide.addNotes(`${rows.map((r) => r.text).join('\n')}\n\n${s.methodLine}\n${s.members}`);
  }
}
