import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../shared/import/import-file';

/**
 * Found by `npm run fuzz`: one flipped byte in a fixture workbook's deflate
 * stream made SheetJS's inflate loop forever (the CLI hung; the app's worker
 * only stopped at its time budget). The file must be refused, at once.
 */
describe('regression: a corrupt deflate stream that hung SheetJS', () => {
  it('is refused with a clear message instead of hanging', async () => {
    const bytes = readFileSync(path.join(__dirname, 'sheetjs-inflate-hang.xlsx'));
    // A hang fails this test through vitest's timeout; no timing is asserted.
    await expect(parseImportFile('trasig.xlsx', bytes)).rejects.toThrow(
      /trasig\.xlsx är en skadad eller ofullständig/,
    );
  }, 30_000);
});
