import type { IndicatorDetail } from '../analysis/indicator-detail';
import { HOME_COLOUR, MEDIAN_COLOUR, OTHERS_COLOUR, RIKET_COLOUR } from './chart-palette';

/** Plotly figure specs as plain data (no plotly import here): trend and distribution for the Indikator view. */
export type Figure = Readonly<{
  data: readonly Record<string, unknown>[];
  layout: Record<string, unknown>;
}>;

export type FigureLabels = Readonly<{
  home: string;
  median: string;
  iqr: string;
  riket: string;
  others: string;
  peers: string;
  year: string;
  value: string;
}>;

const BASE_LAYOUT = {
  margin: { l: 56, r: 16, t: 16, b: 64 },
  font: { family: 'system-ui, sans-serif', size: 13, color: '#1b1f24' },
  paper_bgcolor: '#ffffff',
  plot_bgcolor: '#ffffff',
  legend: { orientation: 'h', y: -0.3 },
  separators: ', ',
};

/** The value axis' title: the label, with "(%)" for shares (the unit every language writes the same way). */
function valueTitle(detail: IndicatorDetail, label: string): string {
  return detail.years.some((r) => r.kind === 'percent') ? `${label} (%)` : label;
}

/**
 * The value axis from zero (shares 0–100), so a line is never read against a
 * cut-off axis (issue 17); a negative value still shows.
 */
function valueAxis(detail: IndicatorDetail, label: string): Record<string, unknown> {
  const share = detail.years.some((r) => r.kind === 'percent');
  const values = [
    ...detail.years.flatMap((r) => [
      r.homeValue,
      r.peerMedian,
      r.peerQ1,
      r.peerQ3,
      r.riketValue,
      ...(hasCi(r) ? [r.homeCiLow, r.homeCiHigh] : []),
    ]),
    ...detail.distribution.map((d) => d.value),
  ].filter((v): v is number => v !== null && v !== undefined);
  const inShareRange = values.every((v) => v >= 0 && v <= 100);
  return {
    title: { text: valueTitle(detail, label) },
    rangemode: 'tozero',
    ...(share && inShareRange ? { range: [0, 100] } : {}),
  };
}

type YearRow = IndicatorDetail['years'][number];

/** A home value with a published KI around it (issue 19 item 3). */
const hasCi = (r: YearRow): boolean =>
  r.homeStatus === 'ok' &&
  r.homeValue !== null &&
  r.homeCiLow != null &&
  r.homeCiHigh != null &&
  Number.isFinite(r.homeCiLow) &&
  Number.isFinite(r.homeCiHigh);

/** Whether the trend draws KI error bars on the home series (the caption says so when it does). */
export const trendHasCi = (detail: IndicatorDetail): boolean => detail.years.some(hasCi);

/**
 * The home values' KI as plotly's asymmetric error bars: `array` up to the
 * high end, `arrayminus` down to the low end, null for a year without a KI
 * (plotly draws no bar there). Null when no year has one.
 */
export function homeErrorBars(detail: IndicatorDetail): Record<string, unknown> | null {
  if (!trendHasCi(detail)) return null;
  const up = detail.years.map((r) => (hasCi(r) ? Math.max(0, r.homeCiHigh! - r.homeValue!) : null));
  const down = detail.years.map((r) =>
    hasCi(r) ? Math.max(0, r.homeValue! - r.homeCiLow!) : null,
  );
  return {
    type: 'data',
    symmetric: false,
    array: up,
    arrayminus: down,
    visible: true,
    color: HOME_COLOUR,
    thickness: 1.5,
    width: 6,
  };
}

export function trendFigure(detail: IndicatorDetail, labels: FigureLabels): Figure {
  const years = detail.years.map((r) => r.year);
  const has = (f: (r: IndicatorDetail['years'][number]) => number | null) => detail.years.map(f);
  const errorBars = homeErrorBars(detail);
  return {
    data: [
      {
        x: years,
        y: has((r) => r.peerQ3),
        type: 'scatter',
        mode: 'lines',
        line: { width: 0 },
        showlegend: false,
        hoverinfo: 'skip',
      },
      {
        x: years,
        y: has((r) => r.peerQ1),
        type: 'scatter',
        mode: 'lines',
        line: { width: 0 },
        fill: 'tonexty',
        fillcolor: 'rgba(11,79,138,0.15)' /* MEDIAN_COLOUR, translucent */,
        name: labels.iqr,
      },
      {
        x: years,
        y: has((r) => r.peerMedian),
        type: 'scatter',
        mode: 'lines+markers',
        name: labels.median,
        line: { color: MEDIAN_COLOUR, dash: 'dash' },
        marker: { symbol: 'square' },
      },
      {
        x: years,
        y: has((r) => r.riketValue),
        type: 'scatter',
        mode: 'lines+markers',
        name: labels.riket,
        line: { color: RIKET_COLOUR, dash: 'dot' },
        marker: { symbol: 'diamond' },
      },
      {
        x: years,
        y: has((r) => (r.homeStatus === 'ok' ? r.homeValue : null)),
        type: 'scatter',
        mode: 'lines+markers',
        name: labels.home,
        line: { color: HOME_COLOUR, width: 3 },
        marker: { size: 9 },
        ...(errorBars ? { error_y: errorBars } : {}),
      },
    ],
    layout: {
      ...BASE_LAYOUT,
      height: 320,
      xaxis: { title: { text: labels.year }, dtick: 1 },
      yaxis: valueAxis(detail, labels.value),
    },
  };
}

export function distributionFigure(detail: IndicatorDetail, labels: FigureLabels): Figure {
  const group = (f: (d: IndicatorDetail['distribution'][number]) => boolean) =>
    detail.distribution.filter(f);
  const trace = (
    rows: IndicatorDetail['distribution'],
    name: string,
    marker: Record<string, unknown>,
  ) => ({
    x: rows.map((r) => r.value),
    y: rows.map(() => name),
    text: rows.map((r) => r.name),
    type: 'scatter',
    mode: 'markers',
    name,
    marker,
    hovertemplate: '%{text}: %{x}<extra></extra>',
  });
  return {
    data: [
      trace(
        group((d) => !d.peer && !d.home),
        labels.others,
        { color: OTHERS_COLOUR, size: 7 },
      ),
      trace(
        group((d) => d.peer && !d.home),
        labels.peers,
        { color: MEDIAN_COLOUR, size: 9, symbol: 'square' },
      ),
      trace(
        group((d) => d.home),
        labels.home,
        { color: HOME_COLOUR, size: 14, symbol: 'diamond' },
      ),
    ],
    layout: {
      ...BASE_LAYOUT,
      height: 220,
      xaxis: valueAxis(detail, labels.value),
      yaxis: { automargin: true },
    },
  };
}
