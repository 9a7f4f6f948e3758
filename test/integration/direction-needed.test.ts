import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seriesNeedingDirection } from '../../shared/analysis/direction-needed';
import type { Db } from '../../shared/db/db';
import { commitImport } from '../../shared/import/commit-import';
import { parseImportFile } from '../../shared/import/import-file';
import { setSeriesSetting } from '../../shared/import/series-settings';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';

const KOMMUNER = [
  'Ale',
  'Alingsås',
  'Alvesta',
  'Aneby',
  'Arboga',
  'Arjeplog',
  'Arvidsjaur',
  'Arvika',
];

/** Three indicators: one the file says nothing about, one with a stated direction, one with an explicit "Ingen riktning". */
async function workbook(year: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kommuner');
  ws.getCell('A1').value = `Öppna jämförelser ${year} – Missbruk och beroende`;
  const titles = [
    'Väntetid till behandling, dagar',
    'Klienter med plan, andel (%)',
    'Antal platser',
  ];
  ws.getRow(3).values = ['Kommun', ...titles];
  KOMMUNER.forEach((name, i) => (ws.getRow(4 + i).values = [name, 10 + i, 60 + i, 5 * i]));
  const d = wb.addWorksheet('Indikatorer');
  d.addRow(['Indikator', 'Högt eller lågt värde är bra']);
  d.addRow(['Klienter med plan, andel (%)', 'Högt värde är bra']);
  d.addRow(['Antal platser', 'Ingen riktning']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('"behöver riktning": series without a direction from the file or the user', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openNodeDb();
    await initNewWorkspace(db);
    for (const year of [2022, 2023])
      await commitImport(
        db,
        await parseImportFile(`oj-missbruk-${year}.xlsx`, await workbook(year)),
      );
  });
  afterEach(async () => db.close());

  it('lists only the series the file is silent about, once for all its years', async () => {
    const needed = await seriesNeedingDirection(db);
    expect(needed).toEqual([
      expect.objectContaining({
        area: 'missbruk',
        title: 'Väntetid till behandling, dagar',
        years: [2022, 2023],
        reason: 'riktning anges inte i filen',
      }),
    ]);
  });

  it('a choice — also "Ingen riktning" — is asked once: the series leaves the list and every year gets it', async () => {
    const [series] = await seriesNeedingDirection(db);
    await setSeriesSetting(db, series!.seriesId, { direction: 'lower_better' });
    expect(await seriesNeedingDirection(db)).toEqual([]);
    const rows = await db.query<{ direction: string; reason: string }>(
      'SELECT direction, direction_reason AS reason FROM indicator WHERE series_id = ?',
      [series!.seriesId],
    );
    expect(rows).toEqual([
      { direction: 'lower_better', reason: 'ändrad av användaren' },
      { direction: 'lower_better', reason: 'ändrad av användaren' },
    ]);
    await setSeriesSetting(db, series!.seriesId, { direction: 'none' });
    expect(await seriesNeedingDirection(db)).toEqual([]);
  });
});
