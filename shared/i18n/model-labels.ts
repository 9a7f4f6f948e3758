import { areaLabel } from '../model/areas';
import {
  INDICATOR_TYPES,
  type MetaDimension,
  QUALITY_DIMENSIONS,
  type IndicatorType,
  type QualityDimension,
} from '../model/indicators';
import { translate, type Lang, type MessageKey } from './i18n';

const isDimension = (code: string): code is QualityDimension =>
  (QUALITY_DIMENSIONS as readonly string[]).includes(code);
const isType = (code: string): code is IndicatorType =>
  (INDICATOR_TYPES as readonly string[]).includes(code);

/** "jamlik" → "Jämlik"; a missing or unknown code → "Ej angiven". */
export function dimensionLabel(code: string | null, lang: Lang): string {
  return code && isDimension(code)
    ? translate(lang, `dimension.${code}`)
    : translate(lang, 'type.none');
}

/** "resultat" → "Resultat"; a missing or unknown code → "Ej angiven". */
export function typeLabel(code: string | null, lang: Lang): string {
  return code && isType(code) ? translate(lang, `type.${code}`) : translate(lang, 'type.none');
}

/** The name of a metaanalys row: an area, a quality dimension or an indicator type. */
export function metaRowLabel(rows: MetaDimension, key: string, lang: Lang): string {
  if (rows === 'area') return areaLabel(key, lang);
  return rows === 'qualityDimension' ? dimensionLabel(key, lang) : typeLabel(key, lang);
}

/**
 * The stored reasons a series was linked across the years (`series.link_reason`)
 * are a closed Swedish vocabulary, kept readable in SQL; each part is shown
 * in the user's language. A reason outside it is shown as stored.
 */
const LINK_REASONS: Readonly<Record<string, MessageKey>> = {
  'samma kod': 'link.sameCode',
  'samma titel': 'link.sameTitle',
  'manuell koppling': 'link.manual',
  'samma indikator-id i exempeldata': 'link.demo',
  'definitionen ändrad': 'link.definitionChanged',
};

export function linkReasonLabel(reason: string | null, lang: Lang): string | null {
  if (reason === null) return null;
  return reason
    .split(/;\s*/)
    .map((part) => {
      const key = LINK_REASONS[part.trim()];
      return key ? translate(lang, key) : part;
    })
    .join('; ');
}
