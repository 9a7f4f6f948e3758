import { translate, type Lang } from '../i18n/i18n';
import { pinPeerSetVersion, type PeerSetSpec } from '../analysis/peer-sets';
import type { Db } from '../db/db';
import type { Regressor } from '../analysis/expected-value';
import { parseRegressors } from './report-expected-value';

/**
 * A composed report, saved in the workspace as a definition (not as pictures):
 * it is rendered from the data every time, so it follows a newly imported year.
 */
export type ReportItem =
  | Readonly<{ kind: 'heading'; text: string }>
  | Readonly<{ kind: 'text'; text: string }>
  | Readonly<{ kind: 'meta' }>
  | Readonly<{ kind: 'metaTable' }>
  | Readonly<{ kind: 'outliers' }>
  | Readonly<{ kind: 'indicator'; seriesId: string }>
  | Readonly<{ kind: 'changes' }>
  | Readonly<{ kind: 'notes' }>
  /** "Utvecklingsområden" (issue 20 item 4): status, decision and follow-up per indicator. */
  | Readonly<{ kind: 'developmentAreas' }>
  /** "Utvärdering {år}": a year's decisions followed up, what closed, what is open; the report's last year when left out. */
  | Readonly<{ kind: 'evaluation'; year?: number }>
  | Readonly<{ kind: 'network'; peerSetId: string; version?: number }>
  /** "Gemensamma röda" (issue 20 item 6): the network's shared reds as proposals; k: at least this many members red. */
  | Readonly<{ kind: 'networkProposals'; peerSetId: string; version?: number; k?: number }>
  /** "Förväntat värde" (issue 19 item 8), pinned from Indikator with the measures chosen there; off by default. */
  | Readonly<{ kind: 'expectedValue'; seriesId: string; regressors: readonly Regressor[] }>;

export const REPORT_TEMPLATES = [
  'namndrapport',
  'bilaga',
  'presentation',
  'natverksrapport',
  'socialnamnd',
  'aldrenamnd',
  'natverkssammanstallning',
  'utvardering',
] as const;
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];

export type ReportDefinition = Readonly<{
  reportId: string;
  name: string;
  template: ReportTemplate;
  home: string;
  peers: PeerSetSpec;
  years: readonly [number, number] | null;
  /**
   * The areas the report is limited to (issue 20 item 6: one nämnd's areas);
   * null or empty: every area. Standings, notes, the network table and the
   * development parts then cover only these.
   */
  areas?: readonly string[] | null;
  items: readonly ReportItem[];
}>;

/** The areas a socialnämnd for individ- och familjeomsorgen answers for. */
export const IFO_AREAS: readonly string[] = [
  'missbruk',
  'barn_och_unga',
  'ekonomiskt_bistand',
  'brottsoffer',
  'hemloshet',
];

/** The areas a template starts limited to; null: every area. */
export function templateAreas(template: ReportTemplate): readonly string[] | null {
  switch (template) {
    case 'socialnamnd':
      return IFO_AREAS;
    case 'aldrenamnd':
      return ['aldreomsorg'];
    default:
      return null;
  }
}

export const TEMPLATE_LABEL: Readonly<Record<ReportTemplate, string>> = {
  namndrapport: 'Nämndrapport',
  bilaga: 'Bilaga till tjänsteskrivelse',
  presentation: 'Presentation',
  natverksrapport: 'Nätverksrapport',
  socialnamnd: 'Socialnämnd (IFO)',
  aldrenamnd: 'Äldrenämnd',
  natverkssammanstallning: 'Nätverkssammanställning',
  utvardering: 'Utvärdering',
};

