import { describe, expect, it } from 'vitest';
import type { Standing } from '../../../shared/analysis/standing';
import type { StandingRow } from '../../../shared/analysis/standings-query';
import { translate, type MessageKey } from '../../../shared/i18n/i18n';
import type { ReportItem } from '../../../shared/report/report-definition';
import { buildReport } from '../../../shared/report/report-document';
import { presentationSlides } from '../../../renderer/features/presentation/presentation-slides';

const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
  translate('sv', key, params);

function row(
  seriesId: string,
  title: string,
  year: number,
  standing: Standing,
  homeValue: number,
): StandingRow {
  return {
    indicatorId: `${seriesId}:${year}`,
    seriesId,
    area: 'aldreomsorg',
    year,
    title,
    kind: 'percent',
    direction: 'higher_better',
    indicatorType: 'process',
    qualityDimension: 'saker',
    homeStatus: 'ok',
    homeValue,
    homeText: null,
    homeN: null,
    officialClass: null,
    n: 10,
    peerMedian: 60,
    peerQ1: 55,
    peerQ3: 65,
    riketValue: 58,
    standing,
    percentile: null,
    reason: '',
    fileId: `f${year}`,
    sheet: 'Blad1',
    cell: 'C5',
    peerSetId: 'p',
    peerSetVersion: 1,
  };
}

const YEARS = [2021, 2022, 2023, 2024];
/** "Nöjda brukare" ogynnsamt every year (an återkommande avvikare); "Tid med personal" gynnsamt (pinned below). */
const standings = YEARS.flatMap((y, i) => [
  row('nojda', 'Nöjda brukare', y, 'unfavourable', 40 - i),
  row('tid', 'Tid med personal', y, 'favourable', 70 + 2 * i),
]);
const sources = YEARS.map((y) => ({
  fileId: `f${y}`,
  fileName: `oj-aldreomsorg-${y}.xlsx`,
  sha256: 'ab'.repeat(32),
  publisher: 'Socialstyrelsen',
  year: y,
}));

function doc(items: readonly ReportItem[]) {
  return buildReport({
    home: { code: '0184', name: 'Solna' },
    peerSet: { id: 'p', label: 'Testgruppen', version: 1, members: ['0180', '0184', '0186'] },
    peerNames: ['Lidingö', 'Solna', 'Stockholm'],
    years: [2021, 2024],
    mode: 'relative',
    standings,
    sources,
    notes: [{ year: 2024, indicator: 'Nöjda brukare', text: 'Enkäten byttes 2023.' }],
    items,
    now: new Date('2026-12-01T08:00:00Z'),
  });
}

describe('the presentation follows the composed report', () => {
  const items: ReportItem[] = [
    { kind: 'heading', text: 'Inledning' },
    { kind: 'text', text: 'Vi prioriterar hemtjänsten.\n\nDet syns först 2025.' },
    { kind: 'indicator', seriesId: 'tid' },
    { kind: 'meta' },
    { kind: 'outliers' },
    { kind: 'changes' },
    { kind: 'notes' },
  ];
  const slides = presentationSlides(doc(items), t);

  it('makes a title slide, one slide per part or finding in the composed order, and the sources last', () => {
    expect(slides.map((s) => s.title)).toEqual([
      'Öppna jämförelser 2021–2024: Solna',
      'Inledning',
      'Inledning', // free text under a heading carries the heading, as in the PowerPoint
      'Tid med personal',
      'Metaanalys 2024: läge per område',
      'Nöjda brukare',
      'Största förändringar till 2024',
      'Förvaltningens kommentarer',
      'Källor',
    ]);
    expect(slides.map((s) => s.body.kind)).toEqual([
      'cover',
      'section',
      'text',
      'finding',
      'chart',
      'finding',
      'table',
      'list',
      'list',
    ]);
  });

  it('reorders with the report', () => {
    const reordered = presentationSlides(
      doc([
        { kind: 'outliers' },
        { kind: 'text', text: 'Slutsats.' },
        { kind: 'indicator', seriesId: 'tid' },
      ]),
      t,
    );
    expect(reordered.map((s) => s.title)).toEqual([
      'Öppna jämförelser 2021–2024: Solna',
      'Nöjda brukare',
      'Förvaltningens kommentar',
      'Tid med personal',
      'Källor',
    ]);
  });

  it('says status with ▲ ● ▼ and words, and draws the charts the report draws', () => {
    const pinned = slides[3]!.body;
    const outlier = slides[5]!.body;
    expect(pinned.kind === 'finding' && pinned.headline).toBe('▲ 2024: gynnsamt');
    expect(outlier.kind === 'finding' && outlier.headline).toMatch(
      /^▼ Ogynnsamt läge 4 av de 4 senaste åren/,
    );
    expect(outlier.kind === 'finding' && outlier.svg).toMatch(/^<svg [^>]*role="img"/);
    const meta = slides[4]!.body;
    expect(meta.kind === 'chart' && meta.alt).toContain('Vård och omsorg om äldre: ▲ 1 ● 0 ▼ 1');
  });

  it('gives each slide presenter notes: what it shows, the förvaltning’s notes on that indicator, the full sources', () => {
    const outlier = slides[5]!;
    expect(outlier.notes.explanation).toContain('återkommande avvikare');
    expect(outlier.notes.userNotes).toEqual(['Enkäten byttes 2023.']);
    expect(outlier.notes.sources).toContain(
      'Källa 4: oj-aldreomsorg-2024.xlsx – Socialstyrelsen, 2024, sha256 abababababab',
    );
    expect(outlier.notes.sources).toContain('Jämförelsegrupp: Testgruppen');
    expect(outlier.notes.sources).toContain('Lidingö, Solna, Stockholm');
    expect(slides[3]!.notes.userNotes).toEqual([]); // the note is on the other indicator
    expect(outlier.ref).toMatch(/^Källor 1–4/);
    expect(slides.at(-1)!.body).toEqual({
      kind: 'list',
      items: sources.map(
        (s, i) => `Källa ${i + 1}: ${s.fileName} – Socialstyrelsen, ${s.year}, sha256 abababababab`,
      ),
    });
  });

  it('says so on a slide when there is no återkommande avvikare', () => {
    const none = presentationSlides({ ...doc([{ kind: 'outliers' }]), persistent: [] }, t);
    expect(none.map((s) => s.title)).toEqual([
      'Öppna jämförelser 2021–2024: Solna',
      'Återkommande avvikare',
      'Källor',
    ]);
    expect(none[1]!.body).toEqual({
      kind: 'text',
      paragraphs: ['Inga indikatorer har varit ogynnsamma flera år i rad.'],
    });
  });
});
