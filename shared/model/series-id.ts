import { matchKey, slug } from '../util/text-normalize';
import { fnvHash } from '../util/fnv-hash';

const SLUG_MAX = 80;

/**
 * One id per series, the same for demo data and imports: the area plus the
 * published code, else the title. A long title is never cut to a prefix (two
 * indicators sharing their first 80 characters would share a series): the
 * readable start is followed by a hash of the whole normalised title.
 */
export function seriesIdFor(area: string, code: string | null, title: string): string {
  const source = code ?? title;
  const full = slug(source, Number.MAX_SAFE_INTEGER);
  if (full.length <= SLUG_MAX) return `${area}:${full}`;
  return `${area}:${full.slice(0, SLUG_MAX - 9)}-${fnvHash(matchKey(source))}`;
}
