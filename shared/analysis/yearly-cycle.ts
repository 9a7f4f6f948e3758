import type { Db } from '../db/db';
import { readSetting, writeSetting } from '../workspace/settings';

/**
 * Hjulet (issue 20 item 5): the stations of a kommun's yearly ÖJ cycle as the
 * FoU-Nordväst report describes them — publication, the network's
 * sammanställning, joint interpretation, analysis, the nämnd, decided
 * utvecklingsområden, follow-up and evaluation — each with a state derived
 * from what the workspace holds, never ticked by hand.
 */
export const CYCLE_STATIONS = [
  'publication',
  'compilation',
  'interpretation',
  'analysis',
  'committee',
  'decision',
  'follow_up',
  'evaluation',
] as const;
export type CycleStation = (typeof CYCLE_STATIONS)[number];

export type StationState = 'done' | 'started' | 'not_started';

export type StationStatus = Readonly<{
  station: CycleStation;
  state: StationState;
  /** What the state rests on, as counts the view puts into words. */
  facts: Readonly<Record<string, number | string>>;
}>;

export type YearlyCycle = Readonly<{
  year: number;
  unitCode: string;
  stations: readonly StationStatus[];
}>;

/** The setting where the app notes each report export: the nämnd station's evidence. */
export const EXPORT_LOG_SETTING = 'report.exports';
export type ExportLogEntry = Readonly<{ at: string; format: string; name: string; years: string }>;

const isExportLog = (v: unknown): v is ExportLogEntry[] =>
  Array.isArray(v) &&
  v.every(
    (e) =>
      !!e &&
      typeof e === 'object' &&
      typeof (e as ExportLogEntry).at === 'string' &&
      typeof (e as ExportLogEntry).format === 'string',
  );

/** Note a report export (keeps the last 200). */
export async function logReportExport(db: Db, entry: ExportLogEntry): Promise<void> {
  const log = (await readSetting(db, EXPORT_LOG_SETTING, isExportLog)) ?? [];
  await writeSetting(db, EXPORT_LOG_SETTING, [...log, entry].slice(-200));
}

const count = async (db: Db, sql: string, params: (string | number)[]): Promise<number> =>
  Number((await db.query<{ n: number }>(sql, params))[0]?.n ?? 0);

const state = (done: boolean, started: boolean): StationState =>
  done ? 'done' : started ? 'started' : 'not_started';

/** The cycle of `year` (a publication year) for one kommun. */
export async function yearlyCycle(db: Db, unitCode: string, year: number): Promise<YearlyCycle> {
  const areasThisYear = await count(
    db,
    'SELECT count(DISTINCT area) AS n FROM source_file WHERE year = ? AND superseded_by IS NULL',
    [year],
  );
  const areasEver = await count(
    db,
    'SELECT count(DISTINCT area) AS n FROM source_file WHERE superseded_by IS NULL',
    [],
  );
  const networks = await count(
    db,
    'SELECT count(DISTINCT peer_set_id) AS n FROM peer_set_member WHERE unit_code = ?',
    [unitCode],
  );
  // A Nätverksrapport whose years reach this year (or that follows the chosen years) is the sammanställning.
  const compilations = (
    await db.query<{ definition: string }>(
      "SELECT definition FROM report WHERE template = 'natverksrapport'",
    )
  ).filter((r) => {
    try {
      const years = (JSON.parse(r.definition) as { years?: unknown }).years;
      return !Array.isArray(years) || Number(years[1]) >= year;
    } catch {
      return false;
    }
  }).length;
  const interpretations = await count(
    db,
    `SELECT count(*) AS n FROM annotation WHERE note_kind = 'interpretation' AND year = ?
       AND (unit_code = ? OR network_id IN (SELECT peer_set_id FROM peer_set_member WHERE unit_code = ?))`,
    [year, unitCode, unitCode],
  );
  const notes = await count(
    db,
    `SELECT count(*) AS n FROM annotation WHERE unit_code = ? AND year = ? AND coalesce(note_kind, 'note') = 'note'`,
    [unitCode, year],
  );
  const stances = await count(
    db,
    'SELECT count(*) AS n FROM annotation WHERE unit_code = ? AND year = ? AND stance IS NOT NULL',
    [unitCode, year],
  );
  const exports = ((await readSetting(db, EXPORT_LOG_SETTING, isExportLog)) ?? []).filter(
    (e) => e.at.slice(0, 4) >= String(year),
  ).length;
  const decided = await count(
    db,
    `SELECT count(*) AS n FROM development_area WHERE unit_code = ? AND decided_year = ?
       AND status IN ('decided', 'in_progress', 'closed')`,
    [unitCode, year],
  );
  const proposed = await count(
    db,
    `SELECT count(*) AS n FROM development_area WHERE unit_code = ? AND status = 'proposed'
       AND coalesce(decided_year, ?) = ?`,
    [unitCode, year, year],
  );
  // Follow-up: areas decided before this year whose series have a publication this year to compare with.
  const toFollow = await count(
    db,
    `SELECT count(*) AS n FROM development_area WHERE unit_code = ? AND decided_year < ?
       AND status IN ('decided', 'in_progress', 'closed')`,
    [unitCode, year],
  );
  const followed = await count(
    db,
    `SELECT count(DISTINCT d.development_area_id) AS n FROM development_area d
       JOIN development_area_series s USING (development_area_id)
       JOIN indicator i ON i.series_id = s.series_id
     WHERE d.unit_code = ? AND d.decided_year < ? AND i.year > d.decided_year
       AND d.status IN ('decided', 'in_progress', 'closed')`,
    [unitCode, year],
  );
  const evaluations = await count(
    db,
    'SELECT count(*) AS n FROM development_evaluation WHERE unit_code = ? AND year = ?',
    [unitCode, year],
  );
  const stations: StationStatus[] = [
    {
      station: 'publication',
      state: state(areasThisYear > 0 && areasThisYear >= areasEver, areasThisYear > 0),
      facts: { areas: areasThisYear, of: areasEver },
    },
    {
      station: 'compilation',
      state: state(compilations > 0, networks > 0),
      facts: { reports: compilations, networks },
    },
    {
      station: 'interpretation',
      state: state(interpretations > 0, networks > 0),
      facts: { interpretations },
    },
    {
      station: 'analysis',
      state: state(stances > 0, notes > 0),
      facts: { notes, stances },
    },
    { station: 'committee', state: state(exports > 0, false), facts: { exports } },
    {
      station: 'decision',
      state: state(decided > 0, proposed > 0),
      facts: { decided, proposed },
    },
    {
      station: 'follow_up',
      state: state(toFollow > 0 && followed >= toFollow, followed > 0),
      facts: { followed, of: toFollow },
    },
    { station: 'evaluation', state: state(evaluations > 0, false), facts: { evaluations } },
  ];
  return { year, unitCode, stations };
}