/** What each template starts with; the user then pins, reorders and writes. */
export function templateItems(
  template: ReportTemplate,
  peers: PeerSetSpec,
  /** The language of the template's own heading and text (the bilaga's); Swedish when left out. */
  lang: Lang = 'sv',
): ReportItem[] {
  switch (template) {
    case 'namndrapport':
    case 'socialnamnd':
    case 'aldrenamnd':
      return [
        { kind: 'meta' },
        { kind: 'metaTable' },
        { kind: 'outliers' },
        { kind: 'changes' },
        { kind: 'notes' },
        ...(template === 'namndrapport' ? [] : [{ kind: 'developmentAreas' } as const]),
      ];
    case 'bilaga':
      return [
        { kind: 'heading', text: translate(lang, 'reportTemplateText.background') },
        { kind: 'text', text: translate(lang, 'reportTemplateText.intro') },
        { kind: 'meta' },
        { kind: 'metaTable' },
        { kind: 'outliers' },
        { kind: 'changes' },
        { kind: 'notes' },
      ];
    case 'presentation':
      return [{ kind: 'meta' }, { kind: 'outliers' }];
    case 'natverksrapport':
      return [
        ...(peers.kind === 'named'
          ? [{ kind: 'network', peerSetId: peers.peerSetId } as const]
          : []),
        { kind: 'meta' },
        { kind: 'outliers' },
        { kind: 'notes' },
      ];
    case 'natverkssammanstallning':
      // The sammanställning for the network's meeting: the table and the shared reds first, the shared work after.
      return [
        ...(peers.kind === 'named'
          ? [
              { kind: 'network', peerSetId: peers.peerSetId } as const,
              { kind: 'networkProposals', peerSetId: peers.peerSetId } as const,
            ]
          : []),
        { kind: 'meta' },
        { kind: 'outliers' },
        { kind: 'notes' },
        { kind: 'developmentAreas' },
      ];
    case 'utvardering':
      return [{ kind: 'evaluation' }, { kind: 'developmentAreas' }, { kind: 'changes' }];
  }
}

const AREA_KEY = /^[a-z0-9_]{1,64}$/;

/** A definition's areas read back from JSON: a short list of area keys, else every area. */
export function parseReportAreas(value: unknown): readonly string[] | null {
  if (!Array.isArray(value)) return null;
  const areas = value.filter((a): a is string => typeof a === 'string' && AREA_KEY.test(a));
  if (areas.length !== value.length || areas.length > 50)
    throw new Error('Rapportens avgränsning till områden är skadad.');
  return areas.length === 0 ? null : [...new Set(areas)];
}

const MAX_ITEMS = 200;
const MAX_TEXT = 20_000;

/** A definition read back from JSON (the workspace may come from anywhere): unknown parts are refused, not guessed. */
export function parseReportItems(value: unknown): ReportItem[] {
  if (!Array.isArray(value) || value.length > MAX_ITEMS)
    throw new Error('Rapportens innehåll är skadat.');
  return value.map((raw): ReportItem => {
    if (!raw || typeof raw !== 'object') throw new Error('Rapportens innehåll är skadat.');
    const item = raw as Record<string, unknown>;
    const text = typeof item['text'] === 'string' ? item['text'].slice(0, MAX_TEXT) : null;
    switch (item['kind']) {
      case 'heading':
      case 'text':
        if (text === null) throw new Error('En rubrik eller text i rapporten saknar text.');
        return { kind: item['kind'], text };
      case 'meta':
      case 'metaTable':
      case 'outliers':
      case 'changes':
      case 'notes':
        return { kind: item['kind'] };
      case 'indicator':
        if (typeof item['seriesId'] !== 'string')
          throw new Error('En fäst indikator saknar serie.');
        return { kind: 'indicator', seriesId: item['seriesId'] };
      case 'developmentAreas':
        return { kind: 'developmentAreas' };
      case 'evaluation': {
        const year = item['year'];
        if (year === undefined || year === null) return { kind: 'evaluation' };
        if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2100)
          throw new Error('Utvärderingen i rapporten har ett ogiltigt år.');
        return { kind: 'evaluation', year };
      }
      case 'networkProposals': {
        if (typeof item['peerSetId'] !== 'string')
          throw new Error('Gemensamma röda i rapporten saknar nätverk.');
        const k = item['k'];
        return {
          kind: 'networkProposals',
          peerSetId: item['peerSetId'],
          ...(savedVersion(item['version']) === undefined
            ? {}
            : { version: savedVersion(item['version'])! }),
          ...(typeof k === 'number' && Number.isInteger(k) && k > 0 && k <= 400 ? { k } : {}),
        };
      }
      case 'network':
        if (typeof item['peerSetId'] !== 'string')
          throw new Error('Nätverksdelen saknar jämförelsegrupp.');
        return {
          kind: 'network',
          peerSetId: item['peerSetId'],
          ...(savedVersion(item['version']) === undefined
            ? {}
            : { version: savedVersion(item['version'])! }),
        };
      case 'expectedValue':
        if (typeof item['seriesId'] !== 'string')
          throw new Error('Förväntat värde i rapporten saknar serie.');
        return {
          kind: 'expectedValue',
          seriesId: item['seriesId'],
          regressors: parseRegressors(item['regressors']),
        };
      default:
        throw new Error(`Okänd del i rapporten: ${String(item['kind'])}`);
    }
  });
}

