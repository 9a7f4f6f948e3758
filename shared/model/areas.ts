/** ÖJ socialtjänst areas. The set changes over the years; unknown areas are kept as published. */
export const KNOWN_AREAS = [
  'aldreomsorg',
  'missbruk',
  'barn_och_unga',
  'funktionsnedsattning',
  'ekonomiskt_bistand',
  'brottsoffer',
  'hemloshet',
  'trygghet_och_sakerhet',
] as const;
export type KnownArea = (typeof KNOWN_AREAS)[number];
