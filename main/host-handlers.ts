import { dialog, type BrowserWindow } from 'electron';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_NAME, APP_VERSION } from '../shared/app-info';
import type { HostCommands, PickedFile } from '../shared/contract/host-api';
import { writeFileAtomic } from '../shared/platform/node/atomic-write';
import { releaseAndClose } from './close-guard';
import { openPresenterWindow } from './presenter-window';
import type { RecentWorkspaces } from './recent-workspaces';
import { uiLanguage, type UiLanguage } from './ui-language';
import { translate, type MessageKey } from '../shared/i18n/i18n';

type Handlers = {
  [K in keyof HostCommands]: (
    payload: HostCommands[K]['payload'],
    window: BrowserWindow,
  ) => Promise<HostCommands[K]['result']>;
};

async function readPicked(filePath: string): Promise<PickedFile> {
  const bytes = await readFile(filePath);
  return { name: path.basename(filePath), bytes: new Uint8Array(bytes), lastModified: Date.now() };
}

/** File bytes in and out through native dialogs; no analysis happens here. */
export function createHostHandlers(
  recent: RecentWorkspaces,
  onRecentChanged: () => void = () => undefined,
  language: UiLanguage = uiLanguage(),
): Handlers {
  let currentWorkspacePath: string | null = null;
  const t = (key: MessageKey, params: Record<string, string> = {}) =>
    translate(language.get(), key, params);

  return {
    'app.setLanguage': async ({ lang }) => {
      if (lang !== language.get()) {
        language.set(lang);
        onRecentChanged(); // the menus are rebuilt in the new language
      }
      return null;
    },
    'app.info': async () => ({
      name: APP_NAME,
      version: APP_VERSION,
      host: 'electron',
      platform: process.platform,
    }),
    'import.pickFiles': async (_payload, window) => {
      const result = await dialog.showOpenDialog(window, {
        title: t('dialog.pickImport'),
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: t('dialog.importFilter'), extensions: ['xlsx', 'xlsm', 'xls', 'csv', 'txt'] },
        ],
      });
      if (result.canceled) return null;
      return Promise.all(result.filePaths.map(readPicked));
    },
    'workspace.open': async ({ recentId }, window) => {
      let filePath: string | undefined;
      if (recentId) filePath = (await recent.find(recentId))?.path;
      else {
        const result = await dialog.showOpenDialog(window, {
          title: t('dialog.openWorkspace'),
          properties: ['openFile'],
          filters: [{ name: t('dialog.workspaceFilter'), extensions: ['ojanalys'] }],
        });
        filePath = result.canceled ? undefined : result.filePaths[0];
      }
      if (!filePath) return null;
      const picked = await readPicked(filePath);
      currentWorkspacePath = filePath;
      await recent.remember(filePath);
      onRecentChanged();
      return picked;
    },
    'workspace.save': async ({ suggestedName, bytes, saveAs }, window) => {
      let target = saveAs ? null : currentWorkspacePath;
      if (!target) {
        const result = await dialog.showSaveDialog(window, {
          title: t('dialog.saveWorkspace'),
          defaultPath: suggestedName,
          filters: [{ name: t('dialog.workspaceFilter'), extensions: ['ojanalys'] }],
        });
        if (result.canceled || !result.filePath) return null;
        target = result.filePath;
      }
      await writeFileAtomic(target, bytes);
      currentWorkspacePath = target;
      const entry = await recent.remember(target);
      onRecentChanged();
      return { name: entry.name, recentId: entry.id };
    },
    'workspace.recent': async () =>
      (await recent.list()).map(({ id, name, savedAt }) => ({ id, name, savedAt })),
    'export.save': async ({ suggestedName, bytes }, window) => {
      const result = await dialog.showSaveDialog(window, {
        title: t('dialog.saveExport'),
        defaultPath: suggestedName,
      });
      if (result.canceled || !result.filePath) return null;
      await writeFileAtomic(result.filePath, bytes);
      return { name: path.basename(result.filePath) };
    },
    'print.pdf': async ({ suggestedName }, window) => {
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        footerTemplate:
          // 12 CSS px = 9 pt: no footer smaller than 9 pt (issue 17).
          `<div style="font-size:12px;width:100%;text-align:center;font-family:'Liberation Sans',Arial,sans-serif;color:#4a5560">${t('dialog.pdfFooter', { page: '<span class="pageNumber"></span>', pages: '<span class="totalPages"></span>' })}</div>`,
        headerTemplate: '<div></div>',
      });
      const result = await dialog.showSaveDialog(window, {
        title: t('dialog.savePdf'),
        defaultPath: suggestedName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (result.canceled || !result.filePath) return null;
      await writeFileAtomic(result.filePath, new Uint8Array(pdf));
      return { name: path.basename(result.filePath) };
    },
    'window.close': async (_payload, window) => {
      releaseAndClose(window);
      return null;
    },
    'presenter.open': async (_payload, window) => ({
      opened: openPresenterWindow(window, language.get()),
    }),
  };
}
