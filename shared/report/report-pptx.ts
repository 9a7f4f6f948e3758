import PptxGenJS from 'pptxgenjs';
import { PALETTES } from '../charts/standing-style';
import { APP_NAME } from '../app-info';
import type { ReportDocument } from './report-document';
import { CHANGES_HEADER, CHANGES_LEGEND, changeRowCells, metaCountsText, metaLegend, reportBlocks, reportSections, STANDING_LABEL, svNumber, WITHOUT_FILL, WITHOUT_LABEL, WITHOUT_REASONS, type OutlierFinding, type ReportSections } from './report-sections';
import type { NetworkTable } from './report-document';
import { STANDING_SYMBOL } from '../charts/standing-style';

const FONT = 'Arial';
const INK = '1B1F24';
const MUTED = '4A5560';
const ACCENT = '0B4F8A';
const hex = (c: string) => c.replace('#', '').toUpperCase();
const FILLS = PALETTES.default;

type Slide = ReturnType<PptxGenJS['addSlide']>;

function frame(pptx: PptxGenJS, s: ReportSections, title: string, notes: string): Slide {
  const slide = pptx.addSlide();
  slide.addText(title, { x: 0.4, y: 0.2, w: 9.2, h: 0.7, fontFace: FONT, fontSize: 24, bold: true, color: ACCENT, fit: 'shrink' });
  slide.addText(`${s.caveat} ${s.sourceLine}`, { x: 0.4, y: 5.05, w: 9.2, h: 0.5, fontFace: FONT, fontSize: 8, color: MUTED, valign: 'top', fit: 'shrink' });
  slide.addNotes(`${notes}\n\n${s.sourceLine}\n${s.members}`);
  return slide;
}

const head = (text: string) => ({ text, options: { bold: true, fill: { color: 'F3F5F7' }, color: INK } });
const cellText = (text: string) => ({ text, options: { color: INK } });

/**
 * The Nämndrapport as a 16:9 deck: one finding per slide, native (editable)
 * PowerPoint charts and tables, the source line on every slide and in the
 * presenter notes.
 */
