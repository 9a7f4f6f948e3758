import type { NetworkItem } from '../../../shared/network/network-item';

export const NETWORK_SCOPE = {
  kind: 'network',
  peerSetId: 'ps-nordvast',
  name: 'Nätverk Nordväst',
} as const;

/** A network note written by Solna (0184), the shape every test varies. */
export function note(overrides: Partial<NetworkItem> = {}): NetworkItem {
  return {
    id: 'a-1',
    kind: 'annotation',
    scope: NETWORK_SCOPE,
    unitCode: '0184',
    seriesId: 'aldre-hemtjanst-kontinuitet',
    seriesIds: [],
    year: 2024,
    title: null,
    text: 'Vi räknar personalkontinuitet per månad, inte per år.',
    stance: 'tolkningsfraga',
    status: null,
    target: null,
    authorUnitCode: '0184',
    updatedAt: '2026-11-02T09:15:00Z',
    ...overrides,
  };
}
