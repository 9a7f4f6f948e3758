import { evaluationTexts, listDevelopmentAreas } from '../analysis/development-area-store';
import type { DevelopmentAreaRecord } from '../analysis/development-areas';
import { translate, type Lang, type MessageKey } from '../i18n/i18n';
import { reportNumber } from './report-texts';
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

/** The words of the development parts in the report's language. */
function words(lang: Lang) {
  const t = (key: MessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    translate(lang, key, params);
  const num = (x: number) => reportNumber(lang, x);
  const point = (p: FollowUpPoint | null, i: IndicatorFollowUp) =>
    p ? `${p.year}: ${pointText(p, i.kind, num, lang)}` : '–';
  const status = (s: DevelopmentAreaRecord['status']) => t(`development.status.${s}`);
  return {
    t,
    status,
    followUpHeader: [
      t('reportDev.col.developmentArea'),
      t('reportBody.col.indicator'),
      t('reportDev.col.atDecision'),
      t('reportDev.col.latest'),
      t('reportDev.col.assessment'),
    ],
    followUpRows: (followUps: readonly DevelopmentFollowUp[]): string[][] =>
      followUps.flatMap((f) =>
        f.indicators.length === 0
          ? [[f.title, t('reportDev.noIndicator'), '–', '–', '–']]
          : f.indicators.map((i) => [
              f.title,
              i.label,
              i.verdict === 'not_decided' ? '–' : point(i.then, i),
              point(i.now, i),
              lang === 'sv' ? VERDICT_SV[i.verdict] : t(`development.verdict.${i.verdict}`),
            ]),
      ),
    decisionText: (a: DevelopmentAreaRecord) =>
      a.decidedYear === null
        ? t('reportDev.notDecided')
        : [a.decidedBy, a.decidedDate ?? String(a.decidedYear)].filter(Boolean).join(', '),
    statusText: (a: DevelopmentAreaRecord) =>
      `${status(a.status)}${a.status === 'closed' && a.closedAt ? ` ${a.closedAt}` : ''}`,
  };
}

/** "Utvecklingsområden": every one with status, decision, owner and target, then each indicator followed up. */
export function developmentAreasPart(
  homeName: string,
  areas: readonly DevelopmentAreaRecord[],
  followUps: readonly DevelopmentFollowUp[],
  lang: Lang = 'sv',
): DevelopmentReportPart {
  const w = words(lang);
  const content: DevelopmentContent[] =
    areas.length === 0
      ? [{ kind: 'paragraph', text: w.t('reportDev.noAreas', { home: homeName }) }]
      : [
          {
            kind: 'table',
            caption: w.t('reportDev.statusAndDecision'),
            header: [
              w.t('reportDev.col.developmentArea'),
              w.t('reportDev.col.status'),
              w.t('reportDev.col.decision'),
              w.t('reportDev.col.owner'),
              w.t('reportDev.col.target'),
            ],
            rows: areas.map((a) => [
              a.title,
              w.statusText(a),
              w.decisionText(a),
              a.owner ?? '–',
              a.target ?? '–',
            ]),
          },
          {
            kind: 'table',
            caption: w.t('reportDev.followUp'),
            header: w.followUpHeader,
            rows: w.followUpRows(followUps),
          },
        ];
  return {
    anchor: 'utvecklingsomraden',
    title: w.t('reportDev.title'),
    content,
    legend: w.t('reportDev.devLegend'),
  };
}

/** "Utvärdering {år}": what was decided and what happened to each indicator, what closed, what is still open, our words. */
export function evaluationPart(
  e: DevelopmentEvaluation,
  areas: readonly DevelopmentAreaRecord[],
  lang: Lang = 'sv',
): DevelopmentReportPart {
  const w = words(lang);
  const byId = new Map(areas.map((a) => [a.id, a]));
  const c = e.counts;
  const none = (what: string): DevelopmentContent => ({
    kind: 'paragraph',
    text: w.t('reportDev.none', { what }),
  });
  const decided = w.t('reportDev.decidedIn', { year: e.year });
  const closed = w.t('reportDev.closedIn', { year: e.year });
  const open = w.t('reportDev.openAtEnd', { year: e.year });
  const content: DevelopmentContent[] = [
    e.decided.length === 0
      ? none(decided)
      : {
          kind: 'table',
          caption: decided,
          header: w.followUpHeader,
          rows: w.followUpRows(e.decided),
        },
    ...(e.decided.length === 0
      ? []
      : [
          {
            kind: 'paragraph' as const,
            text: w.t('reportDev.sinceDecision', {
              improved: c.improved,
              unchanged: c.unchanged,
              worsened: c.worsened,
              pending: c.pending,
              notComparable: c.not_comparable,
            }),
          },
        ]),
    e.closed.length === 0
      ? none(closed)
      : {
          kind: 'table',
          caption: closed,
          header: [
            w.t('reportDev.col.developmentArea'),
            w.t('reportDev.col.closed'),
            w.t('reportDev.col.result'),
          ],
          rows: e.closed.map((f) => {
            const a = byId.get(f.developmentAreaId);
            return [f.title, a?.closedAt ?? '–', a?.closingNote ?? '–'];
          }),
        },
    e.open.length === 0
      ? none(open)
      : {
          kind: 'table',
          caption: open,
          header: [
            w.t('reportDev.col.developmentArea'),
            w.t('reportDev.col.status'),
            w.t('reportDev.col.decision'),
          ],
          rows: e.open.map((f) => {
            const a = byId.get(f.developmentAreaId);
            return [f.title, w.status(f.status), a ? w.decisionText(a) : '–'];
          }),
        },
    {
      kind: 'paragraph',
      text: e.text
        ? w.t('reportDev.ourEvaluation', { text: e.text })
        : w.t('reportDev.noEvaluation', { year: e.year }),
    },
  ];
  return {
    anchor: `utvardering-${e.year}`,
    title: w.t('reportDev.evaluationTitle', { year: e.year }),
    content,
    legend: w.t('reportDev.devLegend'),
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
  lang: Lang = 'sv',
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
        lang,
      });
      if (part) parts[key] = part;
    } else if (own && item.kind === 'developmentAreas') {
      parts[key] = developmentAreasPart(home.name, own.areas, own.followUps, lang);
    } else if (own && item.kind === 'evaluation') {
      const year = item.year ?? reportYear;
      parts[key] = evaluationPart(
        evaluateYear(home.code, year, own.areas, own.followUps, own.texts.get(year) ?? null),
        own.areas,
        lang,
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
