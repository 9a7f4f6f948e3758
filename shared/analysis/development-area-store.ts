import type { Db } from '../db/db';
import { inTransaction } from '../db/transaction';
import {
  checkFields,
  DevelopmentAreaError,
  editFields,
  localToday,
  newFields,
  parseDevelopmentStatus,
  parseOrigin,
  type DevelopmentAreaFields,
  type DevelopmentAreaRecord,
  type DevelopmentOriginRef,
  type DevelopmentStatus,
} from './development-areas';

/**
 * Utvecklingsområden in the workspace (tables development_area,
 * development_area_series, development_evaluation; schema 8). Every write
 * goes through the rules of development-areas.ts and runs in one
 * transaction, so an area is never left without its series.
 */

type AreaRow = {
  id: string;
  unit_code: string;
  title: string;
  series_id: string | null;
  owner: string | null;
  decided_by: string | null;
  decided_date: string | null;
  decided_year: number | null;
  follow_up_year: number | null;
  target: string | null;
  status: string | null;
  closed_at: string | null;
  closing_note: string | null;
  notes: string | null;
  origin: string | null;
  origin_ref: string | null;
};

const SELECT = `SELECT development_area_id AS id, unit_code, title, series_id, owner, decided_by,
    strftime(decided_date, '%Y-%m-%d') AS decided_date, decided_year, follow_up_year, target, status,
    strftime(closed_at, '%Y-%m-%d') AS closed_at, closing_note, notes, origin, origin_ref
  FROM development_area`;

function parseRef(json: string | null): DevelopmentOriginRef | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as Record<string, unknown>;
    const pick = (k: string) => (typeof v[k] === 'string' ? { [k]: v[k] as string } : {});
    return { ...pick('unitCode'), ...pick('seriesId'), ...pick('peerSetId') };
  } catch {
    return null;
  }
}

async function seriesOf(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await db.query<{ id: string; series_id: string }>(
    `SELECT development_area_id AS id, series_id FROM development_area_series
     WHERE development_area_id IN (${ids.map(() => '?').join(', ')}) ORDER BY position, series_id`,
    ids,
  );
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.series_id]);
  return out;
}

function toRecord(r: AreaRow, series: readonly string[] | undefined): DevelopmentAreaRecord {
  return {
    id: r.id,
    unitCode: r.unit_code,
    title: r.title,
    // An area written by an older app has only development_area.series_id.
    seriesIds: series ?? (r.series_id ? [r.series_id] : []),
    owner: r.owner,
    decidedBy: r.decided_by,
    decidedDate: r.decided_date,
    decidedYear: r.decided_year === null ? null : Number(r.decided_year),
    followUpYear: r.follow_up_year === null ? null : Number(r.follow_up_year),
    target: r.target,
    status: parseDevelopmentStatus(r.status),
    closedAt: r.closed_at,
    closingNote: r.closing_note,
    notes: r.notes,
    origin: parseOrigin(r.origin),
    originRef: parseRef(r.origin_ref),
  };
}

/** A unit's utvecklingsområden: the newest decisions first, proposals (no decision) on top. */
export async function listDevelopmentAreas(
  db: Db,
  unitCode: string,
): Promise<DevelopmentAreaRecord[]> {
  const rows = await db.query<AreaRow>(
    `${SELECT} WHERE unit_code = ? ORDER BY decided_year DESC NULLS FIRST, decided_date DESC NULLS LAST, title, id`,
    [unitCode],
  );
  const series = await seriesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRecord(r, series.get(r.id)));
}

export async function getDevelopmentArea(db: Db, id: string): Promise<DevelopmentAreaRecord> {
  const [row] = await db.query<AreaRow>(`${SELECT} WHERE development_area_id = ?`, [id]);
  if (!row) throw new DevelopmentAreaError('Utvecklingsområdet finns inte längre.');
  return toRecord(row, (await seriesOf(db, [id])).get(id));
}

