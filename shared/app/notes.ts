import {
  addAnnotation,
  listAnnotations,
  removeAnnotation,
  updateAnnotation,
  type AnnotationChange,
  type ListedAnnotation,
  type NewAnnotation,
} from '../analysis/annotations';
import type { CommandContext, CommandMap } from './command-types';

/** A command that needs nothing: called with `{}` (useCommand reads a null payload as "do not run"). */
type NoPayload = Readonly<Record<string, never>>;

/** Anteckningar: the förvaltning's notes on a unit × series × year, each with an optional stance on a red. */
export const notesCommands = {
  /** Every note on a unit, or on one of its series; newest year first. */
  'notes.list': (
    { db }: CommandContext,
    p: Readonly<{ unitCode: string; seriesId?: string | null }>,
  ): Promise<ListedAnnotation[]> => listAnnotations(db, p.unitCode, p.seriesId),
  /** The series a note can be written on, by label. */
  'notes.seriesOptions': ({ db }: CommandContext, _payload: NoPayload) =>
    db.query<{ seriesId: string; label: string }>(
      'SELECT series_id AS "seriesId", label FROM series ORDER BY label',
    ),
  /** Write a note (with a stance, when it takes one on a red); returns its id. */
  'notes.add': ({ db }: CommandContext, p: NewAnnotation): Promise<string> => addAnnotation(db, p),
  /** Change a note's text, year, carrying forward, series or stance. */
  'notes.update': (
    { db }: CommandContext,
    p: Readonly<{ annotationId: string; change: AnnotationChange }>,
  ): Promise<void> => updateAnnotation(db, p.annotationId, p.change),
  'notes.remove': ({ db }: CommandContext, p: Readonly<{ annotationId: string }>): Promise<void> =>
    removeAnnotation(db, p.annotationId),
} satisfies CommandMap;
