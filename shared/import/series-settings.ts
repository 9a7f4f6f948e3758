import type { Db } from '../db/db';
import { inTransaction } from '../db/transaction';
import {
  DIRECTIONS,
  INDICATOR_TYPES,
  type Direction,
  type IndicatorType,
} from '../model/indicators';

/** A user's correction of one series, applied to every year of it — also to years imported later. */
export type SeriesSetting = Readonly<{
  direction?: Direction | null;
  indicatorType?: IndicatorType | null;
  background?: boolean | null;
}>;

function check(setting: SeriesSetting): void {
  if (setting.direction != null && !(DIRECTIONS as readonly string[]).includes(setting.direction))
    throw new Error(`Okänd riktning: ${setting.direction}`);
  if (
    setting.indicatorType != null &&
    !(INDICATOR_TYPES as readonly string[]).includes(setting.indicatorType)
  )
    throw new Error(`Okänd typ: ${setting.indicatorType}`);
}

/** Save a correction (fields left undefined keep their saved value) and apply it to the series' indicators. */
export async function setSeriesSetting(
  db: Db,
  seriesId: string,
  patch: SeriesSetting,
): Promise<void> {
  check(patch);
  await inTransaction(db, async () => {
    const [series] = await db.query('SELECT 1 FROM series WHERE series_id = ?', [seriesId]);
    if (!series) throw new Error(`Serien ${seriesId} finns inte.`);
    const [old] = await db.query<{
      direction: Direction | null;
      indicator_type: IndicatorType | null;
      is_background: boolean | null;
    }>('SELECT direction, indicator_type, is_background FROM series_setting WHERE series_id = ?', [
      seriesId,
    ]);
    const next = {
      direction: patch.direction !== undefined ? patch.direction : (old?.direction ?? null),
      indicatorType:
        patch.indicatorType !== undefined ? patch.indicatorType : (old?.indicator_type ?? null),
      background: patch.background !== undefined ? patch.background : (old?.is_background ?? null),
    };
    await db.query('INSERT OR REPLACE INTO series_setting VALUES (?, ?, ?, ?, now()::TIMESTAMP)', [
      seriesId,
      next.direction,
      next.indicatorType,
      next.background,
    ]);
    await applySeriesSettings(db, { seriesId });
  });
}

/** Apply saved corrections to indicators — of one series, or of one newly imported file. */
export async function applySeriesSettings(
  db: Db,
  scope: Readonly<{ seriesId: string } | { fileId: string }>,
): Promise<void> {
  const [column, id] =
    'seriesId' in scope ? ['series_id', scope.seriesId] : ['file_id', scope.fileId];
  await db.query(
    `UPDATE indicator SET
       direction = coalesce(s.direction, indicator.direction),
       direction_reason = CASE WHEN s.direction IS NULL THEN indicator.direction_reason ELSE 'ändrad av användaren' END,
       indicator_type = coalesce(s.indicator_type, indicator.indicator_type),
       is_background = coalesce(s.is_background, indicator.is_background)
     FROM series_setting s
     WHERE s.series_id = indicator.series_id AND indicator.${column} = ?`,
    [id],
  );
}

/** Saved corrections, by series, to show what the user changed. */
export async function seriesSettings(db: Db): Promise<Map<string, SeriesSetting>> {
  const rows = await db.query<{
    series_id: string;
    direction: Direction | null;
    indicator_type: IndicatorType | null;
    is_background: boolean | null;
  }>('SELECT series_id, direction, indicator_type, is_background FROM series_setting');
  return new Map(
    rows.map((r) => [
      r.series_id,
      { direction: r.direction, indicatorType: r.indicator_type, background: r.is_background },
    ]),
  );
}
