import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitImport } from '../../shared/import/commit-import';
import { parseImportFile } from '../../shared/import/import-file';
import { openNodeDb } from '../../shared/platform/node/duckdb-node';
import { saveWorkspaceFile } from '../../shared/platform/node/workspace-io';
import { initNewWorkspace } from '../../shared/workspace/new-workspace';
import { writeSharesWorkbook } from '../fixtures/variant-workbooks';
import { startApp, type App } from './harness';
import { AppShell } from './page-models/app-shell';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A workspace saved by an earlier version holds an older reading of a file
 * (here one value a hundred times too large, as the old 0–1 rule gave). The
 * same file picked again: the card says how many values this version reads
 * differently and "Läs in på nytt" replaces the stored reading.
 */
describe('a file an older version read differently, in Chromium', () => {
  let app: App;
  let shell: AppShell;
  let dir: string;
  let workbook: Buffer;
  let workspace: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'oj-reread-'));
    workbook = Buffer.from(await writeSharesWorkbook());
    workspace = path.join(dir, 'aldre.ojanalys');
    const db = await openNodeDb();
    await initNewWorkspace(db);
    await commitImport(db, await parseImportFile('missbruk-2023.xlsx', workbook));
    await db.query("UPDATE observation SET value_num = value_num * 100 WHERE cell = 'B6'");
    await saveWorkspaceFile(db, workspace);
    await db.close();
    app = await startApp();
    shell = new AppShell(app.page);
    await shell.open(app.server.url, '#/importera');
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says how many values differ and imports the file again on request', async () => {
    await shell.pickFile('Öppna arbetsyta …', {
      name: 'aldre.ojanalys',
      mimeType: 'application/zip',
      buffer: readFileSync(workspace),
    });
    await app.page.getByTestId('message').getByText('Öppnade aldre.ojanalys').waitFor();
    const stored = await shell.observationCount();
    expect(stored).toBeGreaterThan(0);

    await shell.open(app.server.url, '#/importera');
    await shell.pickFile('Välj filer …', {
      name: 'missbruk-2023.xlsx',
      mimeType: XLSX_MIME,
      buffer: workbook,
    });
    const card = app.page.getByTestId('import-card').filter({ hasText: 'missbruk-2023.xlsx' });
    await card.and(app.page.locator('[data-phase="ready"]')).waitFor({ timeout: 60_000 });
    const notice = card.getByTestId('already-imported');
    await notice.getByText(/läser 1 värde i filen annorlunda/).waitFor();
    expect(await card.getByRole('button', { name: 'Importera', exact: true }).isDisabled()).toBe(
      true,
    );
    expect(await shell.axeViolations()).toEqual([]);

    await card.getByRole('button', { name: 'Läs in på nytt' }).click();
    await card.getByText(/Importerad: [\d\s]+ värden/).waitFor();
    expect(await shell.observationCount()).toBe(stored);
    expect(await app.page.getByTestId('sources').textContent()).toContain('missbruk-2023.xlsx');
  }, 120_000);
});
