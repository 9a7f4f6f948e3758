import type { MessageKey } from '../../shared/i18n/i18n';

/** The navigation of DESIGN.md, in order. Slugs are Swedish: they show in the address. */
export const ROUTES = [
  { id: 'import', slug: 'importera', label: 'nav.import' },
  { id: 'overview', slug: 'oversikt', label: 'nav.overview' },
  { id: 'areas', slug: 'omraden', label: 'nav.areas' },
  { id: 'catalogue', slug: 'indikatorer', label: 'nav.catalogue' },
  { id: 'outliers', slug: 'avvikare', label: 'nav.outliers' },
  { id: 'parts', slug: 'enheter', label: 'nav.parts' },
  { id: 'peers', slug: 'jamforelsegrupper', label: 'nav.peers' },
  { id: 'notes', slug: 'anteckningar', label: 'nav.notes' },
  { id: 'developmentAreas', slug: 'utvecklingsomraden', label: 'nav.developmentAreas' },
  { id: 'cycle', slug: 'hjulet', label: 'nav.cycle' },
  { id: 'report', slug: 'rapport', label: 'nav.report' },
  { id: 'presentation', slug: 'presentation', label: 'nav.presentation' },
] as const satisfies readonly { id: string; slug: string; label: MessageKey }[];

/** The Indikator view is reached from Område and Avvikare, not from the navigation: #/indikator/<series id>. */
export type RouteId = (typeof ROUTES)[number]['id'] | 'indicator';

export function routeFromHash(hash: string): RouteId {
  // A query after the slug (#/utvecklingsomraden?serie=…) belongs to the page, not the route.
  const slug = hash.replace(/^#\/?/, '').split('?')[0]!;
  if (slug.startsWith('indikator/')) return 'indicator';
  return ROUTES.find((r) => r.slug === slug)?.id ?? 'overview';
}

export function seriesFromHash(hash: string): string | null {
  const m = /^#\/indikator\/(.+)$/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

export function indicatorHash(seriesId: string): string {
  return `#/indikator/${encodeURIComponent(seriesId)}`;
}

export function hashFor(id: (typeof ROUTES)[number]['id']): string {
  return `#/${ROUTES.find((r) => r.id === id)!.slug}`;
}