const newId = () => `u-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;

async function writeSeries(db: Db, id: string, seriesIds: readonly string[]): Promise<void> {
  await db.query('DELETE FROM development_area_series WHERE development_area_id = ?', [id]);
  for (const [i, s] of seriesIds.entries())
    await db.query('INSERT INTO development_area_series VALUES (?, ?, ?)', [id, s, i]);
}

const fieldParams = (f: DevelopmentAreaFields) => [
  f.unitCode,
  f.seriesIds[0] ?? null,
  f.title,
  f.decidedYear,
  f.followUpYear,
  f.target,
  f.status,
  f.notes,
  f.owner,
  f.decidedBy,
  f.decidedDate,
  f.closedAt,
  f.closingNote,
  f.origin,
  f.originRef ? JSON.stringify(f.originRef) : null,
];

export type NewDevelopmentArea = Parameters<typeof newFields>[0];

/** Create one (from a finding, a network's proposal or by hand); returns its id. */
export async function createDevelopmentArea(
  db: Db,
  input: NewDevelopmentArea,
  today: string = localToday(),
): Promise<string> {
  const f = checkFields(newFields(input), today);
  const id = newId();
  await inTransaction(db, async () => {
    await db.query(
      `INSERT INTO development_area (development_area_id, unit_code, series_id, title, decided_year, follow_up_year,
         target, status, notes, owner, decided_by, decided_date, closed_at, closing_note, origin, origin_ref, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::DATE, ?::DATE, ?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP)`,
      [id, ...fieldParams(f)],
    );
    await writeSeries(db, id, f.seriesIds);
  });
  return id;
}

export type DevelopmentAreaChange = Parameters<typeof editFields>[1];

/** Edit any field; a status change must be an allowed move (STATUS_TRANSITIONS). */
export async function updateDevelopmentArea(
  db: Db,
  id: string,
  change: DevelopmentAreaChange,
  today: string = localToday(),
): Promise<DevelopmentAreaRecord> {
  const f = editFields(await getDevelopmentArea(db, id), change, today);
  await inTransaction(db, async () => {
    await db.query(
      `UPDATE development_area SET unit_code = ?, series_id = ?, title = ?, decided_year = ?, follow_up_year = ?,
         target = ?, status = ?, notes = ?, owner = ?, decided_by = ?, decided_date = ?::DATE, closed_at = ?::DATE,
         closing_note = ?, origin = ?, origin_ref = ?, updated_at = now()::TIMESTAMP
       WHERE development_area_id = ?`,
      [...fieldParams(f), id],
    );
    await writeSeries(db, id, f.seriesIds);
  });
  return { id, ...f };
}

/** Move to another status; closing takes its date (today when left out) and an optional comment. */
export async function setDevelopmentStatus(
  db: Db,
  id: string,
  status: DevelopmentStatus,
  extra: Readonly<{
    decidedDate?: string | null;
    decidedBy?: string | null;
    closedAt?: string | null;
    closingNote?: string | null;
  }> = {},
  today: string = localToday(),
): Promise<DevelopmentAreaRecord> {
  return updateDevelopmentArea(db, id, { ...extra, status }, today);
}

/** Close it ("avslutat"), on a date (today when left out), with what came of it. */
export function closeDevelopmentArea(
  db: Db,
  id: string,
  closing: Readonly<{ closedAt?: string | null; closingNote?: string | null }> = {},
  today: string = localToday(),
): Promise<DevelopmentAreaRecord> {
  return setDevelopmentStatus(db, id, 'closed', closing, today);
}

/** Remove it and its series links (the UI asks first). */
export async function deleteDevelopmentArea(db: Db, id: string): Promise<void> {
  await inTransaction(db, async () => {
    await db.query('DELETE FROM development_area_series WHERE development_area_id = ?', [id]);
    await db.query('DELETE FROM development_area WHERE development_area_id = ?', [id]);
  });
}

const MAX_EVALUATION = 20_000;

/** The kommun's own evaluation of a year's utvecklingsområden (the evaluation station); empty text removes it. */
export async function saveEvaluationText(
  db: Db,
  unitCode: string,
  year: number,
  text: string,
): Promise<void> {
  if (!Number.isInteger(year) || year < 1990 || year > 2100)
    throw new DevelopmentAreaError(`Ogiltigt år för utvärderingen: ${year}.`);
  const t = text.trim();
  if (t.length > MAX_EVALUATION)
    throw new DevelopmentAreaError(`Utvärderingen får vara högst ${MAX_EVALUATION} tecken.`);
  await inTransaction(db, async () => {
    if (t === '') {
      await db.query('DELETE FROM development_evaluation WHERE unit_code = ? AND year = ?', [
        unitCode,
        year,
      ]);
      return;
    }
    const [row] = await db.query(
      'SELECT 1 FROM development_evaluation WHERE unit_code = ? AND year = ?',
      [unitCode, year],
    );
    if (row)
      await db.query(
        'UPDATE development_evaluation SET text = ?, updated_at = now()::TIMESTAMP WHERE unit_code = ? AND year = ?',
        [t, unitCode, year],
      );
    else
      await db.query(
        'INSERT INTO development_evaluation VALUES (?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP)',
        [unitCode, year, t],
      );
  });
}

/** Every written evaluation of a unit, by year. */
export async function evaluationTexts(db: Db, unitCode: string): Promise<Map<number, string>> {
  const rows = await db.query<{ year: number; text: string }>(
    'SELECT year, text FROM development_evaluation WHERE unit_code = ? ORDER BY year',
    [unitCode],
  );
  return new Map(rows.map((r) => [Number(r.year), r.text]));
}

export type SeriesChoice = Readonly<{
  seriesId: string;
  label: string;
  area: string;
  lastYear: number;
}>;

/** The catalogue's indicator series to follow an utvecklingsområde up on (no bakgrundsmått), by area and label. */
export async function developmentSeriesChoices(db: Db): Promise<SeriesChoice[]> {
  const rows = await db.query<SeriesChoice>(
    `SELECT s.series_id AS "seriesId", s.label, coalesce(s.area, any_value(i.area)) AS area,
            max(i.year) AS "lastYear"
     FROM series s JOIN indicator i USING (series_id)
     WHERE NOT coalesce(i.is_background, false)
     GROUP BY s.series_id, s.label, s.area`,
  );
  const collator = new Intl.Collator('sv');
  return rows
    .map((r) => ({ ...r, lastYear: Number(r.lastYear) }))
    .sort((a, b) => collator.compare(a.area, b.area) || collator.compare(a.label, b.label));
}
