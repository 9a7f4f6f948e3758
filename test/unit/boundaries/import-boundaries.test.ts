import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { COMMAND_TRANSPORT } from '../../../eslint.boundaries.mjs';

const ROOT = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** Lint `code` as if it were the (existing) file `file`, return the boundary errors. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries (STYLE.md), enforced by the project lint config', () => {
  it.each([
    ['shared/model/units.ts', "import { readFile } from 'node:fs';\nvoid readFile;\n"],
    ['shared/model/units.ts', "import path from 'path';\nvoid path;\n"],
    ['shared/model/units.ts', "import { app } from 'electron';\nvoid app;\n"],
    ['shared/model/units.ts', "import { useState } from 'react';\nvoid useState;\n"],
    ['shared/model/units.ts', "import { registerIpc } from '../../main/ipc';\nvoid registerIpc;\n"],
    ['shared/model/units.ts', "import { App } from '../../renderer/app/App';\nvoid App;\n"],
    [
      'shared/model/units.ts',
      "import { openNodeDb } from '../platform/node/duckdb-node';\nvoid openNodeDb;\n",
    ],
    ['renderer/app/routes.ts', "import { readFile } from 'node:fs/promises';\nvoid readFile;\n"],
    ['renderer/app/routes.ts', "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n"],
    [
      'renderer/app/routes.ts',
      "import { openNodeDb } from '../../shared/platform/node/duckdb-node';\nvoid openNodeDb;\n",
    ],
    [
      'renderer/app/routes.ts',
      "import { registerIpc } from '../../main/ipc';\nvoid registerIpc;\n",
    ],
    ['shared/platform/browser/opfs.ts', "import { readFile } from 'node:fs';\nvoid readFile;\n"],
    [
      'shared/platform/node/web-server.ts',
      "import { App } from '../../../renderer/app/App';\nvoid App;\n",
    ],
    ['main/preload.ts', "import { readFile } from 'node:fs';\nvoid readFile;\n"],
    ['main/ipc.ts', "import { App } from '../renderer/app/App';\nvoid App;\n"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['shared/model/units.ts', "import { sha256Hex } from '../util/sha256';\nvoid sha256Hex;\n"],
    [
      'renderer/app/routes.ts',
      "import { opfsRead } from '../../shared/platform/browser/opfs';\nvoid opfsRead;\n",
    ],
    ['shared/platform/node/web-server.ts', "import path from 'node:path';\nvoid path;\n"],
    [
      'main/ipc.ts',
      "import { writeFileAtomic } from '../shared/platform/node/atomic-write';\nvoid writeFileAtomic;\n",
    ],
  ])('allows in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});

/** Lint `code` as the file `file`, return every error of the command-map rule (imports and syntax). */
async function coreErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

const inRule = (file: string, patterns: readonly string[]) =>
  patterns.some((p) => (p.endsWith('/**') ? file.startsWith(p.slice(0, -2)) : file === p));

describe('renderer/ reaches the core only through the command map (issue 18 item 1)', () => {
  const view = 'renderer/features/catalogue/CataloguePage.tsx';

  it.each([
    [view, "import type { Db } from '../../../shared/db/db';\nexport type X = Db;\n"],
    [view, "import { tableCounts } from '../../../shared/db/schema';\nvoid tableCounts;\n"],
    [view, "export const SQL = 'SELECT area FROM indicator ORDER BY area';\n"],
    [view, 'export const SQL = `\n  INSERT INTO note VALUES (?, ?)`;\n'],
    [view, "export const SQL = 'UPDATE series SET label = ?';\n"],
    [
      'renderer/components/StatusBar.tsx',
      'declare const state: { db: unknown };\nexport const db = state.db;\n',
    ],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await coreErrors(file, code)).toEqual([
      expect.stringContaining('reaches the core through commands'),
    ]);
  });

  it.each([
    // The transport holds the engine's Db.
    [
      'renderer/state/use-command.ts',
      "import type { Db } from '../../shared/db/db';\nexport type X = Db;\n",
    ],
    // Words a user reads are not SQL.
    [view, "export const hint = 'Select a file from the list and update it';\n"],
    [view, "export const hint = 'SELECT is a keyword';\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await coreErrors(file, code)).toEqual([]);
  });

  it('finds no SQL, no shared/db import and no .db off the engine in any renderer file outside the transport', () => {
    const sql = /\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(FROM|INTO|SET)\b/;
    const files = readdirSync(path.join(ROOT, 'renderer'), { recursive: true, encoding: 'utf8' })
      .map((f) => `renderer/${f.split(path.sep).join('/')}`)
      .filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const offending = files
      .filter((f) => !inRule(f, COMMAND_TRANSPORT))
      .filter((f) => {
        const text = readFileSync(path.join(ROOT, f), 'utf8');
        return (
          text.split(/['`]/).some((part) => sql.test(part)) ||
          /from '[./]*\/shared\/db\//.test(text) ||
          /\bstate\.db\b/.test(text)
        );
      });
    expect(offending).toEqual([]);
  });
});
