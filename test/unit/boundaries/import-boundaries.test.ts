import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

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
