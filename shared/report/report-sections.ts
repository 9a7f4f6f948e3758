import type { StandingRow } from '../analysis/standings-query';
import { STANDING_SYMBOL } from '../charts/standing-style';
import { peerSetPhrase } from '../analysis/peer-sets';
import { areaLabel } from '../model/areas';
import { RELATIVE_CAVEAT, type ReportDocument } from './report-document';

/**
 * The Nämndrapport as presentational sections, shared by every export format
 * (PPTX, DOCX, PDF) so they say the same thing in the same words and numbers.
 */
const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** Swedish number: decimal comma, space as thousands separator; '–' when missing. */
export function svNumber(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : NUMBER.format(x).replace(/\u2212/g, '-');
}

export const STANDING_LABEL = { favourable: 'Gynnsamt', middle: 'Mellan', unfavourable: 'Ogynnsamt' } as const;

export type MetaBar = Readonly<{ area: string; favourable: number; middle: number; unfavourable: number; total: number }>;

export type OutlierFinding = Readonly<{
  seriesId: string;
  title: string;
  area: string;
  headline: string;
  trend: readonly Readonly<{ year: number; home: number | null; median: number | null; riket: number | null }>[];
  latestText: string;
  source: string;
  notes: readonly string[];
}>;

export type ReportSections = Readonly<{
  title: string;
  subtitle: string;
  caveat: string;
  latestYear: number;
  metaBars: readonly MetaBar[];
  /** Area × year, each cell "▼ 3 av 10" (unfavourable of those with a standing). */
  metaTable: Readonly<{ years: readonly number[]; rows: readonly Readonly<{ area: string; cells: readonly string[] }>[] }>;
  outliers: readonly OutlierFinding[];
  changes: readonly Readonly<{ title: string; area: string; from: string; to: string; change: string; flag: string }>[];
  notes: readonly Readonly<{ heading: string; text: string }>[];
  sourceLine: string;
  members: string;
}>;

export const MAX_OUTLIER_SLIDES = 8;

/** The report's parts in the composed order, ready for any format to render one after the other. */
export type ReportBlock =
  | Readonly<{ kind: 'heading'; text: string }>
  | Readonly<{ kind: 'text'; text: string }>
  | Readonly<{ kind: 'meta' }>
  | Readonly<{ kind: 'metaTable' }>
  | Readonly<{ kind: 'outliers'; findings: readonly OutlierFinding[] }>
  | Readonly<{ kind: 'finding'; finding: OutlierFinding }>
  | Readonly<{ kind: 'changes' }>
  | Readonly<{ kind: 'notes' }>
  | Readonly<{ kind: 'network'; table: NonNullable<ReportDocument['network']> }>;

export function reportBlocks(doc: ReportDocument, s: ReportSections = reportSections(doc)): ReportBlock[] {
  return doc.items.flatMap((item): ReportBlock[] => {
    switch (item.kind) {
      case 'heading':
      case 'text':
        return [item];
      case 'meta':
      case 'metaTable':
      case 'changes':
        return [item];
      case 'notes':
        return s.notes.length > 0 ? [item] : [];
      case 'outliers':
        return [{ kind: 'outliers', findings: s.outliers }];
      case 'indicator': {
        const finding = indicatorFinding(doc, item.seriesId);
        return finding ? [{ kind: 'finding', finding }] : [{ kind: 'text', text: `Indikatorn (${item.seriesId}) har inga värden för ${doc.home.name} under ${doc.years[0]}–${doc.years[1]}.` }];
      }
      case 'network':
        return doc.network ? [{ kind: 'network', table: doc.network }] : [];
    }
  });
}

const STANDING_WORD: Readonly<Record<string, string>> = { favourable: 'gynnsamt', middle: 'mellan', unfavourable: 'ogynnsamt', insufficient: 'otillräckligt underlag', missing: 'värde saknas', no_direction: 'ingen riktning' };

/** The rows of one series, oldest first. */
const seriesRows = (doc: ReportDocument, seriesId: string) => doc.standings.filter((r) => r.seriesId === seriesId).sort((a, b) => a.year - b.year);

