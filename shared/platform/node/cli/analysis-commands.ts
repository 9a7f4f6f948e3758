import type { Db } from '../../../db/db';
import { AppError } from '../../../util/app-error';
import {
  latestMetaAnalysis,
  metaAnalysis,
  withoutStanding,
  type MetaCell,
  type MetaDimension,
} from '../../../analysis/meta-analysis';
import { latestYearsText } from '../../../analysis/latest-year';
import { findNamedPeerSetId, type PeerSetSpec } from '../../../analysis/peer-sets';
import {
  persistenceText,
  persistentOutliers,
  type OutlierSide,
} from '../../../analysis/persistent-outliers';
import { runCommand } from '../../../app/commands';
import type { ParsedArgs } from './parse-args';

export class CliUsageError extends AppError {
  override name = 'CliUsageError';
  constructor(message: string) {
    super('cli.usage', message);
  }
}

function option(args: ParsedArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === 'string' ? v : undefined;
}

/** `--peers alla|lan|kommungrupp[2023|2017]|enheter-kommun|enheter-riket|<id or name of a saved set>[@version]` (also `all`). */
export async function peerSpecFor(db: Db, value: string | undefined): Promise<PeerSetSpec> {
  const v = value?.trim();
  if (!v || v === 'alla' || v === 'all') return { kind: 'all' };
  if (v === 'lan' || v === 'län') return { kind: 'lan' };
  if (v === 'kommungrupp' || v === 'kommungrupp2023')
    return { kind: 'kommungrupp', classification: 2023 };
  if (v === 'kommungrupp2017') return { kind: 'kommungrupp', classification: 2017 };
  const parts = partsSpec(v);
  if (parts) return parts;
  // A saved set by id or name, optionally at one of its versions: "FoU Nordväst@2".
  const at = /^(.*)@(\d+)$/.exec(v);
  const name = at ? at[1]!.trim() : v;
  const id = await findNamedPeerSetId(db, name).catch((e: unknown) => {
    throw new CliUsageError(e instanceof Error ? e.message : String(e));
  });
  if (!id)
    throw new CliUsageError(
      `Jämförelsegruppen ${name} finns inte (ange alla, lan, kommungrupp eller en sparad grupps id eller namn, ev. med @version).`,
    );
  return at
    ? { kind: 'named', peerSetId: id, version: Number(at[2]) }
    : { kind: 'named', peerSetId: id };
}

/** A hemenhet's comparison: `enheter-kommun` (its kommun's other parts) or `enheter-riket` (the country's). */
export function partsSpec(value: string): PeerSetSpec | null {
  if (value === 'enheter-kommun') return { kind: 'parts', comparison: 'within_kommun' };
  if (value === 'enheter-riket') return { kind: 'parts', comparison: 'national' };
  return null;
}

export function yearRange(value: string | undefined): [number, number] | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(value);
  if (!m) throw new CliUsageError(`Ogiltigt årsintervall: ${value} (skriv t.ex. 2020-2024).`);
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

/** `oj-analys indicators [--area a] [--year y]`: the same command the app's catalogue is built on. */
export async function listIndicators(db: Db, args: ParsedArgs) {
  const area = option(args, 'area');
  const year = option(args, 'year');
  if (year !== undefined && !/^\d{4}$/.test(year))
    throw new CliUsageError(`Ogiltigt år: ${year} (skriv t.ex. 2024).`);
  return runCommand({ db }, 'catalogue.indicatorListing', {
    ...(area ? { area } : {}),
    ...(year ? { year: Number(year) } : {}),
  });
}

/** `oj-analys series`. */
export async function listSeries(db: Db) {
  return runCommand({ db }, 'catalogue.seriesListing', {});
}

async function standingsFor(db: Db, args: ParsedArgs) {
  const unit = option(args, 'unit');
  if (!unit) throw new CliUsageError('Flaggan --unit saknas (kommunkod, t.ex. 0180).');
  const years = yearRange(option(args, 'years'));
  const { peerSet, rows } = await runCommand({ db }, 'analysis.standings', {
    home: unit,
    peers: await peerSpecFor(db, option(args, 'peers')),
    ...(years ? { years } : {}),
  });
  return { peers: peerSet, rows };
}

/** `oj-analys meta`: the metaanalys as rows (area × year with counts and shares). */
export async function meta(db: Db, args: ParsedArgs) {
  const { peers, rows } = await standingsFor(db, args);
  const by = (option(args, 'by') ?? 'area') as MetaDimension;
  // --latest: one row per area, each series at its own latest published year (DESIGN.md "Latest year is per series")
  const latest = args.options['latest'] === true;
  const cells: (MetaCell & { years?: readonly number[] })[] = latest
    ? latestMetaAnalysis(rows, by)
    : metaAnalysis(rows, by);
  return cells.map((c) => ({
    [by]: c.key,
    year: c.year,
    ...(c.years ? { ar: latestYearsText(c.years) } : {}),
    gynnsamt: c.counts.favourable,
    mellan: c.counts.middle,
    ogynnsamt: c.counts.unfavourable,
    otillrackligt: c.counts.insufficient,
    saknas: c.counts.missing,
    ingen_riktning: c.counts.no_direction,
    utan_lage: withoutStanding(c.counts),
    andel_ogynnsamt: c.shares ? Math.round(c.shares.unfavourable * 1000) / 10 : null,
    jamforelsegrupp: `${peers.label} (${peers.members.length}, v${peers.version})`,
  }));
}

/** `oj-analys outliers`: återkommande avvikare, N of M. */
export async function outliers(db: Db, args: ParsedArgs) {
  const { rows } = await standingsFor(db, args);
  const side: OutlierSide = option(args, 'side') === 'favourable' ? 'favourable' : 'unfavourable';
  const [n, m] = (option(args, 'n-of-m') ?? '3/4').split('/').map(Number);
  return persistentOutliers(rows, side, n, m).map((o) => ({
    area: o.area,
    indikator: o.title,
    ar: persistenceText(o),
    senaste: o.latest.homeValue,
    median: o.latest.peerMedian,
    kalla: `${o.latest.sheet}!${o.latest.cell}`,
  }));
}
