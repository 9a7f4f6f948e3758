import type { DemoAreaSpec, DemoIndicatorSpec } from '../../shared/demo/demo-catalogue';
import { DEMO_AREAS } from '../../shared/demo/demo-catalogue';
import { QUALITY_DIMENSIONS } from '../../shared/model/indicators';

/** Benchmark corpus shape: `--quick` for a fast look, full for the realistic scale of issue 10. */
export type CorpusShape = Readonly<{
  areas: number;
  years: readonly number[];
  indicatorsPerArea: number;
}>;

// Four years, so the scaling step can import 1, 2 and 4 years' files.
export const QUICK: CorpusShape = {
  areas: 4,
  years: [2021, 2022, 2023, 2024],
  indicatorsPerArea: 12,
};
export const FULL: CorpusShape = {
  areas: 8,
  years: Array.from({ length: 13 }, (_, i) => 2012 + i),
  indicatorsPerArea: 80,
};

const AREA_NAMES = [
  'aldreomsorg',
  'missbruk',
  'barn_och_unga',
  'ekonomiskt_bistand',
  'funktionsnedsattning',
  'brottsoffer',
  'hemloshet',
  'trygghet_och_sakerhet',
];

/** The demo catalogue stretched to the wanted number of areas and indicators (every third one yes/no). */
export function corpusAreas(shape: CorpusShape): DemoAreaSpec[] {
  return AREA_NAMES.slice(0, shape.areas).map((area, a) => {
    const seed = DEMO_AREAS[a % DEMO_AREAS.length]!;
    const indicators: DemoIndicatorSpec[] = Array.from(
      { length: shape.indicatorsPerArea },
      (_, i) => {
        const base = seed.indicators[i % seed.indicators.length]!;
        return {
          ...base,
          code: `${area.slice(0, 3).toUpperCase()}${String(i + 1).padStart(3, '0')}`,
          title:
            i < seed.indicators.length
              ? base.title
              : `${base.title} (variant ${Math.floor(i / seed.indicators.length) + 1})`,
          kind: i % 3 === 0 ? 'yesno' : 'percent',
          qualityDimension: QUALITY_DIMENSIONS[i % QUALITY_DIMENSIONS.length]!,
          from: 0,
          to: 9999,
        };
      },
    );
    return { area, label: seed.label, indicators };
  });
}
