/**
 * electron-builder.yml is validated by electron-builder's own loader and
 * schema check (app-builder-lib's getConfig + validateConfiguration, the
 * code `npm run dist` runs first), so a misspelt key fails here instead of
 * on the build machine.
 */
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(__dirname, '../../..');

interface Loader {
  getConfig(
    projectDir: string,
    configPath: string | null,
    fromOptions: null,
  ): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
}
const loader = require('app-builder-lib/out/util/config/config') as Loader;
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

async function validate(projectDir: string, configPath: string): Promise<Record<string, unknown>> {
  const config = await loader.getConfig(projectDir, configPath, null);
  await loader.validateConfiguration(config, new DebugLogger(false));
  return config;
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'oj-builder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema and names the targets the README promises', async () => {
    const config = await validate(root, path.join(root, 'electron-builder.yml'));
    expect(config.appId).toBe('se.oj-analys.app');
    expect((config.win as { target: string[] }).target).toEqual(['nsis', 'msi']);
    expect((config.mac as { target: string[] }).target).toEqual(['dmg']);
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.nsis as { perMachine: boolean }).perMachine).toBe(false);
    expect((config.msi as { perMachine: boolean }).perMachine).toBe(true);
  });

  it('fails on a misspelt key (the check is real)', async () => {
    const broken = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8').replace(
      'perMachine: false',
      'perMachne: false',
    );
    const file = path.join(scratch, 'broken.yml');
    writeFileSync(file, broken);
    writeFileSync(
      path.join(scratch, 'package.json'),
      JSON.stringify({ name: 'x', version: '1.0.0' }),
    );
    await expect(validate(scratch, file)).rejects.toThrow(/configuration\.nsis/);
  });

  it('is pinned as a devDependency, so `npm ci` installs the version `npm run dist` uses', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies['electron-builder']).toMatch(/^26\.\d+\.\d+$/);
    const dist = readFileSync(path.join(root, 'scripts/dist.ts'), 'utf8');
    expect(dist).not.toMatch(/electron-builder@/);
  });
});
