import { evaluationTexts, listDevelopmentAreas } from '../analysis/development-area-store';
import { DEVELOPMENT_STATUS_SV, type DevelopmentAreaRecord } from '../analysis/development-areas';
import { evaluateYear, type DevelopmentEvaluation } from '../analysis/development-evaluation';
import {
  followUpDevelopmentAreas,
  pointText,
  VERDICT_SV,
  type DevelopmentFollowUp,
  type FollowUpPoint,
  type IndicatorFollowUp,
} from '../analysis/development-follow-up';
import type { ResolvedPeerSet } from '../analysis/peer-sets';
import type { Db } from '../db/db';
import type { ReportItem } from './report-definition';
import { networkProposalsPart } from './network-proposals-report';
import type { XlsxCell, XlsxSheet } from './xlsx-writer';

/**
 * The report parts "Utvecklingsområden" (status, decision, follow-up) and
 * "Utvärdering {år}" (issue 20 items 4 and 6): one presentational model —
 * headings, paragraphs and tables of text — that every format lays out the
 * same way (HTML/PDF, DOCX, PPTX, XLSX), in the same words and numbers.
 */
export type DevelopmentContent =
  | Readonly<{ kind: 'paragraph'; text: string }>
  | Readonly<{
      kind: 'table';
      caption: string;
      header: readonly string[];
      rows: readonly (readonly string[])[];
    }>;

export type DevelopmentReportPart = Readonly<{
  /** A stable anchor for the HTML contents list. */
  anchor: string;
  title: string;
  content: readonly DevelopmentContent[];
  legend: string;
}>;

/** The ReportItem kinds this module renders. */
export type DevelopmentItem = Extract<
  ReportItem,
  { kind: 'developmentAreas' | 'evaluation' | 'networkProposals' }
>;

export const isDevelopmentItem = (item: ReportItem): item is DevelopmentItem =>
  item.kind === 'developmentAreas' ||
  item.kind === 'evaluation' ||
  item.kind === 'networkProposals';

/** Which part an item shows: the evaluation of its own year, or of the report's last year. */
export function developmentPartKey(item: DevelopmentItem, reportYear: number): string {
  if (item.kind === 'networkProposals')
    return `networkProposals:${item.peerSetId}:${item.version ?? ''}:${item.k ?? ''}`;
  return item.kind === 'developmentAreas'
    ? 'developmentAreas'
    : `evaluation:${item.year ?? reportYear}`;
}

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const num = (x: number) => NUMBER.format(x).replace(/\u2212/g, '-');
const point = (p: FollowUpPoint | null, i: IndicatorFollowUp) =>
  p ? `${p.year}: ${pointText(p, i.kind, num)}` : '–';

export const DEVELOPMENT_LEGEND =
  '▲ gynnsamt, ● mellan, ▼ ogynnsamt läge mot jämförelsegruppen – relativt gruppen, inte ett absolut betyg. "Vid beslutet" är indikatorns senaste publicering fram till beslutsåret, "Senaste" dess eget senaste publicerade år. Bedömningen jämför läget vid beslutet med det senaste; är läget detsamma avgör värdets förändring i indikatorns riktning.';

export const FOLLOW_UP_HEADER: readonly string[] = [
  'Utvecklingsområde',
  'Indikator',
  'Vid beslutet',
  'Senaste',
  'Bedömning',
];

const followUpRows = (followUps: readonly DevelopmentFollowUp[]): string[][] =>
  followUps.flatMap((f) =>
    f.indicators.length === 0
      ? [[f.title, 'ingen indikator kopplad', '–', '–', '–']]
      : f.indicators.map((i) => [
          f.title,
          i.label,
          i.verdict === 'not_decided' ? '–' : point(i.then, i),
          point(i.now, i),
          VERDICT_SV[i.verdict],
        ]),
  );

const decisionText = (a: DevelopmentAreaRecord) =>
  a.decidedYear === null
    ? 'inte beslutat'
    : [a.decidedBy, a.decidedDate ?? String(a.decidedYear)].filter(Boolean).join(', ');

const statusText = (a: DevelopmentAreaRecord) =>
  `${DEVELOPMENT_STATUS_SV[a.status]}${a.status === 'closed' && a.closedAt ? ` ${a.closedAt}` : ''}`;

/** "Utvecklingsområden": every one with status, decision, owner and target, then each indicator followed up. */
export function developmentAreasPart(
  homeName: string,
  areas: readonly DevelopmentAreaRecord[],
  followUps: readonly DevelopmentFollowUp[],
): DevelopmentReportPart {
  const content: DevelopmentContent[] =
    areas.length === 0
      ? [{ kind: 'paragraph', text: `${homeName} har inga utvecklingsområden.` }]
      : [
          {
            kind: 'table',
            caption: 'Status och beslut',
            header: ['Utvecklingsområde', 'Status', 'Beslut', 'Ansvarig', 'Mål'],
            rows: areas.map((a) => [
              a.title,
              statusText(a),
              decisionText(a),
              a.owner ?? '–',
              a.target ?? '–',
            ]),
          },
          {
            kind: 'table',
            caption: 'Uppföljning per indikator',
            header: FOLLOW_UP_HEADER,
            rows: followUpRows(followUps),
          },
        ];
  return {
    anchor: 'utvecklingsomraden',
    title: 'Utvecklingsområden',
    content,
    legend: DEVELOPMENT_LEGEND,
  };
}

