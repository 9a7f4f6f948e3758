import type { Direction, IndicatorKind, IndicatorType, QualityDimension } from '../model/indicators';
import { QUALITY_DIMENSIONS } from '../model/indicators';
import type { ParsedValue } from './cell-value';
import { matchKey } from './text-normalize';

/** What kind of measure a column holds, from its values first and its title second. */
export function inferKind(title: string, values: readonly ParsedValue[]): IndicatorKind {
  const ok = values.filter((v) => v.status === 'ok');
  if (ok.length > 0 && ok.filter((v) => v.yesNo).length >= 0.8 * ok.length) return 'yesno';
  if (ok.length > 0 && ok.every((v) => v.valueNum === null)) return 'text';
  const t = matchKey(title);
  if (/%|andel|procent/.test(t) || ok.some((v) => v.percentSign)) return 'percent';
  // "Kostnad per invånare, kronor" is an amount; "antal per 10 000 invånare" a rate.
  if (/\bkr\b|kronor|kostnad|tkr|belopp/.test(t)) return 'amount';
  if (/per (10 ?000|1 ?000|100 ?000)|\/1000|\/ ?inv|per inv/.test(t)) return 'rate';
  if (/antal/.test(t)) return 'count';
  return 'index';
}

export function parseDirection(text: string | null): Direction | null {
  if (!text) return null;
  const t = matchKey(text);
  if (/högt?( värde)? (är )?bra|högre är bättre|higher/.test(t)) return 'higher_better';
  if (/lågt?( värde)? (är )?bra|lägre är bättre|lower/.test(t)) return 'lower_better';
  if (/ej tillämpligt|ingen riktning|neutral|^-$/.test(t)) return 'none';
  return null;
}

export function parseIndicatorType(text: string | null): IndicatorType | null {
  if (!text) return null;
  const t = matchKey(text);
  if (t.startsWith('struktur')) return 'struktur';
  if (t.startsWith('process')) return 'process';
  if (t.startsWith('resultat')) return 'resultat';
  return null;
}

const DIMENSION_WORDS: Readonly<Record<string, QualityDimension>> = {
  kunskapsbaserad: 'kunskapsbaserad',
  säker: 'saker',
  saker: 'saker',
  individanpassad: 'individanpassad',
  effektiv: 'effektiv',
  jämlik: 'jamlik',
  jamlik: 'jamlik',
  tillgänglig: 'tillganglig',
  tillganglig: 'tillganglig',
};

export function parseQualityDimension(text: string | null): QualityDimension | null {
  if (!text) return null;
  const t = matchKey(text);
  for (const [word, dimension] of Object.entries(DIMENSION_WORDS)) if (t.startsWith(word)) return dimension;
  return (QUALITY_DIMENSIONS as readonly string[]).includes(t) ? (t as QualityDimension) : null;
}
