import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../shared/import/import-file';
import { guessArea, guessPublication } from '../../../shared/import/publication-info';
import { areaLabel, KNOWN_AREAS } from '../../../shared/model/areas';

const REAL = path.resolve(__dirname, '../../../../shared/data/real');

describe('area from file name, title, sheet names and indicator vocabulary', () => {
  it('"trygghet och säkerhet" in a file name, with or without å/ä/ö, underscores or dashes', () => {
    for (const name of [
      'Trygghet och säkerhet 2023.xlsx',
      'oj_trygghet_och_sakerhet_2023.xlsx',
      'trygghet-och-säkerhet.xlsx',
    ]) {
      expect(guessArea(name, [])).toMatchObject({
        area: 'trygghet_och_sakerhet',
        reason: `filnamnet ”${name}” nämner ”trygghet och säkerhet”`,
      });
    }
    expect(
      guessPublication('rapport.xlsx', ['Blad1', 'Öppna jämförelser 2023 – Trygghet och säkerhet']),
    ).toMatchObject({
      area: 'trygghet_och_sakerhet',
      areaReason:
        'titeln ”Öppna jämförelser 2023 – Trygghet och säkerhet” nämner ”trygghet och säkerhet”',
      year: 2023,
    });
    expect(KNOWN_AREAS).toContain('trygghet_och_sakerhet');
    expect(areaLabel('trygghet_och_sakerhet', 'sv')).toBe('Trygghet och säkerhet');
    expect(areaLabel('trygghet_och_sakerhet', 'en')).toBe('Safety and security');
  });

  it('the words of each area', () => {
    const cases: [string, string][] = [
      ['Kostnad utbetalt ekonomiskt bistånd, kr/inv', 'ekonomiskt_bistand'],
      [
        'Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel (%) av befolkningen',
        'ekonomiskt_bistand',
      ],
      ['Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)', 'aldreomsorg'],
      ['Väntetid till särskilt boende, dagar', 'aldreomsorg'],
      ['Äldre med fallprevention', 'aldreomsorg'],
      ['Vård och behandling vid missbruk', 'missbruk'],
      ['Personer med beroendeproblematik, andel', 'missbruk'],
      ['Placerade barn med plan, andel (%)', 'barn_och_unga'],
      ['Utredningar enligt BBIC', 'barn_och_unga'],
      ['Stöd till barn och unga', 'barn_och_unga'],
      ['Gruppbostad LSS, brukarbedömning', 'funktionsnedsattning'],
      ['Stöd till personer med funktionsnedsättning', 'funktionsnedsattning'],
      ['Stöd till våldsutsatta: våld i nära relationer', 'brottsoffer'],
      ['Brottsofferstöd, rutin', 'brottsoffer'],
      ['Hemlöshet, kartläggning', 'hemloshet'],
    ];
    for (const [title, area] of cases)
      expect(guessArea('export.xlsx', [], [], [title]).area, title).toBe(area);
  });

  it('an age band "65 år och äldre" is not äldreomsorg', () => {
    expect(
      guessArea(
        'x.xlsx',
        [],
        [],
        ['Invånare 65 år och äldre, antal', 'Tandvårdsbesök, 24 år och äldre'],
      ).area,
    ).toBeNull();
  });

  it('Kolada KPI titles: one area that dominates is taken, with counts in the reason', () => {
    expect(
      guessArea(
        'Kommuner.xlsx',
        ['Kolada nyckeltal'],
        ['Kolada nyckeltal'],
        [
          'Kostnad utbetalt ekonomiskt bistånd, kr/inv',
          'Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel (%) av befolkningen',
          'Arbetslöshet 18-64 år, andel (%) av bef.',
        ],
      ),
    ).toMatchObject({
      area: 'ekonomiskt_bistand',
      reason:
        '2 av 3 indikatorer gäller ekonomiskt bistånd (t.ex. ”Kostnad utbetalt ekonomiskt bistånd, kr/inv”); övriga: 1 nämner inget område',
    });
  });

  it('a multi-area Kolada file is not forced into one area, and says why', () => {
    const guess = guessArea(
      'kolada.xlsx',
      ['Kolada nyckeltal'],
      [],
      [
        'Kostnad utbetalt ekonomiskt bistånd, kr/inv',
        'Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd, andel (%)',
        'Brukarbedömning hemtjänst äldreomsorg - helhetssyn, andel (%)',
        'Väntetid till särskilt boende, dagar',
        'Placerade barn med plan, andel (%)',
      ],
    );
    expect(guess).toMatchObject({
      area: null,
      reason:
        'indikatorerna gäller flera områden (ekonomiskt bistånd 2, vård och omsorg om äldre 2, barn och unga 1) utan att något dominerar — välj område',
    });
  });

  it('nothing known: no area, and the reason says what was looked at', () => {
    expect(guessArea('data.xlsx', ['Blad1'], ['Blad1'], ['Arbetslöshet 18-64 år'])).toMatchObject({
      area: null,
      reason: 'varken filnamn, titel, bladnamn eller indikatorer nämner ett känt område',
    });
  });

  it('an imported file gets its area and reason in the report; a sheet name counts', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hemlöshet');
    ws.getRow(1).values = ['Kommun', 'Andel (%)'];
    ['Ale', 'Alingsås', 'Alvesta'].forEach((name, i) => (ws.getRow(2 + i).values = [name, 10 + i]));
    const parsed = await parseImportFile(
      'tabell-2023.xlsx',
      new Uint8Array(await wb.xlsx.writeBuffer()),
    );
    expect(parsed.area).toBe('hemloshet');
    expect(parsed.report.areaReason).toBe('titeln ”Hemlöshet” nämner ”hemlöshet”');
    const chosen = await parseImportFile(
      'tabell-2023.xlsx',
      new Uint8Array(await wb.xlsx.writeBuffer()),
      { area: 'missbruk' },
    );
    expect(chosen.report).toMatchObject({ area: 'missbruk', areaReason: 'valt av användaren' });
  });

  it('the real Kolada export with "Kostnad utbetalt ekonomiskt bistånd" is ekonomiskt bistånd; the real health statistics stay unknown', async () => {
    const kolada = await parseImportFile(
      'Kommuner.xlsx',
      readFileSync(path.join(REAL, 'kolada/kolada_stockholms_lan_16kpi_1998-2020.xlsx')),
    );
    expect(kolada.area).toBe('ekonomiskt_bistand');
    expect(kolada.report.areaReason).toMatch(/^2 av 16 indikatorer gäller ekonomiskt bistånd/);
    const tandhalsa = await parseImportFile(
      '2024-5-9102-tables_tandhalsa2023.xlsx',
      readFileSync(path.join(REAL, 'socialstyrelsen_stat/2024-5-9102-tables_tandhalsa2023.xlsx')),
    );
    expect(tandhalsa.area).toBe('ovrigt');
  });
});
