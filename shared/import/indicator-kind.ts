import type {
  Direction,
  IndicatorKind,
  IndicatorType,
  QualityDimension,
} from '../model/indicators';
import { QUALITY_DIMENSIONS } from '../model/indicators';
import type { ParsedValue } from './cell-value';
import { matchKey } from '../util/text-normalize';

/** The kind a title's words name, or null when they name none. */
function kindInWords(title: string): IndicatorKind | null {
  const t = matchKey(title);
  if (/%|andel|procent/.test(t)) return 'percent';
  // "Kostnad per invånare, kronor" is an amount; "antal per 10 000 invånare" a rate.
  if (/\bkr\b|kronor|kostnad|tkr|belopp/.test(t)) return 'amount';
  if (/per (10 ?000|1 ?000|100 ?000)|\/1000|\/ ?inv|per inv/.test(t)) return 'rate';
  if (/antal/.test(t)) return 'count';
  return null;
}

/**
 * What kind of measure a column holds, from its values first, then its own
 * header (`ownTitle`: "Antal personer" under a table caption "Antal och andel
 * personer …" is a count), then the whole title.
 */
export function inferKind(
  title: string,
  values: readonly ParsedValue[],
  ownTitle?: string,
): IndicatorKind {
  const ok = values.filter((v) => v.status === 'ok');
  if (ok.length > 0 && ok.filter((v) => v.yesNo).length >= 0.8 * ok.length) return 'yesno';
  if (ok.length > 0 && ok.every((v) => v.valueNum === null)) return 'text';
  if (ok.some((v) => v.percentSign)) return 'percent';
  return (ownTitle ? kindInWords(ownTitle) : null) ?? kindInWords(title) ?? 'index';
}

const BETTER = '(bra|bättre|positivt|önskvärt|önskvärd|eftersträvansvärt|gynnsamt)';
const HIGHER_PHRASE = new RegExp(
  `(ett )?(högt?|högre)( värde| andel| resultat| siffra| antal)?( (är|anses|bedöms)( som)?)? ${BETTER}|ju högre[^.]{0,30}desto bättre|ja är (önskvärt|det önskvärda|det önskade|bra|bättre|positivt)|higher (value )?is better|high (value )?is good`,
);
const LOWER_PHRASE = new RegExp(
  `(ett )?(lågt?|lägre)( värde| andel| resultat| siffra| antal)?( (är|anses|bedöms)( som)?)? ${BETTER}|ju lägre[^.]{0,30}desto bättre|nej är (önskvärt|det önskvärda|det önskade|bra|bättre|positivt)|lower (value )?is better|low (value )?is good`,
);
const NONE_PHRASE =
  /ingen riktning|ingen önskvärd riktning|varken högt eller lågt|ej tillämpligt|neutral/;

/** A direction stated in running text ("Ett högt värde är bra.", "Ja är önskvärt"); null when the text states none. */
export function directionPhrase(text: string | null): Direction | null {
  if (!text) return null;
  const t = matchKey(text);
  const higher = HIGHER_PHRASE.test(t);
  const lower = LOWER_PHRASE.test(t);
  if (higher !== lower) return higher ? 'higher_better' : 'lower_better';
  if (!higher && NONE_PHRASE.test(t)) return 'none';
  return null;
}

/** A cell of a direction column: a phrase, or the short words such columns use ("Högt", "Lågt", "↑"). */
export function parseDirection(text: string | null): Direction | null {
  if (!text) return null;
  const phrase = directionPhrase(text);
  if (phrase) return phrase;
  const t = matchKey(text);
  if (/^(högt?|högre|hög nivå|uppåt|ökande|↑|\+)$/.test(t)) return 'higher_better';
  if (/^(lågt?|lägre|låg nivå|nedåt|minskande|↓)$/.test(t)) return 'lower_better';
  if (/^(-|–|ingen|ej relevant)$/.test(t)) return 'none';
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
  for (const [word, dimension] of Object.entries(DIMENSION_WORDS))
    if (t.startsWith(word)) return dimension;
  return (QUALITY_DIMENSIONS as readonly string[]).includes(t) ? (t as QualityDimension) : null;
}
