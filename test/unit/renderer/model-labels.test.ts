import { describe, expect, it } from 'vitest';
import {
  dimensionLabel,
  linkReasonLabel,
  metaRowLabel,
  typeLabel,
} from '../../../shared/i18n/model-labels';
import { QUALITY_DIMENSIONS } from '../../../shared/model/indicators';

describe('labels of quality dimensions and indicator types', () => {
  it('names every quality dimension in Swedish and English, never by its code', () => {
    expect(QUALITY_DIMENSIONS.map((d) => dimensionLabel(d, 'sv'))).toEqual([
      'Kunskapsbaserad',
      'Säker',
      'Individanpassad',
      'Effektiv',
      'Jämlik',
      'Tillgänglig',
    ]);
    expect(dimensionLabel('jamlik', 'en')).toBe('Equitable');
  });
  it('names types, and a missing or unknown code as not given', () => {
    expect(typeLabel('resultat', 'sv')).toBe('Resultat');
    expect(typeLabel(null, 'sv')).toBe('Ej angiven');
    expect(dimensionLabel('okänd', 'sv')).toBe('Ej angiven');
  });
  it('names a metaanalys row by what the rows are', () => {
    expect(metaRowLabel('qualityDimension', 'saker', 'sv')).toBe('Säker');
    expect(metaRowLabel('indicatorType', 'process', 'sv')).toBe('Process');
    expect(metaRowLabel('area', 'missbruk', 'sv')).toBe('Missbruk och beroende');
  });
});

describe('the stored reasons a series was linked', () => {
  it('are shown in the user’s language, part by part; an unknown reason as stored', () => {
    expect(linkReasonLabel('samma kod; definitionen ändrad', 'en')).toBe(
      'same code; the definition changed',
    );
    expect(linkReasonLabel('samma kod; definitionen ändrad', 'sv')).toBe(
      'samma kod; definitionen ändrad',
    );
    expect(linkReasonLabel('manuell koppling', 'en')).toBe('linked by hand');
    expect(linkReasonLabel('egen förklaring', 'en')).toBe('egen förklaring');
    expect(linkReasonLabel(null, 'en')).toBeNull();
  });
});
