import { Menu, type MenuItemConstructorOptions } from 'electron';

/** Swedish native menus. Workspace commands live in the window's own toolbar. */
export function installMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Arkiv', submenu: [{ role: 'quit', label: 'Avsluta' }] },
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
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
