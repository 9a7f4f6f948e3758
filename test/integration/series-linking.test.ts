import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../shared/db/db';
import { SCHEMA_VERSION, schemaVersion, tableCounts } from '../../shared/db/schema';
import { commitImport, removeSource } from '../../shared/import/commit-import';
import { parseImportFile } from '../../shared/import/import-file';
import { overrideSeries, titleSimilarity } from '../../shared/import/series-linking';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { readWorkspace, readWorkspaceManifest } from '../../shared/workspace/workspace-file';
import { writeTitledWorkbook } from '../fixtures/variant-workbooks';

/**
 * Hand-built years of one area (äldreomsorg), with known answers:
 * - "Andel brukare med genomförandeplan, (%)" every year → one series by title;
 * - reworded in 2023 ("Andel brukare med aktuell genomförandeplan, (%)") → linked by similar title;
 * - "Väntetid i dagar" 2021–2022 and "Antal fallolyckor" 2023–2024 → different measures, never linked;
 * - "Nöjdhet" redefined in 2024 (new description) → same series, flagged.
 */
const YEARS: Record<number, string[]> = {
  2021: [
    'Andel brukare med genomförandeplan, (%)',
    'Väntetid i dagar',
    'Nöjdhet med hemtjänsten, (%)',
  ],
  2022: [
    'Andel brukare med genomförandeplan, (%)',
    'Väntetid i dagar',
    'Nöjdhet med hemtjänsten, (%)',
  ],
  2023: [
    'Andel brukare med aktuell genomförandeplan, (%)',
    'Antal fallolyckor',
    'Nöjdhet med hemtjänsten, (%)',
  ],
  2024: [
    'Andel brukare med aktuell genomförandeplan, (%)',
    'Antal fallolyckor',
    'Nöjdhet med hemtjänsten, (%)',
  ],
};

async function importYear(db: Db, year: number, descriptions: Record<string, string> = {}) {
  const bytes = await writeTitledWorkbook(
    `Öppna jämförelser ${year} – Vård och omsorg om äldre`,
    YEARS[year]!,
    descriptions,
  );
  return commitImport(db, await parseImportFile(`oj-aldreomsorg-${year}.xlsx`, bytes));
}

async function seriesOf(db: Db): Promise<Record<string, string[]>> {
  const rows = await db.query<{ series_id: string; titles: string[] }>(
    'SELECT series_id, list(DISTINCT title ORDER BY title) AS titles FROM indicator GROUP BY series_id ORDER BY series_id',
  );
  return Object.fromEntries(rows.map((r) => [r.series_id, r.titles]));
}

describe('series across years', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
  });
  afterEach(async () => db.close());

  it('scores titles by trigram similarity', () => {
    expect(
      titleSimilarity('Andel brukare med genomförandeplan', 'Andel brukare med genomförandeplan'),
    ).toBe(1);
    expect(
      titleSimilarity(
        'Andel brukare med genomförandeplan, (%)',
        'Andel brukare med aktuell genomförandeplan, (%)',
      ),
    ).toBeGreaterThan(0.8);
    expect(titleSimilarity('Väntetid i dagar', 'Antal fallolyckor')).toBeLessThan(0.3);
  });

  it('links four years: same title, a reworded title, and keeps different measures apart', async () => {
    for (const year of [2021, 2022]) await importYear(db, year);
    const third = await importYear(db, 2023);
    expect(third).toMatchObject({
      outcome: 'imported',
      linkNotes: [
        expect.objectContaining({ reason: expect.stringMatching(/^liknande titel 0\.\d\d$/) }),
      ],
    });
    await importYear(db, 2024);
    const series = await seriesOf(db);
    const genomforande = Object.values(series).find((t) =>
      t.includes('Andel brukare med genomförandeplan, (%)'),
    );
    expect(genomforande).toEqual([
      'Andel brukare med aktuell genomförandeplan, (%)',
      'Andel brukare med genomförandeplan, (%)',
    ]);
    const [years] = await db.query<{ n: number }>(
      "SELECT count(DISTINCT year) AS n FROM indicator WHERE series_id = (SELECT series_id FROM indicator WHERE title LIKE 'Andel brukare med genomförandeplan%' LIMIT 1)",
    );
    expect(years!.n).toBe(4);
    expect(Object.values(series).find((t) => t.includes('Väntetid i dagar'))).toEqual([
      'Väntetid i dagar',
    ]);
    expect(Object.values(series).find((t) => t.includes('Antal fallolyckor'))).toEqual([
      'Antal fallolyckor',
    ]);
  });

  it('flags a redefined indicator in its series', async () => {
    await importYear(db, 2023, { 'Nöjdhet med hemtjänsten, (%)': 'Andel nöjda av de svarande.' });
    await importYear(db, 2024, {
      'Nöjdhet med hemtjänsten, (%)': 'Andel nöjda av alla tillfrågade, även de som inte svarat.',
    });
    const [row] = await db.query<{ link_reason: string }>(
      "SELECT link_reason FROM series WHERE label LIKE 'Nöjdhet%'",
    );
    expect(row!.link_reason).toBe('samma titel; definitionen ändrad');
  });

  it('keeps a manual relink through removing and re-importing the file', async () => {
    await importYear(db, 2021);
    const second = await importYear(db, 2022);
    const [indicator] = await db.query<{ indicator_id: string }>(
      "SELECT indicator_id FROM indicator WHERE year = 2022 AND title = 'Väntetid i dagar'",
    );
    await overrideSeries(db, indicator!.indicator_id, 'aldreomsorg:vantetid-egen-serie');
    expect((await seriesOf(db))['aldreomsorg:vantetid-egen-serie']).toEqual(['Väntetid i dagar']);
    await removeSource(db, second.fileId);
    await importYear(db, 2022);
    const [relinked] = await db.query<{ series_id: string }>(
      "SELECT series_id FROM indicator WHERE year = 2022 AND title = 'Väntetid i dagar'",
    );
    expect(relinked!.series_id).toBe('aldreomsorg:vantetid-egen-serie');
  });
});

describe('workspace from an older schema', () => {
  it('opens the committed schema-v1 workspace and upgrades it, every row intact', async () => {
    const bytes = readFileSync(
      path.resolve(__dirname, '../fixtures/workspaces/schema-v1.ojanalys'),
    );
    const manifest = readWorkspaceManifest(bytes);
    expect(manifest.schemaVersion).toBe(1);
    const db = await openNodeDb();
    try {
      await readWorkspace(db, bytes);
      expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
      const counts = await tableCounts(db);
      for (const [table, entry] of Object.entries(manifest.tables))
        expect(counts[table as keyof typeof counts], table).toBe(entry.rows);
      expect(counts.series_override).toBe(0);
    } finally {
      await db.close();
    }
  });
});

describe('reference facts on open', () => {
  it('gives a workspace saved before kommungrupper existed today’s kommungrupper', async () => {
    const db = await openNodeDb();
    try {
      await readWorkspace(
        db,
        readFileSync(path.resolve(__dirname, '../fixtures/workspaces/schema-v1.ojanalys')),
      );
      const [row] = await db.query<{ kommungrupp_2023: string; kommungrupp_2017: string }>(
        "SELECT kommungrupp_2023, kommungrupp_2017 FROM unit WHERE unit_code = '0180'",
      );
      expect(row).toEqual({ kommungrupp_2023: 'A1', kommungrupp_2017: 'A1' });
    } finally {
      await db.close();
    }
  });
});
