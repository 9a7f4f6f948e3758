import {
  backgroundContext,
  catalogue,
  indicatorListing,
  seriesChoices,
  seriesListing,
  type CatalogueFilter,
} from '../analysis/catalogue';
import { seriesNeedingDirection } from '../analysis/direction-needed';
import { overrideSeries } from '../import/series-linking';
import { setSeriesSetting, type SeriesSetting } from '../import/series-settings';
import type { CommandContext, CommandMap, NoPayload } from './command-types';

/** Commands of this capability: `'catalogue.<verb>': (ctx, payload) => result`. */
export const catalogueCommands = {
  /** Every indicator with type, direction, series and file (`oj-analys indicators`), optionally one area or year. */
  'catalogue.indicatorListing': (
    { db }: CommandContext,
    p: Readonly<{ area?: string; year?: number }>,
  ) => indicatorListing(db, p),
  /** Every series with its years and linking (`oj-analys series`). */
  'catalogue.seriesListing': ({ db }: CommandContext, _payload: NoPayload) => seriesListing(db),
  /** The areas that have at least one indicator, in name order. */
  'catalogue.areas': async ({ db }: CommandContext, _payload: NoPayload): Promise<string[]> =>
    (await db.query<{ area: string }>('SELECT DISTINCT area FROM indicator ORDER BY area')).map(
      (r) => r.area,
    ),
  /** The years that have at least one indicator, newest first. */
  'catalogue.years': async ({ db }: CommandContext, _payload: NoPayload): Promise<number[]> =>
    (
      await db.query<{ year: number }>(
        'SELECT DISTINCT year FROM indicator WHERE year > 0 ORDER BY year DESC',
      )
    ).map((r) => Number(r.year)),
  /** Every series' label by id (to name a pinned series), in label order. */
  'catalogue.seriesLabels': async (
    { db }: CommandContext,
    _payload: NoPayload,
  ): Promise<{ seriesId: string; label: string }[]> =>
    db.query('SELECT series_id AS "seriesId", label FROM series ORDER BY label, series_id'),
  /** The indicator catalogue for a filter: rows (at most CATALOGUE_LIMIT) and how many match. */
  'catalogue.list': ({ db }: CommandContext, filter: CatalogueFilter) => catalogue(db, filter),
  /** The series of an area an indicator-year could be linked to instead. */
  'catalogue.seriesChoices': ({ db }: CommandContext, p: Readonly<{ area: string }>) =>
    seriesChoices(db, p.area),
  /** Series whose direction neither the file says nor shows ("Behöver riktning"). */
  'catalogue.directionNeeded': ({ db }: CommandContext, _payload: NoPayload) =>
    seriesNeedingDirection(db),
  /** The home unit's bakgrundsmått for one area, beside riket. */
  'catalogue.background': (
    { db }: CommandContext,
    p: Readonly<{ unitCode: string; area: string }>,
  ) => backgroundContext(db, p.unitCode, p.area),
  /** Correct a series' direction, type or background flag (every year, also later imports). */
  'catalogue.setSeriesSetting': async (
    { db }: CommandContext,
    p: Readonly<{ seriesId: string; patch: SeriesSetting }>,
  ): Promise<void> => setSeriesSetting(db, p.seriesId, p.patch),
  /** Link one indicator-year to another series (or a new one of its own). */
  'catalogue.relink': async (
    { db }: CommandContext,
    p: Readonly<{ indicatorId: string; seriesId: string }>,
  ): Promise<void> => overrideSeries(db, p.indicatorId, p.seriesId),
} satisfies CommandMap;
