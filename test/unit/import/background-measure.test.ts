import { describe, expect, it } from 'vitest';
import { backgroundReason } from '../../../shared/import/background-measure';

describe('bakgrundsmått', () => {
  it('are recognised by their sheet, their heading, their title or the description’s type', () => {
    expect(
      backgroundReason({ sheet: 'Bakgrundsmått', groupHeading: null, title: 'Folkmängd' }),
    ).toBe('bladet "Bakgrundsmått" redovisar bakgrundsmått');
    expect(
      backgroundReason({ sheet: 'Sorteringsnycklar 2024', groupHeading: null, title: 'Andel 80+' }),
    ).toMatch(/^bladet/);
    expect(
      backgroundReason({
        sheet: 'Kommuner',
        groupHeading: 'Bakgrundsuppgifter',
        title: 'Antal brukare',
      }),
    ).toBe('rubriken "Bakgrundsuppgifter"');
    expect(
      backgroundReason({
        sheet: 'Kommuner',
        groupHeading: 'Resultat',
        title: 'Sorteringsnyckel: invånare 65+',
      }),
    ).toBe('titeln anger bakgrundsmått');
    expect(
      backgroundReason({
        sheet: 'Kommuner',
        groupHeading: null,
        title: 'Invånare',
        typeText: 'Bakgrundsmått',
      }),
    ).toBe('indikatorbeskrivningens typ "Bakgrundsmått"');
  });

  it('leave indicators alone, also those that only mention the background of a person', () => {
    expect(
      backgroundReason({
        sheet: 'Kommuner och län',
        groupHeading: 'Struktur',
        title: 'Personalens utbildningsbakgrund, andel (%)',
      }),
    ).toBeNull();
    expect(
      backgroundReason({
        sheet: 'Kommuner och län',
        groupHeading: null,
        title: 'Brukarbedömning',
        typeText: 'Resultat',
      }),
    ).toBeNull();
  });
});
