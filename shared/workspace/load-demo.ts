import type { Db } from '../db/db';
import { rowsToArrowIpc } from '../db/arrow-ipc';
import { indicatorRow, observationRow } from '../db/model-rows';
import { COLUMNS } from '../db/table-columns';
import { inTransaction } from '../db/transaction';
import { generateDemoDataset, type DemoOptions } from '../demo/demo-dataset';
import { sha256Hex } from '../util/sha256';

export const DEMO_PUBLISHER = 'ÖJ-analys exempeldata (påhittade värden)';

/**
 * "Öppna exempeldata": the generated demo publications straight into the
 * tables, so a new user sees something at once. The same generator writes
 * the xlsx fixtures the importer tests read. Returns the observation count.
 */
export async function loadDemoData(db: Db, options: DemoOptions = {}): Promise<number> {
  const dataset = generateDemoDataset(options);
  const encoder = new TextEncoder();
  const sourceRows: Record<string, unknown>[] = [];
  for (const p of dataset.publications) {
    // No real file behind demo data: the checksum is over the generated content.
    const content = encoder.encode(JSON.stringify([p.indicators, p.observations]));
    sourceRows.push({
      file_id: p.file.fileId,
      file_name: p.file.fileName,
      sha256: await sha256Hex(content),
      bytes: content.byteLength,
      imported_at: Date.now(),
      publisher: DEMO_PUBLISHER,
      area: p.file.area,
      year: p.file.year,
      layout: 'demo',
      warnings: '[]',
    });
  }
  const observations = dataset.publications.flatMap((p) => p.observations.map(observationRow));
  return inTransaction(db, async () => {
    await db.insertArrowIpc('source_file', rowsToArrowIpc(COLUMNS.source_file, sourceRows));
    await db.insertArrowIpc(
      'series',
      rowsToArrowIpc(
        COLUMNS.series,
        dataset.series.map((s) => ({
          series_id: s.seriesId,
          area: s.area,
          label: s.label,
          link_confidence: 1,
          link_reason: 'samma indikator-id i exempeldata',
          overridden: false,
        })),
      ),
    );
    await db.insertArrowIpc(
      'indicator',
      rowsToArrowIpc(
        COLUMNS.indicator,
        dataset.publications.flatMap((p) => p.indicators.map(indicatorRow)),
      ),
    );
    return db.insertArrowIpc('observation', rowsToArrowIpc(COLUMNS.observation, observations));
  });
}
