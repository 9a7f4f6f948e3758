import { describe, expect, it } from 'vitest';
import { routeFromHash } from '../../../renderer/app/routes';
import {
  developmentPrefill,
  newDevelopmentAreaHash,
} from '../../../renderer/features/development-areas/development-route';

describe('a finding links to a new utvecklingsområde (issue 20 item 4)', () => {
  it('carries series and unit in the address and back, and the route ignores the query', () => {
    const hash = newDevelopmentAreaHash({ seriesId: 'missbruk:väntetid & kö', unitCode: '0114' });
    expect(hash).toBe('#/utvecklingsomraden?serie=missbruk%3Av%C3%A4ntetid+%26+k%C3%B6&enhet=0114');
    expect(routeFromHash(hash)).toBe('developmentAreas');
    expect(developmentPrefill(hash)).toEqual({
      seriesId: 'missbruk:väntetid & kö',
      unitCode: '0114',
      peerSetId: null,
      title: null,
    });
  });

  it('a network proposal names its network; a bare address opens no form', () => {
    expect(
      developmentPrefill(newDevelopmentAreaHash({ peerSetId: 'nv8', title: 'Gemensam ASI' })),
    ).toEqual({ seriesId: null, unitCode: null, peerSetId: 'nv8', title: 'Gemensam ASI' });
    expect(developmentPrefill('#/utvecklingsomraden')).toBeNull();
    expect(developmentPrefill('#/utvecklingsomraden?enhet=0114')).toBeNull();
    expect(routeFromHash('#/utvecklingsomraden')).toBe('developmentAreas');
  });
});
