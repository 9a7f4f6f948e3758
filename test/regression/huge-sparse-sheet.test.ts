import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../shared/import/import-file';

/**
 * Found by `npm run fuzz`: a flipped byte in a cell reference made the sheet
 * reach far beyond its data; sizing the grid by walking SheetJS's sparse row
 * array took 40 s before the cell limit refused it. Now the grid is sized
 * from the used range, and the damaged file is refused at once for what it
 * is: no values for any unit.
 */
describe('regression: a damaged cell reference that claims a huge sheet', () => {
  it('is refused with a clear message, without walking the sparse rows', async () => {
    const bytes = readFileSync(path.join(__dirname, 'huge-sparse-sheet.xlsx'));
    await expect(parseImportFile('jatte.xlsx', bytes)).rejects.toThrow(
      /Hittade inga värden .* jatte\.xlsx/,
    );
  }, 10_000);
});
