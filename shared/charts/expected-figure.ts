import type { ExpectedValueResult } from '../analysis/expected-value';
import { HOME_COLOUR, MEDIAN_COLOUR, OTHERS_COLOUR } from './chart-palette';
import type { Figure } from './indicator-figures';

export type ExpectedFigureLabels = Readonly<{
  home: string;
  others: string;
  line: string;
  actual: string;
  expected: string;
}>;

/**
 * Förväntat värde as a scatter: each kommun's expected value (x) against its
 * actual value (y), the line actual = expected, and the home as a larger
 * orange diamond with its name beside it — never told by colour alone.
 * Above the line is a higher value than expected.
 */
export function expectedValueFigure(
  result: ExpectedValueResult,
  labels: ExpectedFigureLabels,
): Figure {
  const others = result.cases.filter((c) => !c.home);
  const home = result.cases.filter((c) => c.home);
  const all = result.cases.flatMap((c) => [c.actual, c.expected]);
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  return {
    data: [
      {
        x: [lo, hi],
        y: [lo, hi],
        type: 'scatter',
        mode: 'lines',
        name: labels.line,
        line: { color: MEDIAN_COLOUR, dash: 'dash', width: 1.5 },
        hoverinfo: 'skip',
      },
      {
        x: others.map((c) => c.expected),
        y: others.map((c) => c.actual),
        text: others.map((c) => c.name),
        type: 'scatter',
        mode: 'markers',
        name: labels.others,
        marker: { color: OTHERS_COLOUR, size: 7 },
        hovertemplate: `%{text}<br>${labels.expected}: %{x:.1f}<br>${labels.actual}: %{y:.1f}<extra></extra>`,
      },
      {
        x: home.map((c) => c.expected),
        y: home.map((c) => c.actual),
        text: home.map(() => labels.home),
        type: 'scatter',
        mode: 'markers+text',
        textposition: 'top center',
        name: labels.home,
        marker: {
          color: HOME_COLOUR,
          size: 15,
          symbol: 'diamond',
          line: { color: '#1b1f24', width: 1 },
        },
        hovertemplate: `%{text}<br>${labels.expected}: %{x:.1f}<br>${labels.actual}: %{y:.1f}<extra></extra>`,
      },
    ],
    layout: {
      margin: { l: 64, r: 16, t: 16, b: 64 },
      font: { family: 'system-ui, sans-serif', size: 13, color: '#1b1f24' },
      paper_bgcolor: '#ffffff',
      plot_bgcolor: '#ffffff',
      legend: { orientation: 'h', y: -0.25 },
      separators: ', ',
      height: 360,
      xaxis: { title: { text: labels.expected }, zeroline: false },
      yaxis: { title: { text: labels.actual }, zeroline: false },
    },
  };
}
