import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { COMMAND_TRANSPORT, SHARED_LAYERS } from '../../../eslint.boundaries.mjs';

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

/** The folder of shared/ a file is in ('(root)' for shared/*.ts), or null outside shared/. */
const sharedFolder = (file: string): string | null => {
  const m = /^shared\/(?:([^/]+)\/)?[^/]+$/.exec(file) ?? /^shared\/([^/]+)\//.exec(file);
  if (!m) return null;
  return m[1] ?? '(root)';
};
const levelOf = (folder: string) =>
  folder === '(root)' ? -1 : SHARED_LAYERS.findIndex((layer) => layer.includes(folder));

describe('layers inside shared/ (issue 18 item 3)', () => {
  it.each([
    // Upwards: the bottom never reaches the top.
    [
      'shared/model/units.ts',
      "import { computeStandings } from '../analysis/standings-query';\nvoid computeStandings;\n",
    ],
    ['shared/util/sha256.ts', "import { AREAS } from '../model/areas';\nvoid AREAS;\n"],
    [
      'shared/db/schema.ts',
      "import { importFile } from '../import/import-file';\nvoid importFile;\n",
    ],
    [
      'shared/analysis/standing.ts',
      "import { reportToHtml } from '../report/report-html';\nvoid reportToHtml;\n",
    ],
    [
      'shared/report/report-html.ts',
      "import { runCommand } from '../app/commands';\nvoid runCommand;\n",
    ],
    [
      'shared/charts/chart-axis.ts',
      "import { reportToHtml } from '../report/report-html';\nvoid reportToHtml;\n",
    ],
    // Siblings of one layer do not lean on each other (nested folders too).
    [
      'shared/import/layouts/wide-sheet.ts',
      "import { computeStandings } from '../../analysis/standings-query';\nvoid computeStandings;\n",
    ],
    [
      'shared/analysis/standing.ts',
      "import { importFile } from '../import/import-file';\nvoid importFile;\n",
    ],
    ['shared/app-info.ts', "import { AREAS } from './model/areas';\nvoid AREAS;\n"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([
      expect.stringContaining('imports only from the layers below it'),
    ]);
  });

  it.each([
    [
      'shared/report/report-html.ts',
      "import { computeStandings } from '../analysis/standings-query';\nvoid computeStandings;\n",
    ],
    [
      'shared/app/commands.ts',
      "import { reportToHtml } from '../report/report-html';\nvoid reportToHtml;\n",
    ],
    [
      'shared/import/layouts/wide-sheet.ts',
      "import { cleanText } from '../../util/text-normalize';\nvoid cleanText;\n",
    ],
    ['shared/analysis/standing.ts', "import { AREAS } from '../model/areas';\nvoid AREAS;\n"],
    [
      'shared/platform/node/cli/cli.ts',
      "import { runCommand } from '../../../app/commands';\nvoid runCommand;\n",
    ],
  ])('allows in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });

  it('holds for every import in shared/ today: downwards only, so no folder cycle', () => {
    const files = readdirSync(path.join(ROOT, 'shared'), { recursive: true, encoding: 'utf8' })
      .map((f) => `shared/${f.split(path.sep).join('/')}`)
      .filter((f) => f.endsWith('.ts') && !f.startsWith('shared/platform/'));
    expect(files.length).toBeGreaterThan(100);
    const unplaced = new Set<string>();
    const upwards: string[] = [];
    for (const file of files) {
      const from = sharedFolder(file)!;
      if (levelOf(from) === -1 && from !== '(root)') unplaced.add(from);
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/\bfrom\s+'(\.[^']+)'/g)) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!));
        const to = sharedFolder(target);
        if (to === null || to === from) continue;
        if (levelOf(to) >= levelOf(from) && !(from === '(root)' && to === '(root)'))
          upwards.push(`${file} → ${target}`);
      }
    }
    expect([...unplaced]).toEqual([]);
    expect(upwards).toEqual([]);
  });
});

/** Lint `code` as the file `file`, return the errors of the literal-text rule. */
const literalTextErrors = async (file: string, code: string): Promise<string[]> =>
  (await coreErrors(file, code)).filter((m) => m.includes('i18n catalogue'));

describe('user-facing text only from the i18n catalogue (issue 18 item 2)', () => {
  const view = 'renderer/features/catalogue/CataloguePage.tsx';
  const transport = 'renderer/state/engine-context.tsx';
  it.each([
    [view, 'export const A = () => <p>Inga indikatorer</p>;\n'],
    [view, 'export const A = () => <button aria-label="Stäng">x</button>;\n'],
    [transport, 'export const A = () => <p>Laddar motorn</p>;\n'],
    ['main/menu-template.ts', "export const m = { label: 'Spara allt' };\n"],
    ['main/host-handlers.ts', "export const d = { title: 'Välj fil' };\n"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await literalTextErrors(file, code)).toHaveLength(1);
  });

  it.each([
    [
      view,
      "declare const t: (k: string) => string;\nexport const A = () => <p>{t('empty.body')}</p>;\n",
    ],
    [view, 'export const A = () => <p>▲ ● ▼ – 42 %</p>;\n'],
    ['main/window-options.ts', "export const f = { name: 'PDF', extensions: ['pdf'] };\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await literalTextErrors(file, code)).toEqual([]);
  });
});
