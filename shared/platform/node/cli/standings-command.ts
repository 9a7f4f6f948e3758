import type { Db } from '../../../db/db';
import { runCommand } from '../../../app/commands';
import { latestPerSeries, previousYearIndex } from '../../../analysis/latest-year';
import { STANDINGS_MODES, type StandingsMode } from '../../../analysis/standings-mode';
import { uncertaintyText } from '../../../analysis/uncertainty-text';
import { CliUsageError, peerSpecFor, yearRange } from './analysis-commands';

export { peerSpecFor } from './analysis-commands';
import type { ParsedArgs } from './parse-args';

export type { StandingsMode };

/** One indicator-year of `oj-analys standings`: the standing and everything it was computed from. */
export type StandingsCliRow = Readonly<{
  indicator_id: string;
  series_id: string | null;
  area: string;
  title: string;
  year: number;
  /** The series' own previous published year within the chosen years (what a change compares with). */
  previous_year: number | null;
  /** True on the series' own latest published year within the chosen years. */
  series_latest: boolean;
  unit_code: string;
  value_num: number | null;
  value_text: string | null;
  status: string;
  official_class: string | null;
  standing: string;
  percentile: number | null;
  n_compared: number;
  peer_median: number | null;
  reason: string;
  /** "små tal: n = 24 (under 30)", "nära gränsen: …" — empty when neither applies (issue 19 item 3). */
  uncertainty: string;
  n: number | null;
  ci_low: number | null;
  ci_high: number | null;
  /** Ja/Nej: how many comparators (home excluded) answer Ja or Nej, and the share giving the home's answer (issue 19 item 4). */
  comparators_with_answer: number | null;
  same_answer_share: number | null;
  peer_set: string;
  peer_set_version: number;
  file: string | null;
  sheet: string | null;
  cell: string | null;
}>;

function option(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * `oj-analys standings`: the home unit's standing on every indicator-year,
 * computed by the same functions as the app's views (resolvePeerSet,
 * computeStandings, and withOwnTrend for --mode trend).
 */
export async function standingsRows(db: Db, args: ParsedArgs): Promise<StandingsCliRow[]> {
  const unit = option(args, 'unit');
  if (!unit) throw new CliUsageError('Flaggan --unit saknas (kommunkod, t.ex. 0180).');
  const [known] = await db.query<{ unit_code: string }>(
    'SELECT unit_code FROM unit WHERE unit_code = ?',
    [unit],
  );
  if (!known) throw new CliUsageError(`Enheten ${unit} finns inte i arbetsytan.`);
  const mode = (option(args, 'mode') ?? 'relative') as StandingsMode;
  if (!STANDINGS_MODES.includes(mode))
    throw new CliUsageError(`Okänt läge: ${mode} (relative, official, absolute eller trend).`);
  const years = yearRange(option(args, 'years'));
  const thresholds = await thresholdsFor(db, option(args, 'thresholds'));
  const { peerSet: peers, rows } = await runCommand({ db }, 'analysis.standings', {
    home: unit,
    peers: await peerSpecFor(db, option(args, 'peers')),
    mode,
    thresholds,
    ...(years ? { years } : {}),
  });
  const files = new Map(
    (
      await db.query<{ file_id: string; file_name: string }>(
        'SELECT file_id, file_name FROM source_file',
      )
    ).map((f) => [f.file_id, f.file_name]),
  );
  const previousYear = previousYearIndex(rows);
  const latest = new Set(latestPerSeries(rows).map((s) => s.latest));
  return rows.map((r) => ({
    indicator_id: r.indicatorId,
    series_id: r.seriesId,
    area: r.area,
    title: r.title,
    year: r.year,
    previous_year: previousYear(r),
    series_latest: latest.has(r),
    unit_code: unit,
    value_num: r.homeValue,
    value_text: r.homeText,
    status: r.homeStatus,
    official_class: r.officialClass,
    standing: r.standing,
    percentile: r.percentile,
    n_compared: r.n,
    peer_median: r.peerMedian,
    reason: r.reason,
    // The rows are data for other tools: their words stay Swedish, like `reason` and `status`.
    uncertainty: uncertaintyText(r, 'sv'),
    n: r.homeN,
    ci_low: r.homeCiLow ?? null,
    ci_high: r.homeCiHigh ?? null,
    comparators_with_answer: r.comparatorsWithAnswer ?? null,
    same_answer_share: r.sameAnswerShare ?? null,
    peer_set: peers.label,
    peer_set_version: peers.version,
    file: r.fileId === null ? null : (files.get(r.fileId) ?? r.fileId),
    sheet: r.sheet,
    cell: r.cell,
  }));
}

/**
 * `--thresholds id=värde[,id=värde …]` for --mode absolute: an id is a
 * series (every year of it) or one indicator. The app has no stored
 * thresholds yet, so the command line names them.
 */
export async function thresholdsFor(
  db: Db,
  value: string | undefined,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  if (!value) return out;
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(.+?)=(-?\d+(?:[.,]\d+)?)$/.exec(part);
    if (!m) throw new CliUsageError(`Ogiltigt gränsvärde: ${part} (skriv t.ex. serie-id=75).`);
    const limit = Number(m[2]!.replace(',', '.'));
    const ids = await db.query<{ indicator_id: string }>(
      'SELECT indicator_id FROM current_indicator WHERE series_id = ? OR indicator_id = ?',
      [m[1]!, m[1]!],
    );
    if (ids.length === 0) throw new CliUsageError(`Ingen serie eller indikator heter ${m[1]}.`);
    for (const { indicator_id } of ids) out[indicator_id] = limit;
  }
  return out;
}
