import type { Db } from '../db/db';
import { inTransaction } from '../db/transaction';
import type { Indicator } from '../model/indicators';
import type { ParsedImport, SeriesProposal } from './import-file';
import { matchKey, slug } from '../util/text-normalize';

/** Character-trigram Dice similarity of two normalised titles (0–1). */
export function titleSimilarity(a: string, b: string): number {
  const grams = (text: string) => {
    const t = ` ${matchKey(text)
      .replace(/[^a-zåäö0-9 ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()} `;
    const out = new Map<string, number>();
    for (let i = 0; i + 3 <= t.length; i++)
      out.set(t.slice(i, i + 3), (out.get(t.slice(i, i + 3)) ?? 0) + 1);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  for (const n of ga.values()) total += n;
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

export const LINK_THRESHOLD = 0.8;

/** The key an override is stored under: the published code, else the normalised title. */
export function overrideKey(indicator: Pick<Indicator, 'code' | 'title'>): string {
  return indicator.code ? `kod:${slug(indicator.code, 40)}` : `titel:${slug(indicator.title, 120)}`;
}

type ExistingSeries = {
  series_id: string;
  label: string;
  years: number[];
  description: string | null;
};

/**
 * Link each new indicator to the series it continues: a saved manual
 * override first, then the same code, the same title, and finally a similar
 * title in the same area (a series that has no indicator that year yet).
 * Each link carries its confidence and reason; a changed definition is flagged.
 */
export async function linkSeries(db: Db, parsed: ParsedImport): Promise<ParsedImport> {
  const overrides = new Map(
    (
      await db.query<{ match_key: string; series_id: string }>(
        'SELECT match_key, series_id FROM series_override WHERE area = ?',
        [parsed.area],
      )
    ).map((o) => [o.match_key, o.series_id]),
  );
  const existing = await db.query<ExistingSeries>(
    `SELECT s.series_id, s.label, list(DISTINCT i.year) AS years, any_value(i.description) AS description
     FROM series s LEFT JOIN indicator i USING (series_id) WHERE s.area = ? GROUP BY ALL`,
    [parsed.area],
  );
  const byId = new Map(existing.map((s) => [s.series_id, s]));
  const proposals = new Map(parsed.series.map((s) => [s.seriesId, s]));
  const takenInBatch = new Set<string>();
  const definitionChanged = new Set<string>();
  const linkNotes: { indicatorId: string; seriesId: string; reason: string }[] = [];
  const indicators = parsed.indicators.map((indicator) => {
    const override = overrides.get(overrideKey(indicator));
    if (override) {
      return { ...indicator, seriesId: override };
    }
    const own = indicator.seriesId!;
    const known = byId.get(own);
    if (known) {
      const changed =
        known.description &&
        indicator.description &&
        matchKey(known.description) !== matchKey(indicator.description);
      if (changed) definitionChanged.add(own);
      return indicator;
    }
    if (!indicator.code) {
      let best: { s: ExistingSeries; sim: number } | null = null;
      for (const s of existing) {
        if (
          (s.years ?? []).includes(indicator.year) ||
          takenInBatch.has(`${s.series_id}|${indicator.year}`)
        )
          continue;
        const sim = titleSimilarity(indicator.title, s.label);
        if (sim >= LINK_THRESHOLD && (!best || sim > best.sim)) best = { s, sim };
      }
      if (best) {
        takenInBatch.add(`${best.s.series_id}|${indicator.year}`);
        proposals.delete(own);
        linkNotes.push({
          indicatorId: indicator.indicatorId,
          seriesId: best.s.series_id,
          reason: `liknande titel ${best.sim.toFixed(2)}`,
        });
        return { ...indicator, seriesId: best.s.series_id };
      }
    }
    return indicator;
  });
  // Only series that someone uses and that do not exist yet are proposed.
  const series: SeriesProposal[] = [...proposals.values()].filter(
    (p) => !byId.has(p.seriesId) && indicators.some((i) => i.seriesId === p.seriesId),
  );
  return { ...parsed, indicators, series, linkNotes, definitionChanged: [...definitionChanged] };
}

/** Move one indicator to another series (or its own new one) by hand; saved so a re-import links the same way. */
export async function overrideSeries(db: Db, indicatorId: string, seriesId: string): Promise<void> {
  const [indicator] = await db.query<{ area: string; code: string | null; title: string }>(
    'SELECT area, code, title FROM indicator WHERE indicator_id = ?',
    [indicatorId],
  );
  if (!indicator) throw new Error(`Indikatorn ${indicatorId} finns inte.`);
  await inTransaction(db, async () => {
    const [series] = await db.query('SELECT 1 FROM series WHERE series_id = ?', [seriesId]);
    if (!series)
      await db.query("INSERT INTO series VALUES (?, ?, ?, 1, 'manuell koppling', true)", [
        seriesId,
        indicator.area,
        indicator.title,
      ]);
    else
      await db.query(
        "UPDATE series SET overridden = true, link_reason = 'manuell koppling', link_confidence = 1 WHERE series_id = ?",
        [seriesId],
      );
    await db.query('UPDATE indicator SET series_id = ? WHERE indicator_id = ?', [
      seriesId,
      indicatorId,
    ]);
    await db.query('INSERT OR REPLACE INTO series_override VALUES (?, ?, ?, now()::TIMESTAMP)', [
      indicator.area,
      overrideKey(indicator),
      seriesId,
    ]);
  });
}
