// What may import what (STYLE.md): the layering of the code as lint rules.
// Used by eslint.config.mjs and by test/unit/boundaries/import-boundaries.test.ts.
const NODE_BUILTINS =
  '^(node:.*|fs|fs/promises|path|os|child_process|http|https|net|tls|crypto|stream|url|util|worker_threads|module|zlib|events|buffer|process|readline|dns|dgram|cluster|vm|v8|perf_hooks|assert|tty)$';

const rule = (message, ...regexes) => [
  'error',
  { patterns: regexes.map((regex) => ({ regex, message })) },
];

export const boundaryConfig = [
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/platform/**'],
    rules: {
      'no-restricted-imports': rule(
        'shared/ runs anywhere: no Node, Electron, React or DOM hosts, and never main/, renderer/ or shared/platform/.',
        NODE_BUILTINS,
        '^electron$',
        '^react(-dom)?(/.*)?$',
        '(^|/)(main|renderer)(/|$)',
        '(^|/)platform/(node|browser)(/|$)',
      ),
    },
  },
  {
    files: ['shared/platform/node/**/*.ts'],
    rules: {
      'no-restricted-imports': rule(
        'shared/platform/node may use node:* and shared/, never Electron, React, main/, renderer/ or the browser platform.',
        '^electron$',
        '^react(-dom)?(/.*)?$',
        '(^|/)(main|renderer)(/|$)',
        '(^|/)platform/browser(/|$)',
        '^\\.\\./browser(/|$)',
      ),
    },
  },
  {
    files: ['shared/platform/browser/**/*.ts'],
    rules: {
      'no-restricted-imports': rule(
        'shared/platform/browser may use the DOM and shared/, never Node, Electron, main/, renderer/ or the Node platform.',
        NODE_BUILTINS,
        '^electron$',
        '(^|/)(main|renderer)(/|$)',
        '(^|/)platform/node(/|$)',
        '^\\.\\./node(/|$)',
      ),
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/preload.ts'],
    rules: {
      'no-restricted-imports': rule(
        'main/ is Electron main: never React, renderer/ or the browser platform.',
        '^react(-dom)?(/.*)?$',
        '(^|/)renderer(/|$)',
        '(^|/)platform/browser(/|$)',
      ),
    },
  },
  {
    files: ['main/preload.ts'],
    rules: {
      'no-restricted-imports': rule(
        'The preload runs sandboxed: electron (contextBridge, ipcRenderer) and shared/contract only.',
        NODE_BUILTINS,
        '^react(-dom)?(/.*)?$',
        '(^|/)(renderer|platform)(/|$)',
        '^\\./(?!.*contract)',
      ),
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': rule(
        'renderer/ never imports Node or Electron, main/ or the Node platform: it talks to window.host and the engine.',
        NODE_BUILTINS,
        '^electron$',
        '(^|/)main(/|$)',
        '(^|/)platform/node(/|$)',
      ),
    },
  },
];
