import { PALETTES, STANDING_SYMBOL } from '../charts/standing-style';
import type { ReportDocument } from './report-document';
import { CHANGES_HEADER, CHANGES_LEGEND, changeRowCells, META_HEADER, metaCountsText, metaLegend, metaRow, reportBlocks, reportSections, STANDING_LABEL, svNumber, WITHOUT_FILL, WITHOUT_LABEL, WITHOUT_REASONS, type MetaBar, type OutlierFinding, type ReportBlock } from './report-sections';

/**
 * The Nämndrapport as one self-contained, printable HTML page (A4): the PDF
 * path renders this in a headless Chromium. Charts are inline SVG, so they
 * stay vectors in the PDF. No scripts, no remote content.
 */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm; }
body { font-family: Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #1b1f24; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 22pt; color: #0b4f8a; margin: 0 0 6pt; }
h2 { font-size: 15pt; color: #0b4f8a; margin: 18pt 0 6pt; break-after: avoid; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
.caveat { border-left: 4px solid #0b4f8a; background: #f3f5f7; padding: 4pt 8pt; }
.source { font-size: 8pt; color: #4a5560; }
.legend { font-size: 9pt; color: #1b1f24; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; break-inside: auto; }
th, td { border: 0.5pt solid #c9d1d9; padding: 2pt 5pt; text-align: left; vertical-align: top; }
thead th { background: #f3f5f7; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
section { break-inside: avoid-page; }
nav ol { padding-left: 16pt; }
svg text { font-family: Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
`;

function metaSvg(bars: readonly MetaBar[]): string {
  const labelW = 190;
  const barW = 440;
  const barH = 20;
  const gap = 10;
  const height = bars.length * (barH + gap) + 34;
  const keys = ['favourable', 'middle', 'unfavourable', 'without'] as const;
  const fill = (k: (typeof keys)[number]) => (k === 'without' ? WITHOUT_FILL : PALETTES.default[k]);
  const symbol = (k: (typeof keys)[number]) => (k === 'without' ? '' : `${STANDING_SYMBOL[k]} `);
  const rows = bars.map((b, i) => {
    const y = i * (barH + gap);
    let x = labelW;
    const segments = keys.map((k) => {
      const w = (b[k] / (b.total + b.without)) * barW;
      const seg = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${fill(k)}" stroke="#555" stroke-width="0.5"/>${
        b[k] > 0 && w > 24 ? `<text x="${(x + w / 2).toFixed(1)}" y="${y + 14}" font-size="10" text-anchor="middle">${symbol(k)}${b[k]}</text>` : ''
      }`;
      x += w;
      return seg;
    });
    return `<text x="${labelW - 6}" y="${y + 14}" font-size="10" text-anchor="end">${esc(b.area)}</text>${segments.join('')}`;
  });
  const legendY = bars.length * (barH + gap) + 12;
  const legendText = (k: (typeof keys)[number]) => (k === 'without' ? WITHOUT_LABEL : `${STANDING_SYMBOL[k]} ${STANDING_LABEL[k]}`);
  const legend = keys
    .map((k, i) => `<rect x="${labelW + i * 110}" y="${legendY}" width="12" height="12" fill="${fill(k)}" stroke="#555" stroke-width="0.5"/><text x="${labelW + i * 110 + 16}" y="${legendY + 10}" font-size="10">${esc(legendText(k))}</text>`)
    .join('');
  const alt = bars.map((b) => `${b.area}: ${metaCountsText(b)}`).join('; ');
  return `<svg role="img" aria-label="${esc(`Staplat stapeldiagram. ${alt}`)}" viewBox="0 0 ${labelW + barW + 10} ${height}" width="100%">${rows.join('')}${legend}</svg>`;
}

function trendSvg(o: OutlierFinding, homeName: string): string {
  const points = o.trend.filter((p) => p.home !== null || p.median !== null);
  if (points.length < 2) return '';
  const values = points.flatMap((p) => [p.home, p.median, p.riket]).filter((v): v is number => v !== null);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.1 || 1;
  const [w, h, left, top] = [520, 180, 44, 10];
  const x = (i: number) => left + (i / (points.length - 1)) * (w - left - 20);
  const y = (v: number) => top + (1 - (v - (lo - pad)) / (hi - lo + 2 * pad)) * (h - top - 30);
  const line = (pick: (p: (typeof points)[number]) => number | null, colour: string, dash: string) => {
    const pts = points.map((p, i) => [i, pick(p)] as const).filter(([, v]) => v !== null) as [number, number][];
    return `<polyline fill="none" stroke="${colour}" stroke-width="2" ${dash ? `stroke-dasharray="${dash}"` : ''} points="${pts.map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>${pts.map(([i, v]) => `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${colour}"/>`).join('')}`;
  };
  const axis = points.map((p, i) => `<text x="${x(i).toFixed(1)}" y="${h - 12}" font-size="10" text-anchor="middle">${p.year}</text>`).join('');
  const ticks = [lo, (lo + hi) / 2, hi].map((v) => `<text x="${left - 6}" y="${(y(v) + 3).toFixed(1)}" font-size="9" text-anchor="end">${esc(svNumber(v))}</text>`).join('');
  const keys: [string, string, string][] = [[homeName, '#0b4f8a', ''], ['Median i jämförelsegruppen', '#d35400', '6 3'], ...(points.some((p) => p.riket !== null) ? [['Riket', '#7f8c8d', '2 3'] as [string, string, string]] : [])];
  const legend = keys
    .map(([label, colour, dash], i) => `<line x1="${left + i * 170}" y1="${h - 3}" x2="${left + i * 170 + 22}" y2="${h - 3}" stroke="${colour}" stroke-width="2" ${dash ? `stroke-dasharray="${dash}"` : ''}/><text x="${left + i * 170 + 27}" y="${h}" font-size="9">${esc(label)}</text>`)
    .join('');
  return `<svg role="img" aria-label="${esc(`Linjediagram: ${points.map((p) => `${p.year} ${homeName} ${svNumber(p.home)}, median ${svNumber(p.median)}`).join('; ')}`)}" viewBox="0 0 ${w} ${h + 4}" width="90%">${ticks}${axis}${line((p) => p.riket, '#7f8c8d', '2 3')}${line((p) => p.median, '#d35400', '6 3')}${line((p) => p.home, '#0b4f8a', '')}${legend}</svg>`;
}

const table = (header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []) =>
  `<table><thead><tr>${header.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td${numeric.includes(i) ? ' class="num"' : ''}>${esc(c)}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;

export function reportToHtml(doc: ReportDocument): string {
  const s = reportSections(doc);
  const source = `<p class="source">${esc(s.sourceLine)}</p>`;
  const blocks = reportBlocks(doc, s);
  const sectionTitle = (b: ReportBlock): [string, string] | null => {
    switch (b.kind) {
      case 'heading': return [b.text, b.text];
      case 'meta': return ['meta', `Metaanalys ${s.latestYear}`];
      case 'metaTable': return ['tabell', 'Ogynnsamt läge per område och år'];
      case 'outliers': return ['avvikare', 'Återkommande avvikare'];
      case 'changes': return ['forandringar', `Största förändringar till ${s.latestYear}`];
      case 'notes': return ['kommentarer', 'Förvaltningens kommentarer'];
      case 'network': return ['natverk', `${b.table.name} ${b.table.year}: varje kommun mot nätverket`];
      default: return null;
    }
  };
  const toc = blocks.flatMap((b, i) => {
    const t = sectionTitle(b);
    return t ? [`<li><a href="#del-${i}">${esc(t[1])}</a></li>`] : [];
  });
  const finding = (o: OutlierFinding) =>
    `<section><h3>${esc(o.title)}</h3><p>${esc(`${o.area}. ${o.headline}.`)}</p>${trendSvg(o, doc.home.name)}<p>${esc(o.latestText)}</p>${o.notes.map((n) => `<p><em>Förvaltningens kommentar: ${esc(n)}</em></p>`).join('')}<p class="source">${esc(o.source)}</p></section>`;
  const render = (b: ReportBlock, i: number): string => {
    const id = `del-${i}`;
    switch (b.kind) {
      case 'heading':
        return `<h2 id="${id}">${esc(b.text)}</h2>`;
      case 'text':
        return b.text.split(/\n{2,}/).map((t) => `<p>${esc(t)}</p>`).join('');
      case 'meta':
        return `<section id="${id}"><h2>Metaanalys ${s.latestYear}</h2>${s.metaBars.length ? metaSvg(s.metaBars) : '<p>Inga indikatorer för året.</p>'}${table(META_HEADER, s.metaBars.map(metaRow), [1, 2, 3, 4])}<p class="legend">${esc(metaLegend(s.metaBars))}</p>${source}</section>`;
      case 'metaTable':
        return `<section id="${id}"><h2>Ogynnsamt läge per område och år</h2>${table(['Område', ...s.metaTable.years.map(String)], s.metaTable.rows.map((r) => [r.area, ...r.cells]))}<p class="legend">${esc(WITHOUT_REASONS)}</p>${source}</section>`;
      case 'outliers':
        return `<h2 id="${id}">Återkommande avvikare</h2>${b.findings.length ? '' : '<p>Inga indikatorer har varit ogynnsamma flera år i rad.</p>'}${b.findings.map(finding).join('')}`;
      case 'finding':
        return finding(b.finding);
      case 'changes':
        return `<section id="${id}"><h2>Största förändringar till ${s.latestYear}</h2>${s.changes.length ? `${table(CHANGES_HEADER, s.changes.map(changeRowCells), [1, 2, 3, 4, 5])}<p class="legend">${esc(CHANGES_LEGEND)}</p>` : '<p>Inga förändringar att visa.</p>'}${source}</section>`;
      case 'notes':
        return `<section id="${id}"><h2>Förvaltningens kommentarer</h2><ul>${s.notes.map((n) => `<li><strong>${esc(n.heading)}:</strong> ${esc(n.text)}</li>`).join('')}</ul></section>`;
      case 'network':
        return `<section id="${id}"><h2>${esc(`${b.table.name} ${b.table.year}: varje kommun mot nätverket`)}</h2>${table(['Kommun', ...b.table.areas, 'Återkommande ▼'], b.table.rows.map((r) => [r.name, ...r.cells.map((c) => `▲${c.favourable} ●${c.middle} ▼${c.unfavourable}`), String(r.persistent)]))}${source}</section>`;
    }
  };
  const parts: string[] = [
    `<h1>${esc(s.title)}</h1>`,
    `<p>${esc(s.subtitle)}</p>`,
    `<p class="caveat">${esc(s.caveat)}</p>`,
    `<nav aria-label="Innehåll"><h2>Innehåll</h2><ol>${toc.join('')}<li><a href="#underlag">Om underlaget</a></li></ol></nav>`,
    ...blocks.map(render),
    `<section id="underlag"><h2>Om underlaget</h2><p>${esc(s.members)}</p>${source}</section>`,
  ];
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>${esc(s.title)}</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>`;
}