export async function reportToPptx(doc: ReportDocument): Promise<Uint8Array> {
  const s = reportSections(doc);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = s.title;
  pptx.author = APP_NAME;
  pptx.company = doc.home.name;
  pptx.subject = 'Öppna jämförelser – metaanalys';

  const cover = pptx.addSlide();
  cover.addText(s.title, { x: 0.6, y: 1.3, w: 8.8, h: 1.2, fontFace: FONT, fontSize: 32, bold: true, color: ACCENT, fit: 'shrink' });
  cover.addText(s.subtitle, { x: 0.6, y: 2.6, w: 8.8, h: 0.8, fontFace: FONT, fontSize: 16, color: INK });
  cover.addText(s.caveat, { x: 0.6, y: 3.6, w: 8.8, h: 0.6, fontFace: FONT, fontSize: 14, italic: true, color: MUTED });
  cover.addNotes(`${s.subtitle}\n\n${s.sourceLine}\n${s.members}`);

  let currentHeading: string | null = null;
  for (const block of reportBlocks(doc, s)) {
    switch (block.kind) {
      case 'heading': {
        currentHeading = block.text;
        const slide = pptx.addSlide();
        slide.addText(block.text, { x: 0.6, y: 2.0, w: 8.8, h: 1.2, fontFace: FONT, fontSize: 30, bold: true, color: ACCENT, fit: 'shrink' });
        slide.addNotes(`${block.text}\n\n${s.sourceLine}`);
        break;
      }
      case 'text': {
        const slide = frame(pptx, s, currentHeading ?? 'Förvaltningens kommentar', block.text);
        slide.addText(block.text, { x: 0.4, y: 1.0, w: 9.2, h: 3.9, fontFace: FONT, fontSize: 16, color: INK, valign: 'top', fit: 'shrink' });
        break;
      }
      case 'meta':
        metaSlide(pptx, s);
        break;
      case 'metaTable':
        metaTableSlide(pptx, s);
        break;
      case 'outliers':
        if (block.findings.length === 0) frame(pptx, s, 'Återkommande avvikare', 'Inga indikatorer har varit ogynnsamma flera år i rad.').addText('Inga indikatorer har varit ogynnsamma flera år i rad.', { x: 0.4, y: 1.2, w: 9.2, h: 1, fontFace: FONT, fontSize: 18, color: INK });
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
      case 'network':
        networkSlide(pptx, s, block.table);
        break;
    }
  }

  return (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
}

function metaSlide(pptx: PptxGenJS, s: ReportSections): void {
  if (s.metaBars.length === 0) return;
  const legend = metaLegend(s.metaBars);
  const slide = frame(pptx, s, `Metaanalys ${s.latestYear}: läge per område`, `Antal indikatorer per område med gynnsamt, mellan och ogynnsamt läge ${s.latestYear}, och hur många som saknar läge.\n${s.metaBars.map((b) => `${b.area}: ${metaCountsText(b)}`).join('\n')}\n${legend}`);
  const labels = s.metaBars.map((b) => b.area);
  slide.addChart(
    'bar',
    [
      { name: `${STANDING_SYMBOL.favourable} ${STANDING_LABEL.favourable}`, labels, values: s.metaBars.map((b) => b.favourable) },
      { name: `${STANDING_SYMBOL.middle} ${STANDING_LABEL.middle}`, labels, values: s.metaBars.map((b) => b.middle) },
      { name: `${STANDING_SYMBOL.unfavourable} ${STANDING_LABEL.unfavourable}`, labels, values: s.metaBars.map((b) => b.unfavourable) },
      { name: WITHOUT_LABEL, labels, values: s.metaBars.map((b) => b.without) },
    ],
    {
      x: 0.4, y: 1.0, w: 9.2, h: 3.3, barDir: 'bar', barGrouping: 'stacked',
      chartColors: [hex(FILLS.favourable), hex(FILLS.middle), hex(FILLS.unfavourable), hex(WITHOUT_FILL)],
      showLegend: true, legendPos: 'b', legendFontFace: FONT, legendFontSize: 12,
      catAxisLabelFontFace: FONT, catAxisLabelFontSize: 12, valAxisLabelFontSize: 10,
      showValue: true, dataLabelFontSize: 10, dataLabelColor: INK,
      altText: `Staplat stapeldiagram: ${s.metaBars.map((b) => `${b.area} ${metaCountsText(b)}`).join('; ')}.`,
    },
  );
  slide.addText(legend, { x: 0.4, y: 4.35, w: 9.2, h: 0.65, fontFace: FONT, fontSize: 11, color: INK, valign: 'top', fit: 'shrink' });
}

function metaTableSlide(pptx: PptxGenJS, s: ReportSections): void {
  if (s.metaTable.rows.length === 0) return;
  const slide = frame(pptx, s, 'Ogynnsamt läge per område och år', `Antal indikatorer med ogynnsamt läge av dem som fått ett läge, per område och år, och hur många som saknar läge.\n${WITHOUT_REASONS}`);
  slide.addTable(
    [[head('Område'), ...s.metaTable.years.map((y) => head(String(y)))], ...s.metaTable.rows.map((r) => [head(r.area), ...r.cells.map(cellText)])],
    { x: 0.4, y: 1.0, w: 9.2, fontFace: FONT, fontSize: 12, border: { type: 'solid', pt: 0.5, color: 'C9D1D9' } },
  );
  slide.addText(WITHOUT_REASONS, { x: 0.4, y: 4.35, w: 9.2, h: 0.65, fontFace: FONT, fontSize: 11, color: INK, valign: 'top', fit: 'shrink' });
}

function findingSlide(pptx: PptxGenJS, s: ReportSections, homeName: string, o: OutlierFinding): void {
  const slide = frame(pptx, s, o.title, `${o.headline}. ${o.latestText} ${o.notes.map((n) => `Förvaltningens kommentar: ${n}`).join(' ')}\n${o.source}`);
  slide.addText(`${o.area} · ${o.headline}`, { x: 0.4, y: 0.85, w: 9.2, h: 0.4, fontFace: FONT, fontSize: 14, color: INK });
  const points = o.trend.filter((p) => p.home !== null || p.median !== null);
  if (points.length >= 2) {
    const labels = points.map((p) => String(p.year));
    slide.addChart(
      'line',
      [
        { name: homeName, labels, values: points.map((p) => p.home) },
        { name: 'Median i jämförelsegruppen', labels, values: points.map((p) => p.median) },
        ...(points.some((p) => p.riket !== null) ? [{ name: 'Riket', labels, values: points.map((p) => p.riket) }] : []),
      ],
      {
        x: 0.4, y: 1.3, w: 6.0, h: 3.6, chartColors: [ACCENT, 'D35400', '7F8C8D'], lineSize: 3, lineDataSymbolSize: 8,
        showLegend: true, legendPos: 'b', legendFontFace: FONT, legendFontSize: 11, catAxisLabelFontFace: FONT, catAxisLabelFontSize: 11,
        altText: `Linjediagram: ${points.map((p) => `${p.year} ${homeName} ${svNumber(p.home)}, median ${svNumber(p.median)}`).join('; ')}.`,
      },
    );
  }
  slide.addText(
    [
      { text: o.latestText, options: { breakLine: true } },
      ...o.notes.map((n) => ({ text: `Kommentar: ${n}`, options: { breakLine: true, italic: true } })),
      { text: o.source, options: { fontSize: 10, color: MUTED } },
    ],
    { x: 6.6, y: 1.3, w: 3.0, h: 3.6, fontFace: FONT, fontSize: 13, color: INK, valign: 'top', fit: 'shrink' },
  );
}

function changesSlide(pptx: PptxGenJS, s: ReportSections): void {
  if (s.changes.length === 0) return;
  const rows = s.changes.slice(0, 8);
  const slide = frame(pptx, s, `Största förändringar till ${s.latestYear}`, `Indikatorer med störst förändring jämfört med föregående år med värde.\n${rows.map((c) => `${c.title} (${c.years}): ${c.change}, ${c.meaning}${c.flag ? `, ${c.flag}` : ''}`).join('\n')}\n${CHANGES_LEGEND}`);
  slide.addTable(
    [CHANGES_HEADER.map(head), ...rows.map((c) => changeRowCells(c).map(cellText))],
    { x: 0.4, y: 1.0, w: 9.2, colW: [3.5, 0.9, 0.7, 0.7, 1.6, 1.1, 0.7], fontFace: FONT, fontSize: 9, border: { type: 'solid', pt: 0.5, color: 'C9D1D9' } },
  );
  slide.addText(CHANGES_LEGEND, { x: 0.4, y: 4.45, w: 9.2, h: 0.55, fontFace: FONT, fontSize: 9, color: INK, valign: 'top', fit: 'shrink' });
}

function notesSlide(pptx: PptxGenJS, s: ReportSections): void {
  const slide = frame(pptx, s, 'Förvaltningens kommentarer', `Anteckningar som gäller för året, också de som förts vidare från tidigare år.\n${s.notes.map((n) => `${n.heading}: ${n.text}`).join('\n')}`);
  slide.addText(
    s.notes.map((n) => ({ text: `${n.heading}: ${n.text}`, options: { bullet: true, breakLine: true } })),
    { x: 0.4, y: 1.0, w: 9.2, h: 3.9, fontFace: FONT, fontSize: 14, color: INK, valign: 'top', fit: 'shrink' },
  );
}

function networkSlide(pptx: PptxGenJS, s: ReportSections, table: NetworkTable): void {
  const slide = frame(pptx, s, `${table.name} ${table.year}: varje kommun mot nätverket`, `Varje kommun i ${table.name} jämförd med nätverkets övriga kommuner ${table.year}: antal indikatorer med ▲ gynnsamt, ● mellan och ▼ ogynnsamt läge per område, och hur många som varit ogynnsamma minst 3 av 4 år.`);
  slide.addTable(
    [
      [head('Kommun'), ...table.areas.map(head), head('Återkommande ▼')],
      ...table.rows.map((r) => [head(r.name), ...r.cells.map((c) => cellText(`▲${c.favourable} ●${c.middle} ▼${c.unfavourable}`)), cellText(String(r.persistent))]),
    ],
    { x: 0.4, y: 1.0, w: 9.2, fontFace: FONT, fontSize: 10, border: { type: 'solid', pt: 0.5, color: 'C9D1D9' } },
  );
}
