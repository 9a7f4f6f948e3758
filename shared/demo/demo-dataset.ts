import type { Indicator } from '../model/indicators';
import type { Observation, OfficialClass, Status } from '../model/observations';
import type { Unit } from '../model/units';
import { referenceUnits } from '../reference/reference-units';
import { normalish, seededRandom } from '../util/random';
import {
  DEMO_AREAS,
  DEMO_YEARS,
  type DemoAreaSpec,
  type DemoIndicatorSpec,
} from './demo-catalogue';
import { DEMO_VALUES_SHEET, demoValueCell } from './demo-layout';
import { seriesIdFor } from '../model/series-id';
import { DEMO_BACKGROUND_MEASURES, demoBackground } from './demo-background';

export type DemoSeries = Readonly<{ seriesId: string; area: string; label: string }>;

export type DemoSourceFile = Readonly<{
  fileId: string;
  fileName: string;
  area: string;
  areaLabel: string;
  year: number;
}>;

/** One demo publication: one area, one year, one workbook. */
export type DemoPublication = Readonly<{
  file: DemoSourceFile;
  indicators: readonly Indicator[];
  /** The indicators' specs, in the order of `indicators` (background measures follow them). */
  specs: readonly DemoIndicatorSpec[];
  observations: readonly Observation[];
}>;

export type DemoDataset = Readonly<{
  units: readonly Unit[];
  series: readonly DemoSeries[];
  publications: readonly DemoPublication[];
}>;

export type DemoOptions = Readonly<{
  seed?: number;
  years?: readonly number[];
  areas?: readonly DemoAreaSpec[];
}>;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Deterministic ÖJ-like data: every kommun has a lasting "quality" per area
 * (so some keep standing out year after year), plus noise, a slow national
 * trend, suppressed small numbers, non-reporting and not-applicable cells.
 * Län and riket rows are unweighted means of their kommuner, as "ovägt medel".
 */
