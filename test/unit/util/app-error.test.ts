import { describe, expect, it } from 'vitest';
import { hostFromBridge, replyOf, type HostReply } from '../../../shared/contract/host-api';
import { errorText } from '../../../shared/i18n/error-text';
import { en } from '../../../shared/i18n/en';
import { sv } from '../../../shared/i18n/sv';
import { ImportError } from '../../../shared/import/import-error';
import { NetworkFileError } from '../../../shared/network/network-file-error';
import {
  AppError,
  ERROR_CODES,
  EXIT_CODES,
  exitCodeFor,
  fromErrorData,
  isErrorData,
  toErrorData,
} from '../../../shared/util/app-error';
import { WorkspaceError } from '../../../shared/workspace/workspace-error';

/** Issue 18 item 6: errors with codes, words from i18n, structured across boundaries. */
describe('errors with codes', () => {
  const refused = new ImportError(
    'import.too_many_cells',
    'Filen ÖJ 2024.xlsx: bladet Data har fler än 5 000 000 celler och läses inte in.',
    'ÖJ 2024.xlsx',
    'Data',
    'A1',
  );

  it('keep code, parameters, message and class through a structured clone (worker, IPC)', () => {
    const data = structuredClone(toErrorData(refused));
    expect(isErrorData(data)).toBe(true);
    expect(data).toEqual({
      code: 'import.too_many_cells',
      message: refused.message,
      params: { file: 'ÖJ 2024.xlsx', sheet: 'Data', cell: 'A1' },
      name: 'ImportError',
    });
    const again = fromErrorData(data);
    expect(again).toBeInstanceOf(AppError);
    expect([again.code, again.name, again.message]).toEqual([
      'import.too_many_cells',
      'ImportError',
      refused.message,
    ]);
  });

  it('call anything else unexpected, and refuse malformed data', () => {
    expect(toErrorData(new TypeError('x is undefined'))).toEqual({
      code: 'unexpected',
      message: 'x is undefined',
      params: {},
      name: 'TypeError',
    });
    expect(toErrorData('plain')).toMatchObject({ code: 'unexpected', message: 'plain' });
    expect(isErrorData({ code: 'no.such', message: 'm', params: {}, name: 'E' })).toBe(false);
    expect(isErrorData({ code: 'unexpected', message: 'm', params: { a: {} }, name: 'E' })).toBe(
      false,
    );
    expect(isErrorData(null)).toBe(false);
  });

  it('have a text in Swedish and in English for every code', () => {
    for (const code of ERROR_CODES) {
      const key = `error.code.${code}` as keyof typeof sv;
      expect(sv[key], code).toMatch(/\S/);
      expect(en[key], code).toMatch(/\S/);
    }
  });

  it('read in Swedish as written where they arose, in English from the code with the place and the Swedish detail', () => {
    expect(errorText(refused, 'sv')).toBe(refused.message);
    expect(errorText(refused, 'en')).toBe(
      `The file ÖJ 2024.xlsx has too many cells and is not read. (sheet Data, cell A1) Details (in Swedish): ${refused.message}`,
    );
    const newer = new WorkspaceError(
      'workspace.newer_version',
      'Arbetsytan är sparad av en nyare version av ÖJ-analys (9.0.0). Uppdatera programmet för att öppna den.',
      { version: '9.0.0' },
    );
    expect(errorText(toErrorData(newer), 'en')).toMatch(
      /^The workspace was saved by a newer version of ÖJ-analys \(9\.0\.0\)\. Update the program/,
    );
    expect(errorText(new Error('boom'), 'sv')).toBe('Något gick fel: boom');
    expect(errorText(new Error('boom'), 'en')).toBe('Something went wrong: boom');
  });

  it('name the CLI exit code', () => {
    expect(exitCodeFor(refused)).toBe(EXIT_CODES.refused);
    expect(exitCodeFor(new NetworkFileError('network_file.bad_checksum', 'x'))).toBe(2);
    expect(exitCodeFor(new AppError('report.no_chromium', 'x'))).toBe(EXIT_CODES.no_chromium);
    expect(exitCodeFor(new AppError('save.failed', 'x'))).toBe(EXIT_CODES.not_saved);
    expect(exitCodeFor(new Error('x'))).toBe(EXIT_CODES.failed);
    expect(EXIT_CODES).toEqual({
      ok: 0,
      failed: 1,
      refused: 2,
      stopped: 3,
      no_chromium: 4,
      not_saved: 5,
    });
  });

  it('cross Electron IPC as a reply the page turns back into the error', async () => {
    // Main's side: a refusal is answered as data (Electron would flatten a thrown error to its message).
    const reply = structuredClone(
      await replyOf(() =>
        Promise.reject(new WorkspaceError('workspace.damaged', 'Arbetsytan är skadad.')),
      ),
    );
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'workspace.damaged',
        message: 'Arbetsytan är skadad.',
        params: {},
        name: 'WorkspaceError',
      },
    });
    const host = hostFromBridge({
      invoke: (command) =>
        Promise.resolve<HostReply>(command === 'app.info' ? { ok: true, value: { v: 1 } } : reply),
      onEvent: () => () => undefined,
    });
    await expect(host.invoke('app.info' as never, {} as never)).resolves.toEqual({ v: 1 });
    await expect(host.invoke('workspace.open' as never, {} as never)).rejects.toMatchObject({
      code: 'workspace.damaged',
      name: 'WorkspaceError',
      message: 'Arbetsytan är skadad.',
    });
  });
});
