// security first: its listeners must exist before any window does.
import { applySecurityPolicy } from './security';
import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { APP_ORIGIN, mainWindowOptions } from './window-options';

applySecurityPolicy();
registerAppScheme();

if (!app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | null = null;

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.whenReady().then(() => {
  handleAppProtocol(path.join(__dirname, '..', 'dist'));
  registerIpc();
  installMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}, (error: unknown) => {
  console.error(error);
  app.exit(1);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
