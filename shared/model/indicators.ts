export const INDICATOR_KINDS = [
  'yesno',
  'percent',
  'count',
  'rate',
  'index',
  'amount',
  'text',
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const DIRECTIONS = ['higher_better', 'lower_better', 'none'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** ÖJ's own indicator types, kept Swedish (GLOSSARY.md). */
export const INDICATOR_TYPES = ['struktur', 'process', 'resultat'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const QUALITY_DIMENSIONS = [
  'kunskapsbaserad',
  'saker',
  'individanpassad',
  'effektiv',
  'jamlik',
  'tillganglig',
] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

export type Indicator = Readonly<{
  indicatorId: string;
  area: string;
  year: number;
  code: string | null;
  title: string;
  description: string | null;
  kind: IndicatorKind;
  direction: Direction;
  indicatorType: IndicatorType | null;
  qualityDimension: QualityDimension | null;
  seriesId: string | null;
  fileId: string | null;
  /** Bakgrundsmått, bakgrundsuppgift or sorteringsnyckel: context for comparisons, never given a standing. */
  background: boolean;
  /** Where the direction comes from: the file's description, an assumption, or the user. */
  directionReason?: string | null;
}>;

/** The dimensions a metaanalys groups indicators by: område, kvalitetsområde, indikatortyp. */
export type MetaDimension = 'area' | 'qualityDimension' | 'indicatorType';
