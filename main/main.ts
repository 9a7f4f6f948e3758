// security first: its listeners must exist before any window does.
import { applySecurityPolicy } from './security';
import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { guardClose } from './close-guard';
import { registerIpc } from './ipc';
import { installMenu, sendHostEvent } from './menu';
import { uiLanguage } from './ui-language';
import { workspaceFromArgv } from './menu-template';
import { RecentWorkspaces } from './recent-workspaces';
import { APP_ORIGIN, mainWindowOptions } from './window-options';

applySecurityPolicy();
registerAppScheme();

if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;
let recent: RecentWorkspaces | null = null;
/** A workspace file the OS asked us to open before the window could take it. */
let pendingFile: string | null = workspaceFromArgv(process.argv);

/** The UI's language as the page last said (menus and dialogs follow it). */
const language = uiLanguage();

async function refreshMenu(): Promise<void> {
  if (recent) installMenu(await recent.list(), () => mainWindow, language.get());
}

/** Open a workspace file from the desktop: remember it, then let the page open it by its recent id (paths never reach the page). */
async function openFromDesktop(filePath: string): Promise<void> {
  if (!recent || !mainWindow) {
    pendingFile = filePath;
    return;
  }
  const entry = await recent.remember(filePath);
  await refreshMenu();
  sendHostEvent(mainWindow, { command: 'workspace.openRecent', recentId: entry.id });
}

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  guardClose(mainWindow);
  mainWindow.webContents.once('did-finish-load', () => {
    const file = pendingFile;
    pendingFile = null;
    if (file) void openFromDesktop(file);
  });
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('second-instance', (_event, argv) => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  const file = workspaceFromArgv(argv);
  if (file) void openFromDesktop(file);
});

// macOS delivers "open with" and double-clicks as an event, also before ready.
app.on('open-file', (event, filePath) => {
  event.preventDefault();
  void openFromDesktop(filePath);
});

app.whenReady().then(
  () => {
    handleAppProtocol(path.join(__dirname, '..', 'dist'));
    recent = new RecentWorkspaces(path.join(app.getPath('userData'), 'recent-workspaces.json'));
    registerIpc(recent, () => void refreshMenu(), language);
    void refreshMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  },
  (error: unknown) => {
    console.error(error);
    app.exit(1);
  },
);

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