/** A peer set's saved version in a definition: a positive integer, else none (an older report: the current version). */
function savedVersion(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * The definition with every saved set's version pinned (the comparison group
 * and a network part): a report saved now keeps these members when the set is
 * saved again with others.
 */
export async function pinReportVersions(db: Db, def: ReportDefinition): Promise<ReportDefinition> {
  const items: ReportItem[] = [];
  for (const item of def.items) {
    if ((item.kind !== 'network' && item.kind !== 'networkProposals') || item.version !== undefined)
      items.push(item);
    else {
      const pinned = await pinPeerSetVersion(db, { kind: 'named', peerSetId: item.peerSetId });
      items.push(
        pinned.kind === 'named' && pinned.version !== undefined
          ? { ...item, version: pinned.version }
          : item,
      );
    }
  }
  return { ...def, peers: await pinPeerSetVersion(db, def.peers), items };
}

function parsePeers(value: unknown): PeerSetSpec {
  const p = value as Record<string, unknown> | null;
  if (p && p['kind'] === 'all') return { kind: 'all' };
  if (p && p['kind'] === 'lan') return { kind: 'lan' };
  if (p && p['kind'] === 'kommungrupp')
    return { kind: 'kommungrupp', classification: p['classification'] === 2017 ? 2017 : 2023 };
  if (p && p['kind'] === 'named' && typeof p['peerSetId'] === 'string') {
    const version = savedVersion(p['version']);
    return {
      kind: 'named',
      peerSetId: p['peerSetId'],
      ...(version === undefined ? {} : { version }),
    };
  }
  throw new Error('Rapportens jämförelsegrupp är okänd.');
}

export async function saveReport(db: Db, unpinned: ReportDefinition): Promise<void> {
  const def = await pinReportVersions(db, unpinned);
  const definition = JSON.stringify({
    home: def.home,
    peers: def.peers,
    years: def.years,
    areas: def.areas && def.areas.length > 0 ? def.areas : null,
    items: def.items,
  });
  const [existing] = await db.query('SELECT 1 FROM report WHERE report_id = ?', [def.reportId]);
  if (existing)
    await db.query(
      'UPDATE report SET name = ?, template = ?, definition = ?, updated_at = now()::TIMESTAMP WHERE report_id = ?',
      [def.name, def.template, definition, def.reportId],
    );
  else
    await db.query('INSERT INTO report VALUES (?, ?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP)', [
      def.reportId,
      def.name,
      def.template,
      definition,
    ]);
}

export async function loadReport(db: Db, reportId: string): Promise<ReportDefinition | null> {
  const [row] = await db.query<{ name: string; template: string; definition: string }>(
    'SELECT name, template, definition FROM report WHERE report_id = ?',
    [reportId],
  );
  if (!row) return null;
  const parsed = JSON.parse(row.definition) as Record<string, unknown>;
  const years =
    Array.isArray(parsed['years']) && parsed['years'].length === 2
      ? ([Number(parsed['years'][0]), Number(parsed['years'][1])] as const)
      : null;
  if (typeof parsed['home'] !== 'string') throw new Error('Rapporten saknar hemkommun.');
  const areas = parseReportAreas(parsed['areas']);
  return {
    reportId,
    name: row.name,
    template: (REPORT_TEMPLATES as readonly string[]).includes(row.template)
      ? (row.template as ReportTemplate)
      : 'namndrapport',
    home: parsed['home'],
    peers: parsePeers(parsed['peers']),
    years,
    ...(areas ? { areas } : {}),
    items: parseReportItems(parsed['items']),
  };
}

export async function listReports(
  db: Db,
): Promise<{ reportId: string; name: string; template: string }[]> {
  return db.query('SELECT report_id AS "reportId", name, template FROM report ORDER BY name');
}

export async function findReportByName(db: Db, name: string): Promise<ReportDefinition | null> {
  const [row] = await db.query<{ reportId: string }>(
    'SELECT report_id AS "reportId" FROM report WHERE name = ?',
    [name],
  );
  return row ? loadReport(db, row.reportId) : null;
}

export async function deleteReport(db: Db, reportId: string): Promise<void> {
  await db.query('DELETE FROM report WHERE report_id = ?', [reportId]);
}
