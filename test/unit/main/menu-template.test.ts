import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate, workspaceFromArgv } from '../../../main/menu-template';
import { isHostEvent, type HostEvent } from '../../../shared/contract/host-api';

const ID = '123e4567-e89b-42d3-a456-426614174000';

function item(menu: MenuItemConstructorOptions[], ...labels: string[]): MenuItemConstructorOptions {
  let items = menu;
  let found: MenuItemConstructorOptions | undefined;
  for (const label of labels) {
    found = items.find((i) => i.label === label);
    if (!found) throw new Error(`no menu item ${label}`);
    items = (found.submenu as MenuItemConstructorOptions[] | undefined) ?? [];
  }
  return found!;
}

describe('the native menus (Swedish) and files opened from the desktop', () => {
  it('has Arkiv with Ny, Öppna, Senaste, Spara and Spara som, each sending its command to the page', () => {
    const sent: HostEvent[] = [];
    const menu = menuTemplate(
      [{ id: ID, name: 'natverket.ojanalys', savedAt: '2026-11-20T10:00:00Z' }],
      (e) => sent.push(e),
    );
    expect(
      (item(menu, 'Arkiv').submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.type),
    ).toEqual([
      'Ny arbetsyta',
      'Öppna …',
      'Senaste',
      'separator',
      'Spara',
      'Spara som …',
      'separator',
      'Avsluta',
    ]);
    expect(item(menu, 'Arkiv', 'Spara').accelerator).toBe('CmdOrCtrl+S');
    for (const label of ['Ny arbetsyta', 'Öppna …', 'Spara', 'Spara som …'])
      (item(menu, 'Arkiv', label).click as () => void)();
    (item(menu, 'Arkiv', 'Senaste', 'natverket.ojanalys').click as () => void)();
    expect(sent).toEqual([
      { command: 'workspace.new', recentId: null },
      { command: 'workspace.open', recentId: null },
      { command: 'workspace.save', recentId: null },
      { command: 'workspace.saveAs', recentId: null },
      { command: 'workspace.openRecent', recentId: ID },
    ]);
    for (const e of sent) expect(isHostEvent(e)).toBe(true);
  });

  it('speaks English when the page says so, with the same commands', () => {
    const sent: HostEvent[] = [];
    const menu = menuTemplate([], (e) => sent.push(e), 'en');
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(
      (item(menu, 'File').submenu as MenuItemConstructorOptions[]).map((i) => i.label ?? i.type),
    ).toEqual([
      'New workspace',
      'Open …',
      'Recent',
      'separator',
      'Save',
      'Save as …',
      'separator',
      'Quit',
    ]);
    expect(item(menu, 'File', 'Recent').submenu).toEqual([
      { label: 'No saved workspaces yet', enabled: false },
    ]);
    (item(menu, 'File', 'Save as …').click as () => void)();
    expect(sent).toEqual([{ command: 'workspace.saveAs', recentId: null }]);
  });

  it('says so when there are no recent workspaces', () => {
    const none = item(
      menuTemplate([], () => undefined),
      'Arkiv',
      'Senaste',
    ).submenu as MenuItemConstructorOptions[];
    expect(none).toEqual([{ label: 'Inga sparade arbetsytor ännu', enabled: false }]);
  });

  it('finds the workspace file in a launch’s arguments, ignoring flags and other files', () => {
    expect(
      workspaceFromArgv(['/opt/oj/oj-analys', '--no-sandbox', 'C:\\Users\\kc\\Nätverket.OJANALYS']),
    ).toBe('C:\\Users\\kc\\Nätverket.OJANALYS');
    expect(workspaceFromArgv(['/opt/oj/oj-analys', 'rapport.xlsx'])).toBeNull();
    expect(workspaceFromArgv(['/opt/oj/oj-analys', '--open=x.ojanalys'])).toBeNull();
  });

  it('refuses host events that are not ours', () => {
    expect(isHostEvent({ command: 'workspace.delete', recentId: null })).toBe(false);
    expect(isHostEvent({ command: 'workspace.openRecent', recentId: '../../etc/passwd' })).toBe(
      false,
    );
    expect(isHostEvent(null)).toBe(false);
  });

  it('knows the request to close the window, which the page answers with window.close', () => {
    expect(isHostEvent({ command: 'window.closeRequested', recentId: null })).toBe(true);
    expect(isHostEvent({ command: 'window.close', recentId: null })).toBe(false);
  });
});
