import {
  ACCENT_COLOUR,
  BAND_COLOUR,
  INK_COLOUR,
  LINE_COLOUR,
  MUTED_COLOUR,
} from '../charts/chart-palette';
import type { ReportDocument } from './report-document';
import type { DevelopmentReportPart } from './development-report';
import { fontFaceCss, REPORT_FONT_STACK, type ReportFontFiles } from './report-fonts';
import {
  changeRowCells,
  metaLegend,
  metaRow,
  networkCellText,
  reportBlocks,
  reportSections,
  stanceRowCells,
  type OutlierFinding,
  type ReportBlock,
} from './report-sections';
import { sourceRowCells } from './report-sources';
import { esc, metaBarsSvg, trendSvg } from './report-svg';

/**
 * The Nämndrapport as one self-contained, printable HTML page (A4): the PDF
 * path renders this in a headless Chromium. Charts are inline SVG, so they
 * stay vectors in the PDF; the bundled font is inline too. No scripts, no
 * remote content. Sources are listed once, in "Källor" at the end; each part
 * names the ones it uses ("Källa 3").
 */
const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
body { font-family: ${REPORT_FONT_STACK}; color: ${INK_COLOUR}; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 22pt; color: ${ACCENT_COLOUR}; margin: 0 0 6pt; }
h2 { font-size: 15pt; color: ${ACCENT_COLOUR}; margin: 18pt 0 6pt; break-after: avoid; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
p, li { orphans: 3; widows: 3; }
.caveat { border-left: 4px solid ${ACCENT_COLOUR}; background: ${BAND_COLOUR}; padding: 4pt 8pt; }
.ref { font-size: 9pt; color: ${MUTED_COLOUR}; margin-top: 2pt; }
.legend { font-size: 9pt; color: ${INK_COLOUR}; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; break-inside: auto; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid ${LINE_COLOUR}; padding: 2pt 5pt; text-align: left; vertical-align: top; }
thead th { background: ${BAND_COLOUR}; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
section { break-inside: avoid-page; }
figure { margin: 4pt 0; break-inside: avoid; }
nav ol { padding-left: 16pt; }
.sources { font-size: 9.5pt; break-inside: avoid-page; } /* the list with its heading on one page when it fits: never a stray tail */
.sources th[scope=row], .sources td:nth-child(2) { white-space: nowrap; } /* a file name is never broken at its hyphens */
.sources td:last-child { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 9pt; }
`;

const table = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
) =>
  `<table><thead><tr>${header.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${numeric.includes(i) ? ' class="num"' : ''}>${esc(c)}</td>`)).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;

/** An utvecklingsområden or utvärdering part: its paragraphs, and each table under its caption. */
const developmentHtml = (part: DevelopmentReportPart) =>
  part.content
    .map((c) =>
      c.kind === 'paragraph'
        ? `<p>${esc(c.text)}</p>`
        : `<h3>${esc(c.caption)}</h3>${table(c.header, c.rows)}`,
    )
    .join('');

const ref = (text: string) => (text ? `<p class="ref">${esc(text)}</p>` : '');

export function reportToHtml(
  doc: ReportDocument,
  options: Readonly<{ fonts?: ReportFontFiles }> = {},
): string {
  const s = reportSections(doc);
  const blocks = reportBlocks(doc, s);
  const sectionTitle = (b: ReportBlock): [string, string] | null => {
    switch (b.kind) {
      case 'heading':
        return [b.text, b.text];
      case 'meta':
        return ['meta', s.texts.meta];
      case 'metaTable':
        return ['tabell', s.texts.metaTable];
      case 'outliers':
        return ['avvikare', s.texts.outliers];
      case 'changes':
        return ['forandringar', s.texts.changes];
      case 'notes':
        return ['kommentarer', s.texts.notes];
      case 'stances':
        return ['stallningstaganden', s.texts.stances];
      case 'network':
        return ['natverk', s.texts.network(b.table.name, b.table.year)];
      case 'development':
        return [b.part.anchor, b.part.title];
      default:
        return null;
    }
  };
  const toc = blocks.flatMap((b, i) => {
    const t = sectionTitle(b);
    return t ? [`<li><a href="#del-${i}">${esc(t[1])}</a></li>`] : [];
  });
  const finding = (o: OutlierFinding) =>
    `<section><h3>${esc(o.title)}</h3><p>${esc(`${o.area}. ${o.headline}.`)}</p><figure>${trendSvg(o, doc.home.name, s.texts)}</figure><p>${esc(o.latestText)}</p>${o.notes.map((n) => `<p><em>${esc(s.texts.note(n))}</em></p>`).join('')}${ref(o.sourceRef)}</section>`;
  const render = (b: ReportBlock, i: number): string => {
    const id = `del-${i}`;
    switch (b.kind) {
      case 'heading':
        return `<h2 id="${id}">${esc(b.text)}</h2>`;
      case 'text':
        return b.text
          .split(/\n{2,}/)
          .map((t) => `<p>${esc(t)}</p>`)
          .join('');
      case 'meta':
        return `<section id="${id}"><h2>${esc(s.texts.meta)}</h2>${s.metaBars.length ? `<figure>${metaBarsSvg(s.metaBars, s.texts)}</figure>` : `<p>${esc(s.texts.noMeta)}</p>`}${table(s.texts.metaHeader, s.metaBars.map(metaRow), [1, 2, 3, 4])}<p class="legend">${esc(metaLegend(s.metaBars, s.texts))}</p>${ref(s.partSources.meta.ref)}</section>`;
      case 'metaTable':
        return `<section id="${id}"><h2>${esc(s.texts.metaTable)}</h2>${table(
          [s.texts.area, ...s.metaTable.years.map(String)],
          s.metaTable.rows.map((r) => [r.area, ...r.cells]),
        )}<p class="legend">${esc(s.texts.withoutReasons)}</p>${ref(s.partSources.metaTable.ref)}</section>`;
      case 'outliers':
        return `<h2 id="${id}">${esc(s.texts.outliers)}</h2>${b.findings.length ? '' : `<p>${esc(s.texts.noOutliers)}</p>`}${b.findings.map(finding).join('')}`;
      case 'finding':
        return finding(b.finding);
      case 'changes':
        return `<section id="${id}"><h2>${esc(s.texts.changes)}</h2>${s.changes.length ? `${table(s.texts.changesHeader, s.changes.map(changeRowCells), [2, 3, 4])}<p class="legend">${esc(s.texts.changesLegend)}</p>` : `<p>${esc(s.texts.noChanges)}</p>`}${ref(s.partSources.changes.ref)}</section>`;
      case 'notes':
        return `<section id="${id}"><h2>${esc(s.texts.notes)}</h2><ul>${s.notes.map((n) => `<li><strong>${esc(n.heading)}:</strong> ${esc(n.text)}</li>`).join('')}</ul></section>`;
      case 'stances':
        return `<section id="${id}"><h2>${esc(s.texts.stances)}</h2>${table(s.texts.stancesHeader, s.stances.rows.map(stanceRowCells), [4])}<p class="legend">${esc(s.stances.legend)}</p></section>`;
      case 'development':
        return `<section id="${id}"><h2>${esc(b.part.title)}</h2>${developmentHtml(b.part)}<p class="legend">${esc(b.part.legend)}</p></section>`;
      case 'network':
        return `<section id="${id}"><h2>${esc(s.texts.network(b.table.name, b.table.year))}</h2>${table(
          [s.texts.kommun, ...b.table.areas, s.texts.persistentColumn],
          b.table.rows.map((r) => [
            r.name,
            ...r.cells.map((c) => networkCellText(c, b.table.year, s.texts)),
            String(r.persistent),
          ]),
        )}<p class="legend">${esc(s.texts.networkLegend(b.table.year))}</p>${ref(s.partSources.all.ref)}</section>`;
    }
  };
  const parts: string[] = [
    `<h1>${esc(s.title)}</h1>`,
    `<p>${esc(s.subtitle)}</p>`,
    `<p class="caveat">${esc(s.caveat)}</p>`,
    `<nav aria-label="${esc(s.texts.contents)}"><h2>${esc(s.texts.contents)}</h2><ol>${toc.join('')}<li><a href="#underlag">${esc(s.texts.about)}</a></li><li><a href="#kallor">${esc(s.texts.sources)}</a></li></ol></nav>`,
    ...blocks.map(render),
    `<section id="underlag"><h2>${esc(s.texts.about)}</h2><p>${esc(s.members)}</p><p>${esc(s.methodLine)}</p></section>`,
    `<section id="kallor" class="sources"><h2>${esc(s.texts.sources)}</h2>${s.sources.length ? table(s.texts.sourcesHeader, s.sources.map(sourceRowCells)) : `<p>${esc(s.texts.noSources)}</p>`}</section>`,
  ];
  return `<!doctype html><html lang="${s.texts.lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"><title>${esc(s.title)}</title><style>${fontFaceCss(options.fonts)}${STYLE}</style></head><body>${parts.join('\n')}</body></html>`;
}
