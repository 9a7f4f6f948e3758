/**
 * `npx tsx test/bench/current-observation-scale.ts`: the standings query at
 * full scale (TECH-NOTES "Metaanalys at full scale": 15 000 indicator-years ×
 * 312 units ≈ 4.68 M observations), generated with range() rather than
 * imported, so it runs in seconds. Also with overlapping files (a second
 * download of 10 % of the series-years) and a superseded file, to see what
 * the current-observation rules cost when they have work to do.
 */
import { resolvePeerSet } from '../../shared/analysis/peer-sets';
import { computeStandings } from '../../shared/analysis/standings-query';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

const INDICATORS = 1154; // × 13 years ≈ 15 000 indicator-years
const YEARS = 13;
const runs = Number(process.argv[2] ?? 7);

const db = await openNodeDb();
await initNewWorkspace(db);
const t0 = performance.now();
await db.exec(`
  INSERT INTO source_file (file_id, file_name, sha256, bytes, imported_at, publisher, area, year, layout, warnings)
    SELECT 'f' || y, 'fil ' || y, 'sha' || y, 1, TIMESTAMP '2024-01-01' + INTERVAL (y) DAY, 'Socialstyrelsen', 'aldreomsorg', 2012 + y, 'wide', '[]' FROM range(${YEARS}) t(y);
  INSERT INTO indicator (indicator_id, area, year, code, title, kind, direction, series_id, file_id)
    SELECT 'i' || k || '-' || y, 'aldreomsorg', 2012 + y, 'K' || k, 'Indikator ' || k, 'percent',
           CASE WHEN k % 2 = 0 THEN 'higher_better' ELSE 'lower_better' END, 's' || k, 'f' || y
    FROM range(${INDICATORS}) a(k), range(${YEARS}) b(y);
  INSERT INTO observation (indicator_id, unit_code, year, value_num, status, file_id, sheet, cell)
    SELECT i.indicator_id, u.unit_code, i.year, (hash(i.indicator_id || u.unit_code) % 1000) / 10.0, 'ok', i.file_id, 'Blad1', 'A1'
    FROM indicator i, (SELECT unit_code FROM unit WHERE level IN ('kommun', 'lan', 'riket')) u;
`);
const [{ n }] = (await db.query<{ n: number }>('SELECT count(*) AS n FROM observation')) as [{ n: number }];
console.log(`${n} observationer på ${Math.round(performance.now() - t0)} ms`);

const home = '0180';
const peers = await resolvePeerSet(db, home, { kind: 'all' });
async function time(label: string): Promise<void> {
  const ms: number[] = [];
  let rows = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    rows = (await computeStandings(db, { home, peers, years: [2020, 2024] })).length;
    ms.push(performance.now() - t);
  }
  const all = [];
  const t = performance.now();
  all.push((await computeStandings(db, { home, peers })).length);
  const allMs = performance.now() - t;
  const one = performance.now();
  await computeStandings(db, { home, peers, seriesIds: ['s7'] });
  const oneMs = performance.now() - one;
  ms.sort((a, b) => a - b);
  console.log(`${label}: 5 år ${rows} rader median ${Math.round(ms[Math.floor(ms.length / 2)]!)} ms (min ${Math.round(ms[0]!)}, max ${Math.round(ms[ms.length - 1]!)}); alla år ${all[0]} rader ${Math.round(allMs)} ms; en serie ${Math.round(oneMs)} ms`);
}
await time('inga överlapp');

// A second download of 10 % of the series-years (another file, newer), and the first year's file superseded.
await db.exec(`
  INSERT INTO source_file (file_id, file_name, sha256, bytes, imported_at, publisher, area, year, layout, warnings)
    VALUES ('g', 'kolada', 'shag', 1, TIMESTAMP '2025-01-01', 'Kolada', 'aldreomsorg', NULL, 'kolada', '[]');
  INSERT INTO indicator (indicator_id, area, year, code, title, kind, direction, series_id, file_id)
    SELECT indicator_id || 'g', area, year, code, title, kind, direction, series_id, 'g' FROM indicator WHERE hash(indicator_id) % 10 = 0;
  INSERT INTO observation (indicator_id, unit_code, year, value_num, status, file_id, sheet, cell)
    SELECT o.indicator_id || 'g', unit_code, year, value_num + 1, status, 'g', sheet, cell FROM observation o WHERE hash(o.indicator_id) % 10 = 0;
  UPDATE source_file SET superseded_by = 'f1' WHERE file_id = 'f0';
`);
await time('10 % överlapp + en ersatt fil');
await db.close();
