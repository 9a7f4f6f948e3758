/**
 * The Utvecklingsområden page's address, with an optional finding to start a
 * new one from: #/utvecklingsomraden?serie=<series id>&enhet=<unit code>
 * (&natverk=<peer set id> for a network's proposal, &rubrik=<title>). Any
 * view that shows a finding can link here; the page opens the form prefilled.
 */
export const DEVELOPMENT_SLUG = 'utvecklingsomraden';

export type DevelopmentPrefill = Readonly<{
  seriesId: string | null;
  unitCode: string | null;
  peerSetId: string | null;
  title: string | null;
}>;

export function developmentPrefill(hash: string): DevelopmentPrefill | null {
  const m = /^#\/?utvecklingsomraden\?(.*)$/.exec(hash);
  if (!m) return null;
  const q = new URLSearchParams(m[1]);
  const get = (k: string) => q.get(k)?.trim().slice(0, 200) || null;
  const prefill = {
    seriesId: get('serie'),
    unitCode: get('enhet'),
    peerSetId: get('natverk'),
    title: get('rubrik'),
  };
  return prefill.seriesId || prefill.peerSetId || prefill.title ? prefill : null;
}

export function newDevelopmentAreaHash(p: Partial<DevelopmentPrefill>): string {
  const q = new URLSearchParams();
  if (p.seriesId) q.set('serie', p.seriesId);
  if (p.unitCode) q.set('enhet', p.unitCode);
  if (p.peerSetId) q.set('natverk', p.peerSetId);
  if (p.title) q.set('rubrik', p.title);
  const query = q.toString();
  return `#/${DEVELOPMENT_SLUG}${query ? `?${query}` : ''}`;
}
