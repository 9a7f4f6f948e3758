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

const AREA_LABELS: Readonly<Record<KnownArea, { sv: string; en: string }>> = {
  aldreomsorg: { sv: 'Vård och omsorg om äldre', en: 'Care of older people' },
  missbruk: { sv: 'Missbruk och beroende', en: 'Substance abuse and addiction' },
  barn_och_unga: { sv: 'Barn och unga', en: 'Children and young people' },
  funktionsnedsattning: {
    sv: 'Stöd till personer med funktionsnedsättning',
    en: 'Disability support',
  },
  ekonomiskt_bistand: { sv: 'Ekonomiskt bistånd', en: 'Financial assistance' },
  brottsoffer: {
    sv: 'Brottsoffer och våld i nära relationer',
    en: 'Victims of crime and domestic violence',
  },
  hemloshet: { sv: 'Hemlöshet och utestängning från bostadsmarknaden', en: 'Homelessness' },
  trygghet_och_sakerhet: { sv: 'Trygghet och säkerhet', en: 'Safety and security' },
};

/** Display name of an area; unknown areas are shown as published. */
export function areaLabel(area: string, lang: 'sv' | 'en'): string {
  if (area === 'ovrigt') return lang === 'sv' ? 'Övrigt / okänt område' : 'Other / unknown area';
  return (AREA_LABELS as Record<string, { sv: string; en: string }>)[area]?.[lang] ?? area;
}
