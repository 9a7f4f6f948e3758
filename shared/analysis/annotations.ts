import type { Db } from '../db/db';

/** An anteckning on a unit × series × year — the förvaltning's explanation, carried forward to later years. */
export type Annotation = Readonly<{
  annotationId: string;
  unitCode: string;
  seriesId: string | null;
  year: number | null;
  text: string;
  carryForward: boolean;
  updatedAt: number;
}>;

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

export async function addAnnotation(
  db: Db,
  a: Omit<Annotation, 'annotationId' | 'updatedAt'>,
): Promise<string> {
  if (!a.text.trim()) throw new Error('Anteckningen är tom.');
  const id = newId('a');
  await db.query(
    'INSERT INTO annotation VALUES (?, ?, ?, ?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP)',
    [id, a.unitCode, a.seriesId, a.year, a.text.trim(), a.carryForward],
  );
  return id;
}

/** Notes that apply to a unit in a year: that year's, and earlier ones marked to carry forward. */
export async function annotationsFor(
  db: Db,
  unitCode: string,
  year: number,
): Promise<Annotation[]> {
  return db.query<Annotation>(
    `SELECT annotation_id AS "annotationId", unit_code AS "unitCode", series_id AS "seriesId", year, text,
            carry_forward AS "carryForward", updated_at AS "updatedAt"
     FROM annotation
     WHERE unit_code = ? AND (year = ? OR (carry_forward AND year < ?) OR year IS NULL)
     ORDER BY year DESC NULLS LAST, updated_at DESC`,
    [unitCode, year, year],
  );
}

export async function removeAnnotation(db: Db, annotationId: string): Promise<void> {
  await db.query('DELETE FROM annotation WHERE annotation_id = ?', [annotationId]);
}

export async function addDevelopmentArea(
  db: Db,
  d: Omit<DevelopmentArea, 'developmentAreaId'>,
): Promise<string> {
  if (!d.title.trim()) throw new Error('Utvecklingsområdet behöver en rubrik.');
  const id = newId('u');
  await db.query(
    'INSERT INTO development_area VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP)',
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
  return id;
}
