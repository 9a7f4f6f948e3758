import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../shared/app-info';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { readSetting, writeSetting } from '../../shared/workspace/settings';
import { readWorkspace, writeWorkspace } from '../../shared/workspace/workspace-file';

const isChoice = (v: unknown): v is { home: string } =>
  !!v && typeof v === 'object' && typeof (v as { home?: unknown }).home === 'string';

describe('settings that travel with the workspace file', () => {
  it('keeps the analysis choice through save and open in a fresh engine, and ignores what does not fit', async () => {
    const db = await openNodeDb();
    const other = await openNodeDb();
    try {
      await initNewWorkspace(db);
      const choice = {
        home: '0184',
        peers: { kind: 'named', peerSetId: 'fou' },
        from: 2020,
        to: 2024,
        mode: 'relative',
        rows: 'area',
      };
      await writeSetting(db, 'analysis.choice', choice);
      await writeSetting(db, 'analysis.choice', { ...choice, home: '0183' }); // the latest choice wins
      await writeSetting(db, 'trasig', 42);
      // Written as a literal: quotes, backslashes, a NUL and letters beyond ASCII come back as they were.
      const text = { home: "Öckerö's \\ \u0000 '); DROP TABLE setting; --" };
      await writeSetting(db, "nyckel med 'citat'", text);
      await readWorkspace(other, await writeWorkspace(db, APP_VERSION));
      expect(await readSetting(other, 'analysis.choice', isChoice)).toEqual({
        ...choice,
        home: '0183',
      });
      expect(await readSetting(other, 'trasig', isChoice)).toBeNull();
      expect(await readSetting(other, "nyckel med 'citat'", isChoice)).toEqual(text);
      expect(await readSetting(other, 'saknas', isChoice)).toBeNull();
    } finally {
      await db.close();
      await other.close();
    }
  });
});
