import { zeroBasedScale } from '../charts/chart-axis';
import {
  INK_COLOUR,
  LINE_COLOUR,
  META_BAR_FILLS,
  MUTED_COLOUR,
  TREND_STYLE,
  type TrendSeries,
} from '../charts/chart-palette';
import { STANDING_SYMBOL } from '../charts/standing-style';
import { REPORT_FONT_STACK } from './report-fonts';
import { lineChartAlt, metaChartAlt, type MetaBar, type OutlierFinding } from './report-sections';
import type { ReportTexts } from './report-texts';

/**
 * The report's charts as SVG: vectors in the PDF (and on screen), with axis
 * titles, units, tick labels and a legend drawn in, a value axis from zero,
 * and the hemkommun in the shared palette's colour. Sizes are in SVG units;
 * the charts are drawn about 640 units across an A4 column of 178 mm, so
 * 12 units print at about 9.5 pt.
 */
export const esc = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const TEXT = 12;
const f = (n: number) => n.toFixed(1);
const text = (x: number, y: number, s: string, attrs = '') =>
  `<text x="${f(x)}" y="${f(y)}" font-size="${TEXT}" fill="${INK_COLOUR}"${attrs ? ` ${attrs}` : ''}>${esc(s)}</text>`;

const BAR_KEYS = ['favourable', 'middle', 'unfavourable', 'without'] as const;
type BarKey = (typeof BAR_KEYS)[number];
const barFill = (k: BarKey): string => META_BAR_FILLS[k];
const barLabel = (k: BarKey, tx: ReportTexts) =>
  k === 'without' ? tx.without : `${STANDING_SYMBOL[k]} ${tx.standing[k]}`;

/**
 * A long area label ("Hemlöshet och utestängning från bostadsmarknaden (2023)")
 * on two lines beside its bar rather than running off the chart's left edge:
 * words up to `max` characters on the first line, the rest on the second.
 */
export function wrapLabel(label: string, max: number): string[] {
  if (label.length <= max) return [label];
  const words = label.split(' ');
  let first = '';
  while (words.length > 1 && `${first} ${words[0]}`.trim().length <= max)
    first = `${first} ${words.shift()!}`.trim();
  return first === '' ? [label] : [first, words.join(' ')];
}

/** The metaanalys as stacked horizontal bars: number of indicators per area, ▲ ● ▼ and utan läge; x axis "Antal indikatorer" from 0. */
export function metaBarsSvg(bars: readonly MetaBar[], tx: ReportTexts): string {
  const [labelW, plotW, barH, gap, top] = [200, 420, 22, 10, 6];
  const scale = zeroBasedScale(
    bars.map((b) => b.total + b.without),
    false,
  );
  const x = (v: number) => labelW + (v / scale.max) * plotW;
  const plotBottom = top + bars.length * (barH + gap);
  const grid = scale.ticks
    .map(
      (t) =>
        `<line x1="${f(x(t))}" y1="${top - 4}" x2="${f(x(t))}" y2="${plotBottom}" stroke="${LINE_COLOUR}" stroke-width="0.8"/>${text(x(t), plotBottom + 14, tx.num(t), 'text-anchor="middle"')}`,
    )
    .join('');
  const rows = bars.map((b, i) => {
    const y = top + i * (barH + gap);
    let at = 0;
    const segments = BAR_KEYS.map((k) => {
      const [x0, x1] = [x(at), x(at + b[k])];
      at += b[k];
      if (b[k] === 0) return ''; // an empty segment gets neither a sliver nor a "0"
      const label =
        x1 - x0 >= 22
          ? text(
              (x0 + x1) / 2,
              y + 15.5,
              `${k === 'without' ? '' : `${STANDING_SYMBOL[k]} `}${b[k]}`,
              'text-anchor="middle"',
            )
          : '';
      return `<rect x="${f(x0)}" y="${y}" width="${f(x1 - x0)}" height="${barH}" fill="${barFill(k)}" stroke="#555" stroke-width="0.6"/>${label}`;
    });
    const lines = wrapLabel(b.area, 30);
    const label =
      lines.length === 1
        ? text(labelW - 8, y + 15.5, b.area, 'text-anchor="end"')
        : lines.map((l, j) => text(labelW - 8, y + 9.5 + j * 12, l, 'text-anchor="end"')).join('');
    return `${label}${segments.join('')}`;
  });
  const axisTitleY = plotBottom + 32;
  const legendY = axisTitleY + 14;
  const legend = BAR_KEYS.map((k, i) => {
    const lx = labelW + i * 112;
    return `<rect x="${lx}" y="${legendY}" width="12" height="12" fill="${barFill(k)}" stroke="#555" stroke-width="0.6"/>${text(lx + 17, legendY + 10.5, barLabel(k, tx))}`;
  }).join('');
  const height = legendY + 20;
  const alt = metaChartAlt(bars, tx);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(alt)}" viewBox="0 0 ${labelW + plotW + 20} ${height}" width="100%" font-family="${esc(REPORT_FONT_STACK)}"><line x1="${labelW}" y1="${plotBottom}" x2="${labelW + plotW}" y2="${plotBottom}" stroke="${MUTED_COLOUR}"/>${grid}${rows.join('')}${text(labelW + plotW / 2, axisTitleY, tx.t('reportBody.indicatorCount'), 'text-anchor="middle" font-weight="bold"')}${legend}</svg>`;
}

