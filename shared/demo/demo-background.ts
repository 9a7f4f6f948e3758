import type { Indicator, IndicatorKind } from '../model/indicators';
import type { Observation } from '../model/observations';
import type { Unit } from '../model/units';
import { seriesIdFor } from '../model/series-id';
import { normalish, seededRandom } from '../util/random';
import { cellAddress } from '../util/cell-address';
import { DEMO_COLUMNS, DEMO_ROWS } from './demo-layout';

/** ÖJ publishes bakgrundsmått on a sheet of their own, beside the indicators. */
export const DEMO_BACKGROUND_SHEET = 'Bakgrundsmått';

export type DemoBackgroundSpec = Readonly<{
  code: string;
  title: string;
  kind: Extract<IndicatorKind, 'count' | 'percent' | 'amount'>;
}>;

export const DEMO_BACKGROUND_MEASURES: readonly DemoBackgroundSpec[] = [
  { code: 'BAK01', title: 'Folkmängd, antal invånare', kind: 'count' },
  { code: 'BAK02', title: 'Invånare 65 år och äldre, andel (%)', kind: 'percent' },
  { code: 'BAK03', title: 'Kostnad för verksamheten per invånare, kronor', kind: 'amount' },
];

export function demoBackgroundCell(unitRowIndex: number, measureIndex: number): string {
  return cellAddress(
    DEMO_ROWS.firstUnit + unitRowIndex,
    DEMO_COLUMNS.firstIndicator + measureIndex,
  );
}

type KommunProfile = Readonly<{ population: number; share65: number; costLevel: number }>;

/** A stable size and age profile per kommun, from its own seed so the indicator values do not move. */
function profiles(kommuner: readonly Unit[], seed: number): Map<string, KommunProfile> {
  const random = seededRandom(seed + 7919);
  return new Map(
    kommuner.map((k) => [
      k.unitCode,
      {
        population: Math.round(
          Math.min(990_000, Math.max(2_400, Math.exp(9.9 + 0.9 * normalish(random) * 1.7))),
        ),
        share65: Math.min(34, Math.max(12, 21 + 4 * normalish(random) * 1.7)),
        costLevel: 0.85 + 0.3 * random(),
      },
    ]),
  );
}

export type DemoBackground = Readonly<{ indicators: Indicator[]; observations: Observation[] }>;

/**
 * Background measures for one demo publication: population, age structure,
 * cost per invånare. Län and riket rows: sums for counts, population-weighted
 * means otherwise. Never given a standing.
 */
export function demoBackground(
  unitRows: readonly Unit[],
  area: string,
  year: number,
  fileId: string,
  seed: number,
  costBase: number,
): DemoBackground {
  const kommuner = unitRows.filter((u) => u.level === 'kommun');
  const profile = profiles(kommuner, seed);
  const grow = 1 + 0.008 * (year - 2020);
  const kommunValue = (spec: DemoBackgroundSpec, code: string): number => {
    const p = profile.get(code)!;
    if (spec.kind === 'count') return Math.round(p.population * grow);
    if (spec.kind === 'percent') return Math.round((p.share65 + 0.2 * (year - 2020)) * 10) / 10;
    return Math.round(
      costBase * p.costLevel * (1 + 0.03 * (year - 2020)) * (0.8 + p.share65 / 100),
    );
  };
  const indicators: Indicator[] = DEMO_BACKGROUND_MEASURES.map((spec) => ({
    indicatorId: `${area}:${year}:${spec.code}`,
    area,
    year,
    code: spec.code,
    title: spec.title,
    description: `Exempeldata. Bakgrundsmått: ${spec.title.toLowerCase()}.`,
    kind: spec.kind,
    direction: 'none',
    indicatorType: null,
    qualityDimension: null,
    seriesId: seriesIdFor(area, spec.code, spec.title),
    fileId,
    background: true,
  }));
  const observations: Observation[] = [];
  DEMO_BACKGROUND_MEASURES.forEach((spec, m) => {
    unitRows.forEach((unit, rowIndex) => {
      const members =
        unit.level === 'kommun'
          ? [unit]
          : kommuner.filter((k) => unit.level === 'riket' || k.lanCode === unit.unitCode);
      let value: number;
      if (spec.kind === 'count')
        value = members.reduce((sum, k) => sum + kommunValue(spec, k.unitCode), 0);
      else {
        const weight = (k: Unit) => profile.get(k.unitCode)!.population;
        const total = members.reduce((sum, k) => sum + weight(k), 0);
        const mean =
          members.reduce((sum, k) => sum + weight(k) * kommunValue(spec, k.unitCode), 0) / total;
        value = spec.kind === 'percent' ? Math.round(mean * 10) / 10 : Math.round(mean);
      }
      observations.push({
        indicatorId: indicators[m]!.indicatorId,
        unitCode: unit.unitCode,
        year,
        period: null,
        valueNum: value,
        valueText: null,
        status: 'ok',
        officialClass: null,
        n: null,
        fileId,
        sheet: DEMO_BACKGROUND_SHEET,
        cell: demoBackgroundCell(rowIndex, m),
      });
    });
  });
  return { indicators, observations };
}
