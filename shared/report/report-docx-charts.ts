import { ChartRun } from 'docx/charts';
import { COUNT_LABEL_FORMAT, zeroBasedScale } from '../charts/chart-axis';
import { INK_COLOUR, META_BAR_FILLS, officeHex, TREND_STYLE } from '../charts/chart-palette';
import { STANDING_SYMBOL } from '../charts/standing-style';
import { REPORT_FONT } from './report-fonts';
import { lineChartAlt, metaChartAlt, type MetaBar, type OutlierFinding } from './report-sections';
import type { ReportTexts } from './report-texts';

/**
 * The DOCX charts as native Word charts (vectors, editable, with their data
 * in an embedded workbook): axis titles with units, a value axis from zero,
 * labels on every segment that has indicators and none on an empty one, and
 * the hemkommun in the shared palette's colour.
 */
const FONT = { name: REPORT_FONT, color: officeHex(INK_COLOUR) } as const;
const AXIS_FONT = { size: 10, ...FONT };

/** One stacked bar per area (first area on top): ▲ ● ▼ and utan läge; the x axis counts indicators from 0. */
export function metaBarsChart(bars: readonly MetaBar[], year: number, tx: ReportTexts): ChartRun {
  // Word draws the first category at the bottom of a bar chart: give them bottom-up so the list reads top-down as in the table.
  const ordered = [...bars].reverse();
  const scale = zeroBasedScale(
    bars.map((b) => b.total + b.without),
    false,
  );
  const series = (['favourable', 'middle', 'unfavourable', 'without'] as const).map((k) => {
    const values = ordered.map((b) => b[k]);
    return {
      name: k === 'without' ? tx.without : `${STANDING_SYMBOL[k]} ${tx.standing[k]}`,
      values,
      color: officeHex(META_BAR_FILLS[k]),
      // No label on an empty segment: not even a "0" squeezed between two bars.
      pointLabels: values.map((v) => (v === 0 ? (false as const) : undefined)),
    };
  });
  return new ChartRun({
    type: 'bar',
    stacking: 'stacked',
    categories: ordered.map((b) => b.area),
    series,
    gapWidth: 60,
    font: { name: REPORT_FONT },
    legend: { position: 'bottom', font: AXIS_FONT },
    dataLabels: {
      value: true,
      numberFormat: COUNT_LABEL_FORMAT,
      position: 'center',
      font: AXIS_FONT,
    },
    valueAxis: {
      title: { text: tx.t('reportBody.indicatorCount'), font: { ...AXIS_FONT, bold: true } },
      minimum: 0,
      maximum: scale.max,
      interval: scale.step,
      numberFormat: '0',
      font: AXIS_FONT,
    },
    categoryAxis: { font: AXIS_FONT },
    transformation: { width: 600, height: 70 + bars.length * 44 },
    altText: {
      name: tx.t('reportText.meta', { year }),
      title: tx.t('reportBody.metaChartTitle', { year }),
      description: `${metaChartAlt(bars, tx)}.`,
    },
  });
}

/** A finding's trend: hemkommun, median in the comparison group and riket per year; y axis from 0 with its unit, x axis "År". */
export function trendChart(o: OutlierFinding, homeName: string, tx: ReportTexts): ChartRun | null {
  const points = o.trend.filter((p) => p.home !== null || p.median !== null);
  if (points.length < 2) return null;
  const scale = zeroBasedScale(
    points.flatMap((p) => [p.home, p.median, p.riket]).filter((v): v is number => v !== null),
    o.share,
  );
  const line = (key: keyof typeof TREND_STYLE, name: string, values: (number | null)[]) => {
    const style = TREND_STYLE[key];
    return {
      name,
      values,
      color: officeHex(style.colour),
      line: {
        color: officeHex(style.colour),
        width: style.width * 0.75 + 0.5,
        dash:
          style.dash === ''
            ? ('solid' as const)
            : style.dash.startsWith('6')
              ? ('dash' as const)
              : ('shortDot' as const),
      },
      markers: { shape: style.marker, size: 6 },
    };
  };
  const hasRiket = points.some((p) => p.riket !== null);
  return new ChartRun({
    type: 'line',
    categories: points.map((p) => String(p.year)),
    series: [
      line(
        'home',
        homeName,
        points.map((p) => p.home),
      ),
      line(
        'median',
        tx.t('reportBody.peerMedian'),
        points.map((p) => p.median),
      ),
      ...(hasRiket
        ? [
            line(
              'riket',
              tx.riket,
              points.map((p) => p.riket),
            ),
          ]
        : []),
    ],
    emptyValues: 'gap',
    font: { name: REPORT_FONT },
    legend: { position: 'bottom', font: AXIS_FONT },
    valueAxis: {
      title: { text: o.axisTitle, font: { ...AXIS_FONT, bold: true } },
      minimum: scale.min,
      maximum: scale.max,
      interval: scale.step,
      font: AXIS_FONT,
    },
    categoryAxis: { title: { text: tx.year, font: { ...AXIS_FONT, bold: true } }, font: AXIS_FONT },
    transformation: { width: 560, height: 260 },
    altText: {
      name: 'Trend',
      title: o.title,
      description: `${lineChartAlt(o, points, homeName, tx)}.`,
    },
  });
}
