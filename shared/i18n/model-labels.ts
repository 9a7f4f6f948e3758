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

/**
 * The stored reasons for an indicator's direction (`indicator.direction_reason`)
 * are Swedish, kept readable in SQL: a closed vocabulary and three patterns
 * (the file's own words, where the file says it, the colours' evidence). Each
 * part is shown in the user's language; a part outside them is shown as stored.
 */
const DIRECTION_REASONS: Readonly<Record<string, MessageKey>> = {
  'riktning anges inte i filen': 'directionReason.notInFile',
  'riktning anges inte i Kolada-exporten': 'directionReason.notInKoladaExport',
  'riktning anges inte i Kolada-svaret': 'directionReason.notInKoladaAnswer',
  'enligt filens indikatorbeskrivning': 'directionReason.description',
  'bakgrundsmått har ingen riktning': 'directionReason.background',
  'ändrad av användaren': 'directionReason.byUser',
  'angiven av användaren vid importen': 'directionReason.byUserAtImport',
  'antaget: Ja är det önskade svaret': 'directionReason.yesAssumed',
  'enligt titeln i filen': 'directionReason.inTitle',
  'enligt gruppens rubrik i filen': 'directionReason.inGroupHeading',
  'enligt definitionen i filen': 'directionReason.inDefinition',
};

const COLOUR_WORDS: Readonly<Record<string, MessageKey>> = {
  gröna: 'directionReason.colour.green',
  gula: 'directionReason.colour.yellow',
  röda: 'directionReason.colour.red',
};

function directionReasonPart(part: string, lang: Lang): string {
  const fixed = DIRECTION_REASONS[part];
  if (fixed) return translate(lang, fixed);
  const stated = /^enligt filen: (.+) \((\w+)\)$/.exec(part);
  if (stated)
    return translate(lang, 'directionReason.stated', { text: stated[1]!, cell: stated[2]! });
  const colours =
    /^(enligt filens färger: |färgerna ger ingen tydlig riktning: )?(\S+) värden (högre|lägre) än (\S+) i (\d+) % av paren \(([\d\s\u00a0]+) par\)$/.exec(
      part,
    );
  const better = colours && COLOUR_WORDS[colours[2]!];
  const worse = colours && COLOUR_WORDS[colours[4]!];
  if (colours && better && worse) {
    const evidence = translate(
      lang,
      colours[3] === 'högre' ? 'directionReason.coloursHigher' : 'directionReason.coloursLower',
      {
        better: translate(lang, better),
        worse: translate(lang, worse),
        percent: colours[5]!,
        pairs: colours[6]!.replace(/[\s\u00a0]/g, ''),
      },
    );
    const lead = colours[1]?.startsWith('enligt')
      ? translate(lang, 'directionReason.byColours')
      : colours[1]
        ? translate(lang, 'directionReason.coloursUnclear')
        : '';
    return `${lead}${evidence}`;
  }
  return part;
}

/** An indicator's stored direction reason in the user's language, part by part; as stored in Swedish. */
export function directionReasonLabel(reason: string | null, lang: Lang): string | null {
  if (reason === null || lang === 'sv') return reason;
  return reason
    .split(/;\s*/)
    .map((part) => directionReasonPart(part.trim(), lang))
    .join('; ');
}
