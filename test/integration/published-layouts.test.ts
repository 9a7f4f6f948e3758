import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../shared/import/import-file';
import { compareWithTruth, formatDifferences } from '../fixtures/published-layouts/compare';
import { PUBLISHED_LAYOUTS } from '../fixtures/published-layouts';

/**
 * Workbooks laid out as the ÖJ publications a kommun downloads (brukar-
 * undersökningar per verksamhet and per kommun, enhetsundersökning LSS, the
 * kommunenkäter, ekonomiskt bistånd registerdata) must import exactly their
 * truth: every value cell one observation with the right unit, value,
 * status, n, KI and svarsfrekvens, nothing from any other cell, one indicator
 * per truth indicator, enheter as units of level enhet under their kommun.
 */
describe('published ÖJ layouts import exactly their truth', () => {
  for (const layout of PUBLISHED_LAYOUTS) {
    it(`${layout.id}: ${layout.publication}`, async () => {
      const built = await layout.build();
      expect(built.truth.length).toBeGreaterThan(0);
      let parsed;
      try {
        parsed = await parseImportFile(built.fileName, built.bytes);
      } catch (error) {
        throw new Error(
          `${layout.id}: the import failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const diffs = compareWithTruth(parsed, built.truth);
      expect(diffs.length, formatDifferences(layout.id, diffs)).toBe(0);
    });
  }
});
