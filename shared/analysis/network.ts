import type { Db } from '../db/db';
import { latestMetaAnalysis, type LatestMetaCell } from './meta-analysis';
import { resolvePeerSet, type PeerSetSpec } from './peer-sets';
import { persistentOutliers } from './persistent-outliers';
import { computeStandings, type StandingRow } from './standings-query';
import { seriesKey } from './latest-year';
import type { Standing } from './standing';
import type { Status } from '../model/observations';
import type { Stance } from '../model/stance';
import { annotationsFor, type Annotation } from './annotations';
import type { IndicatorKind } from '../model/indicators';

export type NetworkRow = Readonly<{
  unitCode: string;
  name: string;
  /**
   * One cell per area, each kommun compared with the rest of the network,
   * each series at its own latest published year up to the year asked for
   * (a biennial area's 2023 in a 2024 summary); `years` says which.
   * "Utan läge" = insufficient + missing + no_direction.
   */
  cells: readonly LatestMetaCell[];
  persistentCount: number;
}>;

/**
 * Sammanställning för nätverket: every member of a named peer set compared
 * with the other members, kommun × area at each series' latest year up to
 * `year` (within the four years up to it), plus how many indicators keep
 * standing out for each (ogynnsamt ≥ 3 of the last 4 years).
 */
