import type { MessageKey } from '../../shared/i18n/i18n';

/** The navigation of DESIGN.md, in order. Slugs are Swedish: they show in the address. */
export const ROUTES = [
  { id: 'import', slug: 'importera', label: 'nav.import' },
  { id: 'overview', slug: 'oversikt', label: 'nav.overview' },
  { id: 'areas', slug: 'omraden', label: 'nav.areas' },
  { id: 'outliers', slug: 'avvikare', label: 'nav.outliers' },
  { id: 'peers', slug: 'jamforelsegrupper', label: 'nav.peers' },
  { id: 'notes', slug: 'anteckningar', label: 'nav.notes' },
  { id: 'report', slug: 'rapport', label: 'nav.report' },
  { id: 'presentation', slug: 'presentation', label: 'nav.presentation' },
] as const satisfies readonly { id: string; slug: string; label: MessageKey }[];

export type RouteId = (typeof ROUTES)[number]['id'];

export function routeFromHash(hash: string): RouteId {
  const slug = hash.replace(/^#\/?/, '');
  return ROUTES.find((r) => r.slug === slug)?.id ?? 'overview';
}

export function hashFor(id: RouteId): string {
  return `#/${ROUTES.find((r) => r.id === id)!.slug}`;
}
