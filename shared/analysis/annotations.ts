import type { Db, SqlParam } from '../db/db';
import { isStance, parseStance, type Stance } from '../model/stance';
import { countsAsUnfavourable, type CommonAnswerOptions } from './common-answer';
import { latestByArea } from './latest-year';
import type { StandingRow } from './standings-query';

/** An anteckning on a unit × series × year — the förvaltning's explanation, carried forward to later years. */
export type Annotation = Readonly<{
  annotationId: string;
  unitCode: string;
  seriesId: string | null;
  year: number | null;
  text: string;
  carryForward: boolean;
  /** The stance the note takes on a red (issue 19 item 5); null for a plain note. Carried forward with the note. */
  stance: Stance | null;
  updatedAt: number;
  /** The network (a saved peer set) the note belongs to; null or absent: the kommun's own (issue 20 item 2). */
  networkId?: string | null;
  /** A plain note, or an interpretation of how the question is answered ("så här tolkar vi frågan"). */
  noteKind?: NoteKind;
  /** The kommun that wrote it (differs from `unitCode` for a network note imported from another member). */
  authorUnit?: string | null;
}>;

export const NOTE_KINDS = ['note', 'interpretation'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** A note to write; `stance` may be left out (a plain note), as may its network and kind. */
export type NewAnnotation = Omit<
  Annotation,
  'annotationId' | 'updatedAt' | 'stance' | 'authorUnit'
> &
  Readonly<{ stance?: Stance | null }>;

/** What an edit may change; what is left out stays. */
export type AnnotationChange = Partial<
  Pick<Annotation, 'text' | 'year' | 'carryForward' | 'stance' | 'seriesId'>
>;

/** An utvecklingsområde the nämnd decided on, followed up in a later year. */
export type DevelopmentArea = Readonly<{
  developmentAreaId: string;
  unitCode: string;
  seriesId: string | null;
  title: string;
  decidedYear: number | null;
  followUpYear: number | null;
  target: string | null;
  status: string | null;
  notes: string | null;
}>;

const newId = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A stance is about a red, so it needs the indicator series the red is on; an unknown code is refused. */
function checkStance(stance: unknown, seriesId: string | null): Stance | null {
  if (stance === null || stance === undefined || stance === '') return null;
  if (!isStance(stance)) throw new Error(`Okänt ställningstagande: ${String(stance)}.`);
  if (!seriesId)
    throw new Error('Ett ställningstagande gäller ett rött läge och behöver en indikator.');
  return stance;
}

export async function addAnnotation(db: Db, a: NewAnnotation): Promise<string> {
  if (!a.text.trim()) throw new Error('Anteckningen är tom.');
  const stance = checkStance(a.stance, a.seriesId);
  const kind = a.noteKind ?? 'note';
  if (!(NOTE_KINDS as readonly string[]).includes(kind))
    throw new Error(`Okänd sorts anteckning: ${String(kind)}.`);
  const id = newId('a');
  await db.query(
    `INSERT INTO annotation (annotation_id, unit_code, series_id, year, text, carry_forward, stance,
       network_id, note_kind, author_unit, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP)`,
    [
      id,
      a.unitCode,
      a.seriesId,
      a.year,
      a.text.trim(),
      a.carryForward,
      stance,
      a.networkId ?? null,
      kind,
      a.unitCode,
    ],
  );
  return id;
}

/** Edit a note: its text, year, carrying forward, series or stance. */
export async function updateAnnotation(
  db: Db,
  annotationId: string,
  change: AnnotationChange,
): Promise<void> {
  const [current] = await db.query<{ seriesId: string | null }>(
    'SELECT series_id AS "seriesId" FROM annotation WHERE annotation_id = ?',
    [annotationId],
  );
  if (!current) throw new Error('Anteckningen finns inte längre.');
  if (change.text !== undefined && !change.text.trim()) throw new Error('Anteckningen är tom.');
  const seriesId = change.seriesId !== undefined ? change.seriesId : current.seriesId;
  const sets: string[] = [];
  const params: SqlParam[] = [];
  const set = (column: string, value: SqlParam) => {
    sets.push(`${column} = ?`);
    params.push(value);
  };
  if (change.text !== undefined) set('text', change.text.trim());
  if (change.year !== undefined) set('year', change.year);
  if (change.carryForward !== undefined) set('carry_forward', change.carryForward);
  if (change.seriesId !== undefined) set('series_id', change.seriesId);
  if (change.stance !== undefined) set('stance', checkStance(change.stance, seriesId));
  // A stance kept on a note moved off its series would be a stance on nothing.
  else if (change.seriesId === null) set('stance', null);
  if (sets.length === 0) return;
  await db.query(
    `UPDATE annotation SET ${sets.join(', ')}, updated_at = now()::TIMESTAMP WHERE annotation_id = ?`,
    [...params, annotationId],
  );
}

type AnnotationRow = Omit<Annotation, 'stance' | 'updatedAt' | 'noteKind'> & {
  stance: string | null;
  updatedAt: unknown;
  noteKind: string | null;
};

/** Columns of `annotation a` (always aliased `a`, so joins stay unambiguous). */
const ANNOTATION_COLUMNS = `a.annotation_id AS "annotationId", a.unit_code AS "unitCode", a.series_id AS "seriesId", a.year, a.text,
            a.carry_forward AS "carryForward", a.stance, a.updated_at AS "updatedAt", a.network_id AS "networkId",
            a.note_kind AS "noteKind", a.author_unit AS "authorUnit"`;

/**
 * The notes a unit sees: its own, and those of every network (saved peer
 * set) it is a member of — a network note shows for every member.
 */
const SEEN_BY_UNIT = `(a.unit_code = ? OR a.network_id IN (SELECT m.peer_set_id FROM peer_set_member m WHERE m.unit_code = ?))`;

const toAnnotation = (r: AnnotationRow): Annotation => ({
  annotationId: r.annotationId,
  unitCode: r.unitCode,
  seriesId: r.seriesId,
  year: r.year === null ? null : Number(r.year),
  text: r.text,
  carryForward: Boolean(r.carryForward),
  stance: parseStance(r.stance),
  updatedAt: r.updatedAt instanceof Date ? r.updatedAt.getTime() : Number(r.updatedAt),
  networkId: r.networkId ?? null,
  noteKind: r.noteKind === 'interpretation' ? 'interpretation' : 'note',
  authorUnit: r.authorUnit ?? null,
});

/** Notes that apply to a unit in a year: that year's, and earlier ones marked to carry forward. */
export async function annotationsFor(
  db: Db,
  unitCode: string,
  year: number,
): Promise<Annotation[]> {
  const rows = await db.query<AnnotationRow>(
    `SELECT ${ANNOTATION_COLUMNS}
     FROM annotation a
     WHERE ${SEEN_BY_UNIT} AND (year = ? OR (carry_forward AND year < ?) OR year IS NULL)
     ORDER BY year DESC NULLS LAST, updated_at DESC`,
    [unitCode, unitCode, year, year],
  );
  return rows.map(toAnnotation);
}

/** A note as a list shows it: with its series' label and, for a network note, the network's name. */
export type ListedAnnotation = Annotation &
  Readonly<{ seriesLabel: string | null; networkName: string | null }>;

/** Every note on a unit (or on one of its series), newest year first. */
export async function listAnnotations(
  db: Db,
  unitCode: string,
  seriesId?: string | null,
): Promise<ListedAnnotation[]> {
  const rows = await db.query<
    AnnotationRow & { seriesLabel: string | null; networkName: string | null }
  >(
    `SELECT ${ANNOTATION_COLUMNS}, s.label AS "seriesLabel", p.name AS "networkName"
     FROM annotation a LEFT JOIN series s USING (series_id) LEFT JOIN peer_set p ON p.peer_set_id = a.network_id
     WHERE ${SEEN_BY_UNIT} ${seriesId ? 'AND a.series_id = ?' : ''}
     ORDER BY a.year DESC NULLS LAST, a.updated_at DESC`,
    seriesId ? [unitCode, unitCode, seriesId] : [unitCode, unitCode],
  );
  return rows.map((r) => ({
    ...toAnnotation(r),
    seriesLabel: r.seriesLabel,
    networkName: r.networkName,
  }));
}

export async function removeAnnotation(db: Db, annotationId: string): Promise<void> {
  await db.query('DELETE FROM annotation WHERE annotation_id = ?', [annotationId]);
}

/** A note on a series that takes a stance on its red. */
export type StanceNote = Readonly<{
  annotationId: string;
  seriesId: string;
  year: number | null;
  text: string;
  carryForward: boolean;
  stance: Stance;
  updatedAt: number;
}>;

/** Every note of a unit that takes a stance, any year: what stanceFor and splitReds read. */
export async function stanceNotesFor(db: Db, unitCode: string): Promise<StanceNote[]> {
  return stanceNotesOf(
    await db.query<AnnotationRow>(
      `SELECT ${ANNOTATION_COLUMNS} FROM annotation a
       WHERE unit_code = ? AND ${STANCE_NOTES_ORDERED}`,
      [unitCode],
    ),
  );
}

/** Every unit's notes with a stance, by unit, each list as stanceNotesFor gives it. */
export async function allStanceNotes(db: Db): Promise<ReadonlyMap<string, StanceNote[]>> {
  const rows = await db.query<AnnotationRow>(
    `SELECT ${ANNOTATION_COLUMNS} FROM annotation a WHERE ${STANCE_NOTES_ORDERED}`,
  );
  const byUnit = new Map<string, AnnotationRow[]>();
  for (const r of rows) {
    const unit = toAnnotation(r).unitCode;
    const own = byUnit.get(unit);
    if (own) own.push(r);
    else byUnit.set(unit, [r]);
  }
  return new Map([...byUnit].map(([unit, own]) => [unit, stanceNotesOf(own)]));
}

const STANCE_NOTES_ORDERED =
  'series_id IS NOT NULL AND stance IS NOT NULL ORDER BY year DESC NULLS LAST, updated_at DESC, annotation_id';

function stanceNotesOf(rows: readonly AnnotationRow[]): StanceNote[] {
  return rows.flatMap((r) => {
    const a = toAnnotation(r);
    return a.stance && a.seriesId ? [{ ...a, seriesId: a.seriesId, stance: a.stance }] : [];
  });
}

/**
 * Whether a note applies in `year` — the rule annotationsFor uses: written
 * for that year, written for an earlier year and carried forward, or
 * written without a year.
 */
export function noteApplies(
  note: Pick<Annotation, 'year' | 'carryForward'>,
  year: number,
): boolean {
  return note.year === null || note.year === year || (note.carryForward && note.year < year);
}

/**
 * The stance on a series in a year: among the notes on that series that
 * apply in the year and take a stance, the one written for the latest year
 * (a note without a year last), and of those the one changed last. A newer
 * note without a stance does not take an older stance away; editing the
 * older note (or not carrying it forward) does.
 */
export function stanceFor(
  notes: readonly StanceNote[],
  seriesId: string | null,
  year: number,
): StanceNote | null {
  if (!seriesId) return null;
  let best: StanceNote | null = null;
  for (const n of notes) {
    if (n.seriesId !== seriesId || !noteApplies(n, year)) continue;
    const rank = (x: StanceNote) => x.year ?? -Infinity;
    if (!best || rank(n) > rank(best) || (rank(n) === rank(best) && n.updatedAt > best.updatedAt))
      best = n;
  }
  return best;
}

export type RedWithStance = Readonly<{ row: StandingRow; note: StanceNote }>;

/** Reds (ogynnsamt) split in two: unexplained ones, and those a note takes a stance on in the red's year. */
export type RedSplit = Readonly<{
  unexplained: readonly StandingRow[];
  withStance: readonly RedWithStance[];
}>;

/**
 * Split the reds among `rows` — those counted as ogynnsamt (with the
 * "vanligt svar" switch on, a Ja/Nej red most of the group shares is not
 * one) — by whether a note takes a stance on the series in the red's year.
 * The standings themselves are untouched: a red with a stance is still red.
 */
export function splitReds(
  rows: readonly StandingRow[],
  notes: readonly StanceNote[],
  options: CommonAnswerOptions = {},
): RedSplit {
  const unexplained: StandingRow[] = [];
  const withStance: RedWithStance[] = [];
  for (const row of rows) {
    if (!countsAsUnfavourable(row, options)) continue;
    const note = stanceFor(notes, row.seriesId, row.year);
    if (note) withStance.push({ row, note });
    else unexplained.push(row);
  }
  return { unexplained, withStance };
}

/**
 * The reds of "the latest year": each series its area still publishes at its
 * own latest published year up to `upTo` (latest-year.ts), split by stance.
 */
export function latestReds(
  rows: readonly StandingRow[],
  notes: readonly StanceNote[],
  upTo?: number,
  options: CommonAnswerOptions = {},
): RedSplit {
  return splitReds(
    latestByArea(rows, upTo).current.map((s) => s.latest),
    notes,
    options,
  );
}
export async function addDevelopmentArea(
  db: Db,
  d: Omit<DevelopmentArea, 'developmentAreaId'>,
): Promise<string> {
  if (!d.title.trim()) throw new Error('Utvecklingsområdet behöver en rubrik.');
  const id = newId('u');
  // Named columns: schema 8 added columns to development_area (owner, decision, origin …).
  await db.query(
    `INSERT INTO development_area (development_area_id, unit_code, series_id, title, decided_year, follow_up_year, target, status, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP)`,
    [
      id,
      d.unitCode,
      d.seriesId,
      d.title.trim(),
      d.decidedYear,
      d.followUpYear,
      d.target,
      d.status,
      d.notes,
    ],
  );
  if (d.seriesId)
    await db.query('INSERT INTO development_area_series VALUES (?, ?, 0)', [id, d.seriesId]);
  return id;
}