type TrendPoint = OutlierFinding['trend'][number];

function marker(
  kind: 'circle' | 'square' | 'diamond',
  cx: number,
  cy: number,
  colour: string,
): string {
  if (kind === 'circle') return `<circle cx="${f(cx)}" cy="${f(cy)}" r="3.5" fill="${colour}"/>`;
  if (kind === 'square')
    return `<rect x="${f(cx - 3.2)}" y="${f(cy - 3.2)}" width="6.4" height="6.4" fill="${colour}"/>`;
  return `<path d="M${f(cx)} ${f(cy - 4.5)}L${f(cx + 4.5)} ${f(cy)}L${f(cx)} ${f(cy + 4.5)}L${f(cx - 4.5)} ${f(cy)}Z" fill="${colour}"/>`;
}

/** One finding's trend: hemkommun, median in the comparison group and riket per year, y axis from 0 with its unit, x axis "År". */
export function trendSvg(o: OutlierFinding, homeName: string, tx: ReportTexts): string {
  const points = o.trend.filter((p) => p.home !== null || p.median !== null);
  if (points.length < 2) return '';
  const [w, left, right, top, plotH] = [640, 70, 16, 10, 170];
  const values = points
    .flatMap((p) => [p.home, p.median, p.riket])
    .filter((v): v is number => v !== null);
  const scale = zeroBasedScale(values, o.share);
  const x = (i: number) => left + (i / (points.length - 1)) * (w - left - right - 20) + 10;
  const y = (v: number) => top + (1 - (v - scale.min) / (scale.max - scale.min)) * plotH;
  const plotBottom = top + plotH;
  const grid = scale.ticks
    .map(
      (t) =>
        `<line x1="${left}" y1="${f(y(t))}" x2="${w - right}" y2="${f(y(t))}" stroke="${LINE_COLOUR}" stroke-width="0.8"/>${text(left - 6, y(t) + 4, tx.num(t), 'text-anchor="end"')}`,
    )
    .join('');
  const years = points
    .map((p, i) => text(x(i), plotBottom + 16, String(p.year), 'text-anchor="middle"'))
    .join('');
  const series: readonly [TrendSeries, string, (p: TrendPoint) => number | null][] = [
    ['riket', tx.riket, (p) => p.riket],
    ['median', tx.t('reportBody.peerMedian'), (p) => p.median],
    ['home', homeName, (p) => p.home],
  ];
  const drawn = series.filter(([, , pick]) => points.some((p) => pick(p) !== null));
  const lines = drawn.map(([key, , pick]) => {
    const style = TREND_STYLE[key];
    // A missing year breaks the line: a gap, never a line drawn through a value that is not there.
    const runs: [number, number][][] = [[]];
    points.forEach((p, i) => {
      const v = pick(p);
      if (v === null) runs.push([]);
      else runs.at(-1)!.push([x(i), y(v)]);
    });
    const paths = runs
      .filter((r) => r.length > 1)
      .map(
        (r) =>
          `<polyline fill="none" stroke="${style.colour}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} points="${r.map(([px, py]) => `${f(px)},${f(py)}`).join(' ')}"/>`,
      )
      .join('');
    return (
      paths +
      runs
        .flat()
        .map(([px, py]) => marker(style.marker, px, py, style.colour))
        .join('')
    );
  });
  const legendY = plotBottom + 48;
  const legend = [...drawn].reverse().map(([key, label], i) => {
    const style = TREND_STYLE[key];
    const lx = left + i * 190;
    return `<line x1="${lx}" y1="${legendY - 4}" x2="${lx + 26}" y2="${legendY - 4}" stroke="${style.colour}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>${marker(style.marker, lx + 13, legendY - 4, style.colour)}${text(lx + 32, legendY, label.length > 26 ? `${label.slice(0, 25)}…` : label)}`;
  });
  const yTitle = `<text transform="translate(16 ${f(top + plotH / 2)}) rotate(-90)" font-size="${TEXT}" font-weight="bold" text-anchor="middle" fill="${INK_COLOUR}">${esc(o.axisTitle)}</text>`;
  const alt = lineChartAlt(o, points, homeName, tx);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(alt)}" viewBox="0 0 ${w} ${legendY + 8}" width="100%" font-family="${esc(REPORT_FONT_STACK)}">${grid}<line x1="${left}" y1="${plotBottom}" x2="${w - right}" y2="${plotBottom}" stroke="${MUTED_COLOUR}"/>${years}${text(left + (w - left - right) / 2, plotBottom + 32, tx.year, 'text-anchor="middle" font-weight="bold"')}${yTitle}${lines.join('')}${legend.join('')}</svg>`;
}