export async function networkSummary(
  db: Db,
  peerSetId: string,
  year: number,
  /** A saved version of the set (a report's); the current one when left out. */
  version?: number,
): Promise<NetworkRow[]> {
  const set = await resolvePeerSet(db, '', {
    kind: 'named',
    peerSetId,
    ...(version === undefined ? {} : { version }),
  });
  const members = await unitNames(db, set.members);
  const rows: NetworkRow[] = [];
  for (const m of members) {
    // Each member against the other members of the same version.
    const peers = { ...set, members: set.members.filter((x) => x !== m.unit_code) };
    const standings = await computeStandings(db, {
      home: m.unit_code,
      peers,
      years: [year - 3, year],
    });
    rows.push({
      unitCode: m.unit_code,
      name: m.name,
      cells: latestMetaAnalysis(standings, 'area', year),
      persistentCount: persistentOutliers(standings, 'unfavourable').length,
    });
  }
  const collator = new Intl.Collator('sv');
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

/** The members with their names, those without a unit row left out (as the join did). */
export async function unitNames(
  db: Db,
  codes: readonly string[],
): Promise<{ unit_code: string; name: string }[]> {
  if (codes.length === 0) return [];
  return db.query<{ unit_code: string; name: string }>(
    `SELECT unit_code, name FROM unit WHERE unit_code IN (${codes.map(() => '?').join(', ')}) ORDER BY name`,
    [...codes],
  );
}

/** One member's value and standings on one indicator at its latest year. */
export type NetworkIndicatorCell = Readonly<{
  unitCode: string;
  /** The member's published status; null when the member has no row for the indicator-year. */
  status: Status | null;
  value: number | null;
  text: string | null;
  /** Against the other members of the network. */
  network: Standing;
  /** Against all kommuner (riket as comparison set). */
  riket: Standing;
}>;

export type NetworkNote = Readonly<{
  unitCode: string;
  year: number | null;
  text: string;
  stance: Stance | null;
}>;

export type NetworkFlip = Readonly<{
  unitCode: string;
  from: 0 | 1;
  to: 0 | 1;
  fromYear: number;
  developmentArea: boolean;
}>;

/** One indicator (series) of the area at its own latest year, a cell per member. */
export type NetworkIndicatorRow = Readonly<{
  key: string;
  seriesId: string | null;
  title: string;
  kind: IndicatorKind;
  year: number;
  /** In the members' order. */
  cells: readonly NetworkIndicatorCell[];
  /** Ja/Nej where the members answer differently (both answers among them); null otherwise. */
  split: Readonly<{ ja: number; nej: number }> | null;
  /** Members unfavourable against riket in `year`. */
  unfavourable: readonly string[];
  /**
   * Ja/Nej: members whose answer changed between the series' previous
   * published year and `year` (1 = Ja, 0 = Nej); `developmentArea` says
   * whether an utvecklingsområde of the member follows the series.
   */
  flips: readonly NetworkFlip[];
  /** The members' notes on the series that apply in the table's year (their own year, or carried forward). */
  notes: readonly NetworkNote[];
  /** Per published year within the window (oldest first): the members unfavourable against riket. */
  history: readonly Readonly<{ year: number; unfavourable: readonly string[] }>[];
}>;

export type NetworkIndicatorTable = Readonly<{
  set: Readonly<{ id: string; label: string; version: number }>;
  area: string;
  year: number;
  members: readonly Readonly<{ code: string; name: string }>[];
  rows: readonly NetworkIndicatorRow[];
}>;

/**
 * Member × indicator from each member's standings against the network and
 * against riket (all kommuner): every series of the rows at its own latest
 * year up to `upTo` (DESIGN.md "Latest year is per series"), the Ja/Nej split
 * among the members, and who is unfavourable against riket in each year.
 */
export function networkIndicatorRows(
  members: readonly string[],
  againstNetwork: ReadonlyMap<string, readonly StandingRow[]>,
  againstRiket: ReadonlyMap<string, readonly StandingRow[]>,
  upTo: number,
  /** Per member, the series its utvecklingsområden follow. */
  developmentAreas: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  /** Per member, its notes that apply in the table's year. */
  notes: ReadonlyMap<string, readonly Annotation[]> = new Map(),
): NetworkIndicatorRow[] {
  const rowsOf = (m: Map<string, Map<number, StandingRow>>, key: string, year: number) =>
    m.get(key)?.get(year) ?? null;
  const index = (map: ReadonlyMap<string, readonly StandingRow[]>) =>
    new Map(
      members.map((code) => {
        const byKey = new Map<string, Map<number, StandingRow>>();
        for (const r of map.get(code) ?? []) {
          if (r.year > upTo) continue;
          const k = seriesKey(r);
          if (!byKey.has(k)) byKey.set(k, new Map());
          byKey.get(k)!.set(r.year, r);
        }
        return [code, byKey] as const;
      }),
    );
  const net = index(againstNetwork);
  const rik = index(againstRiket);
  const years = new Map<string, Set<number>>();
  const sample = new Map<string, StandingRow>();
  for (const byKey of [...net.values(), ...rik.values()])
    for (const [key, byYear] of byKey)
      for (const [year, row] of byYear) {
        years.set(key, (years.get(key) ?? new Set()).add(year));
        const s = sample.get(key);
        if (!s || s.year < year) sample.set(key, row);
      }
  const out: NetworkIndicatorRow[] = [];
  for (const [key, set] of years) {
    const published = [...set].sort((a, b) => a - b);
    const year = published[published.length - 1]!;
    const latest = sample.get(key)!;
    const cells = members.map((code): NetworkIndicatorCell => {
      const n = rowsOf(net.get(code)!, key, year);
      const r = rowsOf(rik.get(code)!, key, year);
      const own = n ?? r;
      return {
        unitCode: code,
        status: own?.homeStatus ?? null,
        value: own?.homeValue ?? null,
        text: own?.homeText ?? null,
        network: n?.standing ?? 'missing',
        riket: r?.standing ?? 'missing',
      };
    });
    const answered = cells.filter((c) => c.status === 'ok');
    const ja = answered.filter((c) => c.value === 1).length;
    const nej = answered.filter((c) => c.value === 0).length;
    const answer = (code: string, y: number): 0 | 1 | null => {
      const r = rowsOf(net.get(code)!, key, y) ?? rowsOf(rik.get(code)!, key, y);
      return r && r.homeStatus === 'ok' && (r.homeValue === 0 || r.homeValue === 1)
        ? r.homeValue
        : null;
    };
    const fromYear = published.length > 1 ? published[published.length - 2]! : null;
    const flips: NetworkFlip[] = [];
    if (latest.kind === 'yesno' && fromYear !== null)
      for (const code of members) {
        const from = answer(code, fromYear);
        const to = answer(code, year);
        if (from !== null && to !== null && from !== to)
          flips.push({
            unitCode: code,
            from,
            to,
            fromYear,
            developmentArea: developmentAreas.get(code)?.has(latest.seriesId ?? key) ?? false,
          });
      }
    const redIn = (y: number) =>
      members.filter((code) => rowsOf(rik.get(code)!, key, y)?.standing === 'unfavourable');
    out.push({
      key,
      seriesId: latest.seriesId,
      title: latest.title,
      kind: latest.kind,
      year,
      cells,
      split: latest.kind === 'yesno' && ja > 0 && nej > 0 ? { ja, nej } : null,
      unfavourable: redIn(year),
      flips,
      notes: members.flatMap((code) =>
        (notes.get(code) ?? [])
          .filter((a) => a.seriesId !== null && a.seriesId === latest.seriesId)
          .map((a) => ({ unitCode: code, year: a.year, text: a.text, stance: a.stance })),
      ),
      history: published.map((y) => ({ year: y, unfavourable: redIn(y) })),
    });
  }
  const collator = new Intl.Collator('sv');
  return out.sort((a, b) => collator.compare(a.title, b.title));
}

/** A red the network shares: at least k members unfavourable against riket at the indicator's latest year. */
export type SharedRed = Readonly<{
  key: string;
  seriesId: string | null;
  title: string;
  year: number;
  members: readonly string[];
  /** The network's size (N in "k av N"). */
  of: number;
  /** The published years within the window when at least k members were unfavourable, and all published years. */
  yearsRed: readonly number[];
  publishedYears: readonly number[];
  notes: readonly NetworkNote[];
}>;

/** Gemensamma röda: indicators where at least `k` of the members are unfavourable against riket; most members first. */
export function sharedReds(
  rows: readonly NetworkIndicatorRow[],
  memberCount: number,
  k: number,
): SharedRed[] {
  const need = Math.max(1, Math.floor(k));
  const collator = new Intl.Collator('sv');
  return rows
    .filter((r) => r.unfavourable.length >= need)
    .map((r) => ({
      key: r.key,
      seriesId: r.seriesId,
      title: r.title,
      year: r.year,
      members: r.unfavourable,
      of: memberCount,
      yearsRed: r.history.filter((h) => h.unfavourable.length >= need).map((h) => h.year),
      publishedYears: r.history.map((h) => h.year),
      notes: r.notes,
    }))
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        b.yearsRed.length - a.yearsRed.length ||
        collator.compare(a.title, b.title),
    );
}