/** One series as a finding: its trend, the latest year's numbers, source cell and the förvaltning's notes. */
function finding(doc: ReportDocument, seriesId: string, latest: StandingRow, title: string, headline: string): OutlierFinding {
  const l = latest;
  const fileName = doc.sources.find((f) => f.fileId === l.fileId)?.fileName ?? l.fileId ?? '–';
  return {
    seriesId,
    title,
    area: areaLabel(l.area, 'sv'),
    headline,
    trend: seriesRows(doc, seriesId).map((r) => ({ year: r.year, home: r.homeValue, median: r.peerMedian, riket: r.riketValue })),
    latestText: `${l.year}: ${doc.home.name} ${svNumber(l.homeValue)}, median i jämförelsegruppen ${svNumber(l.peerMedian)}${l.riketValue === null ? '' : `, riket ${svNumber(l.riketValue)}`} (${l.n} kommuner med värde).`,
    source: `Källa: ${fileName}${l.sheet ? `, blad ${l.sheet}` : ''}${l.cell ? `, cell ${l.cell}` : ''}. ${title}.`,
    notes: doc.notes.filter((n) => n.indicator === title).map((n) => n.text),
  };
}

/** One pinned indicator as a finding, headed by its latest standing. */
function indicatorFinding(doc: ReportDocument, seriesId: string): OutlierFinding | null {
  const l = seriesRows(doc, seriesId).at(-1);
  return l ? finding(doc, seriesId, l, l.title, `${STANDING_SYMBOL[l.standing]} ${l.year}: ${STANDING_WORD[l.standing] ?? l.standing}`) : null;
}

export function reportSections(doc: ReportDocument): ReportSections {
  const latestYear = doc.years[1];
  const years = [...new Set(doc.meta.map((c) => c.year))].sort((a, b) => a - b);
  const areas = [...new Set(doc.meta.map((c) => c.key))].sort((a, b) => areaLabel(a, 'sv').localeCompare(areaLabel(b, 'sv'), 'sv'));
  const cell = (area: string, year: number) => doc.meta.find((c) => c.key === area && c.year === year);

  return {
    title: doc.title,
    subtitle: `${doc.home.name} jämförd med ${peerSetPhrase(doc.peerSet)} (${doc.peerSet.members.length} kommuner, version ${doc.peerSet.version}), ${doc.years[0]}–${doc.years[1]}`,
    caveat: RELATIVE_CAVEAT,
    latestYear,
    metaBars: areas.flatMap((area) => {
      const c = cell(area, latestYear);
      if (!c) return [];
      const total = c.counts.favourable + c.counts.middle + c.counts.unfavourable;
      return total === 0 ? [] : [{ area: areaLabel(area, 'sv'), favourable: c.counts.favourable, middle: c.counts.middle, unfavourable: c.counts.unfavourable, total }];
    }),
    metaTable: {
      years,
      rows: areas.map((area) => ({
        area: areaLabel(area, 'sv'),
        cells: years.map((y) => {
          const c = cell(area, y);
          if (!c) return '';
          const total = c.counts.favourable + c.counts.middle + c.counts.unfavourable;
          return total === 0 ? '–' : `${STANDING_SYMBOL.unfavourable} ${c.counts.unfavourable} av ${total}`;
        }),
      })),
    },
    outliers: doc.persistent
      .slice(0, MAX_OUTLIER_SLIDES)
      .map((o) => finding(doc, o.seriesId, o.latest, o.title, `${STANDING_SYMBOL.unfavourable} Ogynnsamt läge ${o.hits} av de ${o.m} senaste åren (${o.years.join(', ')})`)),
    changes: doc.changes.map((c) => ({
      title: c.title,
      area: areaLabel(c.area, 'sv'),
      from: `${c.fromYear}: ${svNumber(c.from)}`,
      to: `${c.toYear}: ${svNumber(c.to)}`,
      change: c.change === null ? '–' : `${c.change > 0 ? '+' : ''}${svNumber(c.change)}`,
      flag: c.smallNumbers ? 'små tal' : '',
    })),
    notes: doc.notes.map((n) => ({ heading: `${n.indicator ?? 'Hela kommunen'}${n.year ? ` (${n.year})` : ''}`, text: n.text })),
    sourceLine: doc.sourceLine,
    members: `Jämförelsegruppens kommuner: ${doc.peerNames.join(', ')}.`,
  };
}
