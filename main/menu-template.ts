import type { MenuItemConstructorOptions } from 'electron';
import type { HostEvent, RecentWorkspace } from '../shared/contract/host-api';
import { translate, type Lang, type MessageKey } from '../shared/i18n/i18n';

/**
 * The native menus as data (tested without Electron), in the UI's language
 * (Swedish until the page says otherwise). Workspace commands are sent to
 * the page, which owns the workspace; `send` is how main delivers them.
 */
export function menuTemplate(
  recent: readonly RecentWorkspace[],
  send: (event: HostEvent) => void,
  lang: Lang = 'sv',
): MenuItemConstructorOptions[] {
  const t = (key: MessageKey) => translate(lang, key);
  const command =
    (c: HostEvent['command'], recentId: string | null = null) =>
    () =>
      send({ command: c, recentId });
  return [
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.new'), accelerator: 'CmdOrCtrl+N', click: command('workspace.new') },
        { label: t('menu.open'), accelerator: 'CmdOrCtrl+O', click: command('workspace.open') },
        {
          label: t('menu.recent'),
          submenu:
            recent.length === 0
              ? [{ label: t('menu.noRecent'), enabled: false }]
              : recent.map((r) => ({
                  label: r.name,
                  click: command('workspace.openRecent', r.id),
                })),
        },
        { type: 'separator' },
        { label: t('menu.save'), accelerator: 'CmdOrCtrl+S', click: command('workspace.save') },
        {
          label: t('menu.saveAs'),
          accelerator: 'CmdOrCtrl+Shift+S',
          click: command('workspace.saveAs'),
        },
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    { label: t('menu.help'), submenu: [{ role: 'about', label: t('menu.about') }] },
  ];
}

/** The workspace file a launch was asked to open (file association, "Öppna med", second instance), if any. */
export function workspaceFromArgv(argv: readonly string[]): string | null {
  return (
    [...argv].reverse().find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.ojanalys')) ??
    null
  );
}
