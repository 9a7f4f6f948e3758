import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../shared/app-info';

describe('app info', () => {
  it('has the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    expect(APP_VERSION).toBe(pkg.version);
    expect(pkg.name).toBe('oj-analys');
    expect(pkg.bin['oj-analys']).toBe('bin/oj-analys.mjs');
  });
});
