import type { MenuItemConstructorOptions } from 'electron';
import type { HostEvent, RecentWorkspace } from '../shared/contract/host-api';

/**
 * The Swedish native menus as data (tested without Electron). Workspace
 * commands are sent to the page, which owns the workspace; `send` is how
 * main delivers them.
 */
export function menuTemplate(
  recent: readonly RecentWorkspace[],
  send: (event: HostEvent) => void,
): MenuItemConstructorOptions[] {
  const command =
    (c: HostEvent['command'], recentId: string | null = null) =>
    () =>
      send({ command: c, recentId });
  return [
    {
      label: 'Arkiv',
      submenu: [
        { label: 'Ny arbetsyta', accelerator: 'CmdOrCtrl+N', click: command('workspace.new') },
        { label: 'Öppna …', accelerator: 'CmdOrCtrl+O', click: command('workspace.open') },
        {
          label: 'Senaste',
          submenu:
            recent.length === 0
              ? [{ label: 'Inga sparade arbetsytor ännu', enabled: false }]
              : recent.map((r) => ({
                  label: r.name,
                  click: command('workspace.openRecent', r.id),
                })),
        },
        { type: 'separator' },
        { label: 'Spara', accelerator: 'CmdOrCtrl+S', click: command('workspace.save') },
        {
          label: 'Spara som …',
          accelerator: 'CmdOrCtrl+Shift+S',
          click: command('workspace.saveAs'),
        },
        { type: 'separator' },
        { role: 'quit', label: 'Avsluta' },
      ],
    },
    {
      label: 'Redigera',
      submenu: [
        { role: 'undo', label: 'Ångra' },
        { role: 'redo', label: 'Gör om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopiera' },
        { role: 'paste', label: 'Klistra in' },
        { role: 'selectAll', label: 'Markera allt' },
      ],
    },
    {
      label: 'Visa',
      submenu: [
        { role: 'resetZoom', label: 'Normal storlek' },
        { role: 'zoomIn', label: 'Zooma in' },
        { role: 'zoomOut', label: 'Zooma ut' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Helskärm' },
      ],
    },
    { label: 'Hjälp', submenu: [{ role: 'about', label: 'Om ÖJ-analys' }] },
  ];
}

/** The workspace file a launch was asked to open (file association, "Öppna med", second instance), if any. */
export function workspaceFromArgv(argv: readonly string[]): string | null {
  return (
    [...argv].reverse().find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.ojanalys')) ??
    null
  );
}