export function generateDemoDataset(options: DemoOptions = {}): DemoDataset {
  const random = seededRandom(options.seed ?? 2024);
  const years = options.years ?? DEMO_YEARS;
  const areas = options.areas ?? DEMO_AREAS;
  const units = referenceUnits();
  const kommuner = units.filter((u) => u.level === 'kommun');
  const aggregates = units.filter((u) => u.level !== 'kommun');
  const unitRows = [...aggregates, ...kommuner]; // workbook order: riket, län, kommuner

  const quality = new Map<string, number>();
  for (const area of areas)
    for (const k of kommuner) quality.set(`${area.area}|${k.unitCode}`, normalish(random));

  const series: DemoSeries[] = areas.flatMap((a) =>
    [...a.indicators, ...DEMO_BACKGROUND_MEASURES].map((s) => ({
      seriesId: seriesIdFor(a.area, s.code, s.title),
      area: a.area,
      label: s.title,
    })),
  );

  const publications: DemoPublication[] = [];
  for (const area of areas) {
    const base = new Map(area.indicators.map((s) => [s.code, 45 + random() * 40]));
    for (const year of years) {
      const fileId = `demo-${area.area}-${year}`;
      const specs = area.indicators.filter((s) => s.from <= year && year <= s.to);
      const indicators: Indicator[] = specs.map((s) => ({
        indicatorId: `${area.area}:${year}:${s.code}`,
        area: area.area,
        year,
        code: s.code,
        title: s.title,
        description: `Exempeldata. ${s.title}. Beräknat på kommunens egna uppgifter för året.`,
        kind: s.kind,
        direction: s.direction,
        indicatorType: s.indicatorType,
        qualityDimension: s.qualityDimension,
        seriesId: seriesIdFor(area.area, s.code, s.title),
        fileId,
        background: false,
      }));
      const observations: Observation[] = [];
      specs.forEach((spec, specIndex) => {
        const indicator = indicators[specIndex]!;
        const kommunValues = new Map<string, { status: Status; value: number | null }>();
        for (const k of kommuner) {
          const q = quality.get(`${area.area}|${k.unitCode}`) ?? 0;
          const draw = random();
          const status: Status =
            draw < 0.04
              ? 'sekretess'
              : draw < 0.06
                ? 'bortfall'
                : draw < 0.07
                  ? 'ej_tillampligt'
                  : 'ok';
          if (status !== 'ok') {
            kommunValues.set(k.unitCode, { status, value: null });
            continue;
          }
          const signed = spec.direction === 'lower_better' ? -q : q;
          if (spec.kind === 'yesno') {
            const p = 1 / (1 + Math.exp(-(1 + 1.6 * signed + 0.3 * (year - years[0]!))));
            kommunValues.set(k.unitCode, { status, value: random() < p ? 1 : 0 });
          } else {
            const trend = 0.6 * (year - years[0]!) * (spec.direction === 'lower_better' ? -1 : 1);
            const v = (base.get(spec.code) ?? 60) + 9 * signed + 6 * normalish(random) + trend;
            kommunValues.set(k.unitCode, { status, value: round1(clamp(v, 0, 100)) });
          }
        }
        const officialClass = officialClasses(spec, kommunValues);
        unitRows.forEach((unit, rowIndex) => {
          const cell = demoValueCell(rowIndex, specIndex);
          let status: Status;
          let valueNum: number | null;
          let valueText: string | null = null;
          if (unit.level === 'kommun') {
            const kv = kommunValues.get(unit.unitCode)!;
            status = kv.status;
            valueNum = kv.value;
            if (spec.kind === 'yesno' && kv.value !== null)
              valueText = kv.value === 1 ? 'Ja' : 'Nej';
          } else {
            const members = kommuner.filter(
              (k) => unit.level === 'riket' || k.lanCode === unit.unitCode,
            );
            const values = members
              .map((k) => kommunValues.get(k.unitCode)!)
              .filter((v) => v.status === 'ok')
              .map((v) => v.value!);
            const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
            status = values.length === 0 ? 'ej_publicerat' : 'ok';
            // Yes/no aggregates are published as the share (%) of kommuner answering Ja.
            valueNum =
              values.length === 0 ? null : round1(spec.kind === 'yesno' ? 100 * mean : mean);
          }
          observations.push({
            indicatorId: indicator.indicatorId,
            unitCode: unit.unitCode,
            year,
            period: null,
            valueNum,
            valueText,
            status,
            officialClass:
              unit.level === 'kommun' ? (officialClass.get(unit.unitCode) ?? null) : null,
            n: null,
            fileId,
            sheet: DEMO_VALUES_SHEET,
            cell,
          });
        });
      });
      const background = demoBackground(
        unitRows,
        area.area,
        year,
        fileId,
        options.seed ?? 2024,
        4_000 + 1_000 * areas.indexOf(area),
      );
      indicators.push(...background.indicators);
      observations.push(...background.observations);
      publications.push({
        file: {
          fileId,
          fileName: `oj-${area.area.replaceAll('_', '-')}-${year}-exempel.xlsx`,
          area: area.area,
          areaLabel: area.label,
          year,
        },
        indicators,
        specs,
        observations,
      });
    }
  }
  return { units, series, publications };
}

/**
 * Socialstyrelsen-style colours for the demo: best third green, worst third
 * red among kommuner with a value; yes/no: the desired answer green.
 */
function officialClasses(
  spec: DemoIndicatorSpec,
  values: ReadonlyMap<string, { status: Status; value: number | null }>,
): Map<string, OfficialClass> {
  const out = new Map<string, OfficialClass>();
  if (spec.direction === 'none') return out;
  const ok = [...values].filter(([, v]) => v.status === 'ok') as [string, { value: number }][];
  if (spec.kind === 'yesno') {
    for (const [code, v] of ok) out.set(code, v.value === 1 ? 'gron' : 'rod');
    return out;
  }
  const sign = spec.direction === 'higher_better' ? -1 : 1;
  ok.sort((a, b) => sign * (a[1].value - b[1].value));
  ok.forEach(([code], i) => {
    const share = i / ok.length;
    out.set(code, share < 1 / 3 ? 'gron' : share < 2 / 3 ? 'gul' : 'rod');
  });
  return out;
}
