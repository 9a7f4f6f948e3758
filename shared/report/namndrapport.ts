import type { Lang } from '../i18n/i18n';
import { resolvePeerSet, type PeerSetSpec } from '../analysis/peer-sets';
import type { ColourMode } from '../analysis/standing';
import { computeStandings } from '../analysis/standings-query';
import type { Db } from '../db/db';
import { buildReport, type ReportDocument } from './report-document';
import { annotationsFor, stanceNotesFor } from '../analysis/annotations';
import { networkSummary } from '../analysis/network';
import { withoutStanding } from '../analysis/meta-analysis';
import { areaLabel } from '../model/areas';
import type { ReportItem } from './report-definition';
import type { NetworkTable } from './report-document';
import { developmentReportParts } from './development-report';
import { expectedValueEntries } from './report-expected-value';

export type NamndrapportInput = Readonly<{
  home: string;
  peers: PeerSetSpec;
  years?: readonly [number, number];
  mode?: ColourMode;
  /** The composed parts; the Nämndrapport template's when left out. */
  items?: readonly ReportItem[];
  /** Limit to these areas (one nämnd's); every area when left out or empty. */
  areas?: readonly string[];
  /** The report's language: its headings, sentences, legends and the XLSX's names. Swedish when left out. */
  lang?: Lang;
}>;

/** The Nämndrapport template straight from the workspace: metaanalys, återkommande avvikare, största förändringar. */
export async function buildNamndrapport(db: Db, input: NamndrapportInput): Promise<ReportDocument> {
  const [home] = await db.query<{ code: string; name: string }>(
    'SELECT unit_code AS code, name FROM unit WHERE unit_code = ?',
    [input.home],
  );
  if (!home) throw new Error(`Enheten ${input.home} finns inte i arbetsytan.`);
  const [span] = await db.query<{ lo: number | null; hi: number | null }>(
    'SELECT min(year) AS lo, max(year) AS hi FROM indicator WHERE year > 0',
  );
  const years: [number, number] = input.years
    ? [input.years[0], input.years[1]]
    : [Math.max(span?.lo ?? 0, (span?.hi ?? 0) - 4), span?.hi ?? 0];
  const peerSet = await resolvePeerSet(db, input.home, input.peers);
  const mode = input.mode ?? 'relative';
  const areas = input.areas && input.areas.length > 0 ? [...input.areas] : null;
  const standings = await computeStandings(db, {
    home: input.home,
    peers: peerSet,
    years,
    mode,
    ...(areas ? { areas } : {}),
  });
  const fileIds = [
    ...new Set(standings.map((s) => s.fileId).filter((f): f is string => f !== null)),
  ];
  const sources = (
    await db.query<{
      file_id: string;
      fileName: string;
      sha256: string;
      publisher: string | null;
      year: number | null;
    }>(
      'SELECT file_id, file_name AS "fileName", sha256, publisher, year FROM source_file ORDER BY file_name',
    )
  )
    .filter((s) => fileIds.includes(s.file_id))
    .map(({ file_id, fileName, sha256, publisher, year }) => ({
      fileId: file_id,
      fileName,
      sha256,
      publisher,
      year: year === null ? null : Number(year),
    }));
  const names = new Map(
    (
      await db.query<{ unit_code: string; name: string }>(
        "SELECT unit_code, name FROM unit WHERE level = 'kommun'",
      )
    ).map((u) => [u.unit_code, u.name]),
  );
  const collator = new Intl.Collator('sv');
  const seriesRows = await db.query<{ series_id: string; label: string; area: string | null }>(
    'SELECT series_id, label, area FROM series',
  );
  const labels = new Map(seriesRows.map((r) => [r.series_id, r.label]));
  const areaOf = new Map(seriesRows.map((r) => [r.series_id, r.area]));
  // A note on an indicator of another nämnd's area stays out; a note on the kommun as a whole stays in.
  const inScope = (seriesId: string | null) =>
    areas === null || seriesId === null || areas.includes(areaOf.get(seriesId) ?? '');
  const notes = (await annotationsFor(db, input.home, years[1]))
    .filter((a) => inScope(a.seriesId))
    .map((a) => ({
      year: a.year,
      indicator: a.seriesId ? (labels.get(a.seriesId) ?? a.seriesId) : null,
      text: a.text,
      stance: a.stance,
    }));
  const stanceNotes = (await stanceNotesFor(db, input.home)).filter((n) => inScope(n.seriesId));
  const networkItem = input.items?.find((i) => i.kind === 'network');
  const network =
    networkItem?.kind === 'network'
      ? await networkTable(
          db,
          networkItem.peerSetId,
          years[1],
          networkItem.version,
          areas,
          input.lang ?? 'sv',
        )
      : null;
  const expectedValues = await expectedValueEntries(db, input.home, input.items ?? [], standings);
  const developmentParts = await developmentReportParts(
    db,
    home,
    peerSet,
    input.items ?? [],
    years[1],
    // An utvecklingsområde belongs to the report when one of its indicators is in its areas, or when it has none.
    areas === null
      ? undefined
      : (a) => a.seriesIds.length === 0 || a.seriesIds.some((s) => inScope(s)),
    areas,
    input.lang ?? 'sv',
  );
  return buildReport({
    ...(areas ? { areas } : {}),
    developmentParts,
    expectedValues,
    notes,
    stanceNotes,
    network,
    ...(input.items ? { items: input.items } : {}),
    home,
    peerSet,
    peerNames: peerSet.members.map((m) => names.get(m) ?? m).sort(collator.compare),
    years,
    mode,
    standings,
    sources,
    ...(input.lang ? { lang: input.lang } : {}),
  });
}

/** The network's sammanställning as a table for the report: kommun × område, counts per standing. */
async function networkTable(
  db: Db,
  peerSetId: string,
  year: number,
  version: number | undefined,
  only: readonly string[] | null,
  lang: Lang,
): Promise<NetworkTable | null> {
  const [set] = await db.query<{ name: string; version: number }>(
    'SELECT coalesce(v.name, p.name) AS name, coalesce(v.version, p.version) AS version FROM peer_set p LEFT JOIN peer_set_version v ON v.peer_set_id = p.peer_set_id AND v.version = ? WHERE p.peer_set_id = ?',
    [version ?? -1, peerSetId],
  );
  if (!set) return null;
  const rows = await networkSummary(db, peerSetId, year, version);
  const areas = [...new Set(rows.flatMap((r) => r.cells.map((c) => c.key)))]
    .filter((a) => only === null || only.includes(a))
    .sort((a, b) => areaLabel(a, lang).localeCompare(areaLabel(b, lang), lang));
  return {
    // The group as every report names it: with the version whose members these are.
    name: `${set.name} (version ${Number(set.version)})`,
    year,
    areas: areas.map((a) => areaLabel(a, lang)),
    rows: rows.map((r) => ({
      name: r.name,
      persistent: r.persistentCount,
      cells: areas.map((a) => {
        const c = r.cells.find((x) => x.key === a);
        return {
          favourable: c?.counts.favourable ?? 0,
          middle: c?.counts.middle ?? 0,
          unfavourable: c?.counts.unfavourable ?? 0,
          without: c ? withoutStanding(c.counts) : 0,
          years: c?.years ?? [],
        };
      }),
    })),
  };
}
