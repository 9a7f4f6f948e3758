import { describe, expect, it } from 'vitest';
import { HOST_COMMANDS, isHostCommand } from '../../../shared/contract/host-api';
import {
  HOST_VALIDATORS,
  isSafeFileName,
  validatePayload,
} from '../../../shared/contract/host-validators';

describe('IPC payload validation', () => {
  it('has a validator for every command of the contract, and nothing else', () => {
    expect(Object.keys(HOST_VALIDATORS).sort()).toEqual([...HOST_COMMANDS].sort());
  });

  it('takes the UI language as sv or en only (the host words its menus and dialogs in it)', () => {
    expect(validatePayload('app.setLanguage', { lang: 'en' })).toEqual({ lang: 'en' });
    expect(() => validatePayload('app.setLanguage', { lang: 'de' })).toThrow('Okänt språk.');
    expect(() => validatePayload('app.setLanguage', { lang: 'sv', extra: 1 })).toThrow(
      /Okända fält/,
    );
  });

  it('knows its channel names', () => {
    expect(isHostCommand('workspace.save')).toBe(true);
    expect(isHostCommand('shell.openExternal')).toBe(false);
    expect(isHostCommand({})).toBe(false);
  });

  it('accepts a well-formed save', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(
      validatePayload('workspace.save', {
        suggestedName: 'Nämnd 2024.ojanalys',
        bytes,
        saveAs: false,
      }),
    ).toEqual({
      suggestedName: 'Nämnd 2024.ojanalys',
      bytes,
      saveAs: false,
    });
  });

  it.each([
    [
      'workspace.save',
      { suggestedName: '../../etc/passwd', bytes: new Uint8Array(), saveAs: false },
    ],
    ['workspace.save', { suggestedName: 'a.ojanalys', bytes: 'not bytes', saveAs: false }],
    ['workspace.save', { suggestedName: 'a.ojanalys', bytes: new Uint8Array(), saveAs: 'yes' }],
    [
      'workspace.save',
      { suggestedName: 'a.ojanalys', bytes: new Uint8Array(), saveAs: false, path: '/tmp/x' },
    ],
    [
      'export.save',
      { suggestedName: 'r.pdf', mimeType: 'text/html"><script>', bytes: new Uint8Array() },
    ],
    ['workspace.open', { recentId: '../secret' }],
    ['app.info', { anything: 1 }],
    ['print.pdf', null],
    ['window.close', { force: true }],
    ['workspace.open', JSON.parse('{"__proto__": {"polluted": true}, "recentId": null}')],
  ] as const)('refuses %s with %j', (command, payload) => {
    expect(() => validatePayload(command, payload)).toThrow();
  });

  it('judges file names', () => {
    expect(isSafeFileName('Rapport – Öppna jämförelser 2024.pdf')).toBe(true);
    for (const bad of ['', '.', '..', 'a/b', 'a\\b', 'C:x', 'a\u0000b', 'x'.repeat(256)])
      expect(isSafeFileName(bad)).toBe(false);
  });
});
