import { describe, expect, it } from 'vitest';
import { changeUnit, changeVerdict } from '../../../shared/analysis/change';
import { changeRow } from '../../../shared/report/report-sections';
import { reportTexts } from '../../../shared/report/report-texts';

const SV = reportTexts('sv', 2024);

describe('what a change means: better or worse, and its unit', () => {
  it('is better or worse by the indicator’s direction, and has none without one', () => {
    expect(changeVerdict(8.5, 'higher_better')).toBe('better');
    expect(changeVerdict(-11.7, 'higher_better')).toBe('worse');
    expect(changeVerdict(-11.7, 'lower_better')).toBe('better');
    expect(changeVerdict(2, 'lower_better')).toBe('worse');
    expect(changeVerdict(2, 'none')).toBe('no_direction');
    expect(changeVerdict(0, 'higher_better')).toBe('unchanged');
  });

  it('counts shares in procentenheter, amounts in kr, waits in dagar — not a time window in the title', () => {
    expect(changeUnit('percent', 'Förhandsbedömning inom 14 dagar, andel (%)')).toBe(
      'procentenheter',
    );
    expect(changeUnit('amount', 'Kostnad per invånare, kronor')).toBe('kr');
    expect(changeUnit('amount', 'Kostnad, tkr')).toBe('tkr');
    expect(changeUnit('index', 'Väntetid till särskilt boende, antal dagar')).toBe('dagar');
    expect(changeUnit('count', 'Handläggningstid (dagar), median')).toBe('dagar');
    expect(
      changeUnit('count', 'Antal personal som en hemtjänsttagare möter under 14 dagar, medelvärde'),
    ).toBe('personer');
    expect(changeUnit('rate', 'Undvikbar slutenvård bland äldre, per 10 000 invånare')).toBe(
      'per 10\u00a0000 invånare',
    );
    expect(changeUnit('count', 'Antal platser')).toBe('st');
    expect(changeUnit('yesno', 'Rutin finns')).toBe('');
  });

  it('writes a row with the years compared, the signed change in its unit and ▲ bättre / ▼ sämre', () => {
    const base = {
      seriesId: 's',
      area: 'aldre',
      significant: null,
      z: null,
      smallNumbers: false,
      fromYear: 2023,
      toYear: 2024,
    } as const;
    expect(
      changeRow(
        {
          ...base,
          title: 'Nöjdhet, andel (%)',
          kind: 'percent',
          direction: 'higher_better',
          from: 66.6,
          to: 54.9,
          change: 54.9 - 66.6,
        },
        SV,
      ),
    ).toMatchObject({
      years: '2024 jämfört med 2023',
      from: '66,6',
      to: '54,9',
      change: '-11,7 procentenheter',
      meaning: '▼ sämre',
      flag: '',
    });
    expect(
      changeRow(
        {
          ...base,
          title: 'Väntetid, antal dagar',
          kind: 'index',
          direction: 'lower_better',
          from: 30,
          to: 21.5,
          change: -8.5,
          smallNumbers: true,
        },
        SV,
      ),
    ).toMatchObject({
      change: '-8,5 dagar',
      meaning: '▲ bättre',
      flag: 'små tal',
    });
    expect(
      changeRow(
        {
          ...base,
          title: 'Rutin finns',
          kind: 'yesno',
          direction: 'higher_better',
          from: 0,
          to: 1,
          change: 1,
        },
        SV,
      ),
    ).toMatchObject({ from: 'Nej', to: 'Ja', change: 'Nej → Ja', meaning: '▲ bättre' });
    expect(
      changeRow(
        {
          ...base,
          title: 'Invånare 80+, andel (%)',
          kind: 'percent',
          direction: 'none',
          from: 5,
          to: 6,
          change: 1,
        },
        SV,
      ),
    ).toMatchObject({ change: '+1 procentenheter', meaning: '– ingen riktning' });
  });
});
