import type { PeerSetSpec } from '../analysis/peer-sets';
import type { Db } from '../db/db';

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
  | Readonly<{ kind: 'network'; peerSetId: string }>;

export const REPORT_TEMPLATES = [
  'namndrapport',
  'bilaga',
  'presentation',
  'natverksrapport',
] as const;
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];

export type ReportDefinition = Readonly<{
  reportId: string;
  name: string;
  template: ReportTemplate;
  home: string;
  peers: PeerSetSpec;
  years: readonly [number, number] | null;
  items: readonly ReportItem[];
}>;

export const TEMPLATE_LABEL: Readonly<Record<ReportTemplate, string>> = {
  namndrapport: 'Nämndrapport',
  bilaga: 'Bilaga till tjänsteskrivelse',
  presentation: 'Presentation',
  natverksrapport: 'Nätverksrapport',
};

/** What each template starts with; the user then pins, reorders and writes. */
export function templateItems(template: ReportTemplate, peers: PeerSetSpec): ReportItem[] {
  switch (template) {
    case 'namndrapport':
      return [
        { kind: 'meta' },
        { kind: 'metaTable' },
        { kind: 'outliers' },
        { kind: 'changes' },
        { kind: 'notes' },
      ];
    case 'bilaga':
      return [
        { kind: 'heading', text: 'Bakgrund' },
        {
          kind: 'text',
          text: 'Förvaltningen redovisar här kommunens resultat i Öppna jämförelser.',
        },
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
  }
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
      case 'network':
        if (typeof item['peerSetId'] !== 'string')
          throw new Error('Nätverksdelen saknar jämförelsegrupp.');
        return { kind: 'network', peerSetId: item['peerSetId'] };
      default:
        throw new Error(`Okänd del i rapporten: ${String(item['kind'])}`);
    }
  });
}

function parsePeers(value: unknown): PeerSetSpec {
  const p = value as Record<string, unknown> | null;
  if (p && p['kind'] === 'all') return { kind: 'all' };
  if (p && p['kind'] === 'lan') return { kind: 'lan' };
  if (p && p['kind'] === 'kommungrupp')
    return { kind: 'kommungrupp', classification: p['classification'] === 2017 ? 2017 : 2023 };
  if (p && p['kind'] === 'named' && typeof p['peerSetId'] === 'string')
    return { kind: 'named', peerSetId: p['peerSetId'] };
  throw new Error('Rapportens jämförelsegrupp är okänd.');
}

export async function saveReport(db: Db, def: ReportDefinition): Promise<void> {
  const definition = JSON.stringify({
    home: def.home,
    peers: def.peers,
    years: def.years,
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
  return {
    reportId,
    name: row.name,
    template: (REPORT_TEMPLATES as readonly string[]).includes(row.template)
      ? (row.template as ReportTemplate)
      : 'namndrapport',
    home: parsed['home'],
    peers: parsePeers(parsed['peers']),
    years,
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
