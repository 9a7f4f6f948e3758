import { matchKey } from '../util/text-normalize';

/**
 * ÖJ publishes bakgrundsmått, bakgrundsuppgifter and sorteringsnycklar beside
 * the indicators (population, age structure, costs …) to make comparisons
 * fairer. They are context, never given a standing.
 */
const BACKGROUND_WORDS =
  /^(bakgrundsmått|bakgrundsuppgift(er)?|bakgrundsvariabler?|sorteringsnyck(el|lar)|strukturmått)\b/;

export type BackgroundEvidence = Readonly<{
  sheet: string;
  groupHeading: string | null;
  title: string;
  /** The "Typ" text of the indicator description, when the file has one. */
  typeText?: string | null;
}>;

/** Why a measure is a background measure, in Swedish, or null when it is an indicator. */
export function backgroundReason(e: BackgroundEvidence): string | null {
  const sheet = matchKey(e.sheet);
  if (/bakgrund|sorteringsnyck/.test(sheet)) return `bladet "${e.sheet}" redovisar bakgrundsmått`;
  if (e.groupHeading && BACKGROUND_WORDS.test(matchKey(e.groupHeading)))
    return `rubriken "${e.groupHeading}"`;
  if (BACKGROUND_WORDS.test(matchKey(e.title))) return 'titeln anger bakgrundsmått';
  if (e.typeText && BACKGROUND_WORDS.test(matchKey(e.typeText)))
    return `indikatorbeskrivningens typ "${e.typeText}"`;
  return null;
}