/**
 * The network at indicator level for one area: each member of a saved set
 * (a version, else the current) against the other members and against all
 * kommuner, every series at its own latest year up to `year`, within the four
 * years up to it.
 */
export async function networkIndicatorTable(
  db: Db,
  q: Readonly<{ peerSetId: string; version?: number; area: string; year: number }>,
): Promise<NetworkIndicatorTable> {
  const set = await resolvePeerSet(db, '', {
    kind: 'named',
    peerSetId: q.peerSetId,
    ...(q.version === undefined ? {} : { version: q.version }),
  });
  const members = (await unitNames(db, set.members)).map((m) => ({
    code: m.unit_code,
    name: m.name,
  }));
  const againstNetwork = new Map<string, StandingRow[]>();
  const againstRiket = new Map<string, StandingRow[]>();
  const years: [number, number] = [q.year - 3, q.year];
  for (const m of members) {
    const peers = { ...set, members: set.members.filter((x) => x !== m.code) };
    againstNetwork.set(
      m.code,
      await computeStandings(db, { home: m.code, peers, years, areas: [q.area] }),
    );
    const riket = await resolvePeerSet(db, m.code, { kind: 'all' });
    againstRiket.set(
      m.code,
      await computeStandings(db, { home: m.code, peers: riket, years, areas: [q.area] }),
    );
  }
  const notes = new Map<string, readonly Annotation[]>();
  for (const m of members) notes.set(m.code, await annotationsFor(db, m.code, q.year));
  return {
    set: { id: set.id, label: set.label, version: set.version },
    area: q.area,
    year: q.year,
    members,
    rows: networkIndicatorRows(
      members.map((m) => m.code),
      againstNetwork,
      againstRiket,
      q.year,
      await developmentSeries(db, set.members),
      notes,
    ),
  };
}

/** Per unit, the series its utvecklingsområden (not closed) follow. */
async function developmentSeries(
  db: Db,
  units: readonly string[],
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (units.length === 0) return out;
  const rows = await db.query<{ unit_code: string; series_id: string }>(
    `SELECT d.unit_code, s.series_id FROM development_area d JOIN development_area_series s USING (development_area_id)
     WHERE coalesce(d.status, '') <> 'closed' AND d.unit_code IN (${units.map(() => '?').join(', ')})`,
    [...units],
  );
  for (const r of rows) out.set(r.unit_code, (out.get(r.unit_code) ?? new Set()).add(r.series_id));
  return out;
}

/** Does a shared red hold against other groups: the red members' standing against their län and their kommungrupp. */
export type RedRobustness = Readonly<{
  seriesId: string;
  unitCode: string;
  lan: Standing;
  kommungrupp: Standing;
}>;

/**
 * Peer sensitivity for gemensamma röda (DESIGN.md: "does a finding hold
 * against other peer sets?"): each red member's standing on the series in the
 * red's year against the kommuner of its län and of its kommungrupp (SKR 2023).
 */
export async function sharedRedRobustness(
  db: Db,
  reds: readonly Readonly<{ seriesId: string; year: number; members: readonly string[] }>[],
): Promise<RedRobustness[]> {
  const out: RedRobustness[] = [];
  const units = [...new Set(reds.flatMap((r) => r.members))].sort();
  for (const unit of units) {
    const mine = reds.filter((r) => r.members.includes(unit));
    const years: [number, number] = [
      Math.min(...mine.map((r) => r.year)),
      Math.max(...mine.map((r) => r.year)),
    ];
    const seriesIds = mine.map((r) => r.seriesId);
    const against = async (spec: PeerSetSpec) =>
      computeStandings(db, {
        home: unit,
        peers: await resolvePeerSet(db, unit, spec),
        years,
        seriesIds,
      });
    const lan = await against({ kind: 'lan' });
    const grupp = await against({ kind: 'kommungrupp', classification: 2023 });
    const find = (rows: readonly StandingRow[], r: (typeof mine)[number]) =>
      rows.find((x) => x.seriesId === r.seriesId && x.year === r.year)?.standing ?? 'missing';
    for (const r of mine)
      out.push({
        seriesId: r.seriesId,
        unitCode: unit,
        lan: find(lan, r),
        kommungrupp: find(grupp, r),
      });
  }
  return out;
}
