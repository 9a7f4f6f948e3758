#!/usr/bin/env node
// Entry point for `npx oj-analys`: loads the TypeScript CLI through tsx (a
// runtime dependency), so the same source runs in the app, tests and here.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../shared/platform/node/cli/cli.ts');
const code = await runCli(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
  process.env,
);
process.exitCode = code;