/** "Utvärdering {år}": what was decided and what happened to each indicator, what closed, what is still open, our words. */
export function evaluationPart(
  e: DevelopmentEvaluation,
  areas: readonly DevelopmentAreaRecord[],
): DevelopmentReportPart {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const c = e.counts;
  const none = (what: string): DevelopmentContent => ({
    kind: 'paragraph',
    text: `${what}: inga.`,
  });
  const content: DevelopmentContent[] = [
    e.decided.length === 0
      ? none(`Beslutade ${e.year}`)
      : {
          kind: 'table',
          caption: `Beslutade ${e.year}`,
          header: FOLLOW_UP_HEADER,
          rows: followUpRows(e.decided),
        },
    ...(e.decided.length === 0
      ? []
      : [
          {
            kind: 'paragraph' as const,
            text: `Indikatorerna sedan årets beslut: ${c.improved} förbättrade, ${c.unchanged} oförändrade, ${c.worsened} försämrade, ${c.pending} utan nytt resultat, ${c.not_comparable} går inte att jämföra.`,
          },
        ]),
    e.closed.length === 0
      ? none(`Avslutade ${e.year}`)
      : {
          kind: 'table',
          caption: `Avslutade ${e.year}`,
          header: ['Utvecklingsområde', 'Avslutat', 'Resultat'],
          rows: e.closed.map((f) => {
            const a = byId.get(f.developmentAreaId);
            return [f.title, a?.closedAt ?? '–', a?.closingNote ?? '–'];
          }),
        },
    e.open.length === 0
      ? none(`Fortfarande öppna vid slutet av ${e.year}`)
      : {
          kind: 'table',
          caption: `Fortfarande öppna vid slutet av ${e.year}`,
          header: ['Utvecklingsområde', 'Status', 'Beslut'],
          rows: e.open.map((f) => {
            const a = byId.get(f.developmentAreaId);
            return [f.title, DEVELOPMENT_STATUS_SV[f.status], a ? decisionText(a) : '–'];
          }),
        },
    {
      kind: 'paragraph',
      text: e.text ? `Vår utvärdering: ${e.text}` : `Ingen utvärdering av ${e.year} är skriven.`,
    },
  ];
  return {
    anchor: `utvardering-${e.year}`,
    title: `Utvärdering ${e.year}`,
    content,
    legend: DEVELOPMENT_LEGEND,
  };
}

/** The development parts a report's items ask for, keyed by developmentPartKey; nothing is read when none is asked for. */
export async function developmentReportParts(
  db: Db,
  home: Readonly<{ code: string; name: string }>,
  peers: ResolvedPeerSet,
  items: readonly ReportItem[],
  reportYear: number,
  /** Which utvecklingsområden the report covers (a report limited to a nämnd's areas); all when left out. */
  include?: (area: DevelopmentAreaRecord) => boolean,
  /** The report's areas, for the network's shared reds; every area when null. */
  reportAreas: readonly string[] | null = null,
): Promise<Record<string, DevelopmentReportPart>> {
  const wanted = items.filter(isDevelopmentItem);
  if (wanted.length === 0) return {};
  // The kommun's utvecklingsområden, their follow-up and the written evaluations: read once, and only when a part needs them.
  const own = wanted.some((i) => i.kind !== 'networkProposals')
    ? await (async () => {
        const areas = (await listDevelopmentAreas(db, home.code)).filter(
          (a) => include?.(a) ?? true,
        );
        return {
          areas,
          followUps: await followUpDevelopmentAreas(db, home.code, peers, areas),
          texts: await evaluationTexts(db, home.code),
        };
      })()
    : null;
  const parts: Record<string, DevelopmentReportPart> = {};
  for (const item of wanted) {
    const key = developmentPartKey(item, reportYear);
    if (parts[key]) continue;
    if (item.kind === 'networkProposals') {
      const part = await networkProposalsPart(db, {
        peerSetId: item.peerSetId,
        ...(item.version === undefined ? {} : { version: item.version }),
        ...(item.k === undefined ? {} : { k: item.k }),
        year: reportYear,
        areas: reportAreas,
      });
      if (part) parts[key] = part;
    } else if (own && item.kind === 'developmentAreas') {
      parts[key] = developmentAreasPart(home.name, own.areas, own.followUps);
    } else if (own && item.kind === 'evaluation') {
      const year = item.year ?? reportYear;
      parts[key] = evaluationPart(
        evaluateYear(home.code, year, own.areas, own.followUps, own.texts.get(year) ?? null),
        own.areas,
      );
    }
  }
  return parts;
}

/** The part as plain text lines (presenter notes, the XLSX sheet's reading order). */
export function developmentPartLines(part: DevelopmentReportPart): string[] {
  return part.content.flatMap((c) =>
    c.kind === 'paragraph' ? [c.text] : [c.caption, ...c.rows.map((r) => r.join(' – '))],
  );
}

/** The XLSX sheets of the development parts, in the report's order: each paragraph a row, each table under its caption. */
export function developmentSheets(
  doc: Readonly<{
    items: readonly ReportItem[];
    years: readonly [number, number];
    developmentParts?: Readonly<Record<string, DevelopmentReportPart>>;
  }>,
): XlsxSheet[] {
  const keys = [
    ...new Set(doc.items.filter(isDevelopmentItem).map((i) => developmentPartKey(i, doc.years[1]))),
  ];
  return keys.flatMap((key) => {
    const part = doc.developmentParts?.[key];
    if (!part) return [];
    const rows: (readonly XlsxCell[])[] = [[part.title]];
    for (const c of part.content)
      if (c.kind === 'paragraph') rows.push([c.text], []);
      else rows.push([c.caption], c.header, ...c.rows, []);
    rows.push([part.legend]);
    return [{ name: part.title.slice(0, 31), columnWidths: [40, 36, 24, 24, 40], rows }];
  });
}
