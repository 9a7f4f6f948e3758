/**
 * `npx tsx test/bench/current-observation-scale.ts`: the standings query at
 * full scale (TECH-NOTES "Metaanalys at full scale": 15 000 indicator-years ×
 * 312 units ≈ 4.68 M observations), generated with range() rather than
 * imported, so it runs in seconds. The same query on the views of
 * shared/db/current-observation.ts against views that pass the tables
 * through (what the analysis read before), alternating in one process; then
 * with an overlapping export (1 % of the series-years) and a superseded
 * file, where the rules have work to do (the tables then give too many rows).
 */
import { resolvePeerSet } from '../../shared/analysis/peer-sets';
import { computeStandings } from '../../shared/analysis/standings-query';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

const INDICATORS = 1154; // × 13 years ≈ 15 000 indicator-years
const YEARS = 13;
const runs = Number(process.argv[2] ?? 6);

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
const [{ n }] = (await db.query<{ n: number }>('SELECT count(*) AS n FROM observation')) as [
  { n: number },
];
console.log(`${n} observationer på ${Math.round(performance.now() - t0)} ms`);

const home = '0180';
const peers = await resolvePeerSet(db, home, { kind: 'all' });
const views = (
  await db.query<{ sql: string }>(
    "SELECT sql FROM duckdb_views() WHERE view_name IN ('current_indicator', 'current_observation') ORDER BY view_name",
  )
).map((v) => v.sql);
// "Before": the analysis read the tables themselves; the same query on views that pass the tables through.
const PLAIN =
  'CREATE OR REPLACE VIEW current_indicator AS SELECT * FROM indicator; CREATE OR REPLACE VIEW current_observation AS SELECT * FROM observation;';
const RULES = views.map((v) => v.replace(/^CREATE VIEW/, 'CREATE OR REPLACE VIEW')).join('\n');
const queries = {
  '5 år': { home, peers, years: [2020, 2024] as const },
  'alla år': { home, peers },
  'tre serier': { home, peers, seriesIds: ['s7', 's8', 's9'] },
  'tre KPI': { home, peers, seriesIds: ['kpi1', 'kpi2', 'kpi3'] },
};

/** Alternating A/B rounds in one process: the machine's load hits both alike. */
async function compare(label: string): Promise<void> {
  for (const [name, q] of Object.entries(queries)) {
    const ms: Record<'tabeller' | 'vyer', number[]> = { tabeller: [], vyer: [] };
    const rows: Record<string, number> = {};
    for (let r = 0; r < runs; r++)
      for (const which of r % 2
        ? (['vyer', 'tabeller'] as const)
        : (['tabeller', 'vyer'] as const)) {
        await db.exec(which === 'vyer' ? RULES : PLAIN);
        const t = performance.now();
        rows[which] = (await computeStandings(db, q)).length;
        ms[which].push(performance.now() - t);
      }
    const median = (a: number[]) =>
      Math.round([...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!);
    console.log(
      `${label}, ${name}: tabeller ${median(ms.tabeller)} ms (${rows.tabeller} rader), vyer ${median(ms.vyer)} ms (${rows.vyer} rader), kvot ${(median(ms.vyer) / median(ms.tabeller)).toFixed(2)}`,
    );
  }
}
await compare('inga överlapp');

// The realistic overlap: two Kolada exports sharing 20 KPIs × 13 years with each other (not with the ÖJ files).
await db.exec(`
  INSERT INTO source_file (file_id, file_name, sha256, bytes, imported_at, publisher, area, year, layout, warnings)
    VALUES ('k1', 'kolada 1', 'shak1', 1, TIMESTAMP '2024-06-01', 'Kolada', 'aldreomsorg', NULL, 'kolada', '[]'),
           ('k2', 'kolada 2', 'shak2', 1, TIMESTAMP '2024-06-02', 'Kolada', 'aldreomsorg', NULL, 'kolada', '[]');
  INSERT INTO indicator (indicator_id, area, year, code, title, kind, direction, series_id, file_id)
    SELECT 'k' || f || '-' || k || '-' || y, 'aldreomsorg', 2012 + y, NULL, 'KPI ' || k, 'percent', 'higher_better', 'kpi' || k, 'k' || f
    FROM range(1, 3) c(f), range(20) a(k), range(13) b(y);
  INSERT INTO observation (indicator_id, unit_code, year, value_num, status, file_id, sheet, cell)
    SELECT i.indicator_id, u.unit_code, i.year, (hash(i.indicator_id || u.unit_code) % 1000) / 10.0, 'ok', i.file_id, 'Kolada nyckeltal', 'C3'
    FROM indicator i, (SELECT unit_code FROM unit WHERE level = 'kommun' AND unit_code LIKE '01%') u WHERE i.file_id IN ('k1', 'k2');
`);
await compare('två Kolada-exporter som överlappar varandra');

// A second export holding 1 % of the series-years (another file, newer), and the first year's file superseded by a re-download.
await db.exec(`
  DELETE FROM observation WHERE file_id IN ('k1', 'k2');
  DELETE FROM indicator WHERE file_id IN ('k1', 'k2');
  DELETE FROM source_file WHERE file_id IN ('k1', 'k2');
  INSERT INTO source_file (file_id, file_name, sha256, bytes, imported_at, publisher, area, year, layout, warnings)
    VALUES ('g', 'kolada', 'shag', 1, TIMESTAMP '2025-01-01', 'Kolada', 'aldreomsorg', NULL, 'kolada', '[]'),
           ('f0b', 'fil 0 igen', 'sha0b', 1, TIMESTAMP '2025-01-02', 'Socialstyrelsen', 'aldreomsorg', 2012, 'wide', '[]');
  INSERT INTO indicator (indicator_id, area, year, code, title, kind, direction, series_id, file_id)
    SELECT indicator_id || 'g', area, year, code, title, kind, direction, series_id, 'g' FROM indicator WHERE hash(indicator_id) % 100 = 0;
  INSERT INTO observation (indicator_id, unit_code, year, value_num, status, file_id, sheet, cell)
    SELECT o.indicator_id || 'g', unit_code, year, value_num + 1, status, 'g', sheet, cell FROM observation o WHERE hash(o.indicator_id) % 100 = 0;
  INSERT INTO indicator (indicator_id, area, year, code, title, kind, direction, series_id, file_id)
    SELECT indicator_id || 'b', area, year, code, title, kind, direction, series_id, 'f0b' FROM indicator WHERE file_id = 'f0';
  INSERT INTO observation (indicator_id, unit_code, year, value_num, status, file_id, sheet, cell)
    SELECT o.indicator_id || 'b', unit_code, year, value_num, status, 'f0b', sheet, cell FROM observation o WHERE file_id = 'f0';
  UPDATE source_file SET superseded_by = 'f0b' WHERE file_id = 'f0';
`);
await compare('1 % överlapp + en ersatt fil');
await db.close();
