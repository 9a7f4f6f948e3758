// What may import what (STYLE.md): the layering of the code as lint rules.
// Used by eslint.config.mjs and by test/unit/boundaries/import-boundaries.test.ts.
const NODE_BUILTINS =
  '^(node:.*|fs|fs/promises|path|os|child_process|http|https|net|tls|crypto|stream|url|util|worker_threads|module|zlib|events|buffer|process|readline|dns|dgram|cluster|vm|v8|perf_hooks|assert|tty)$';

const rule = (message, ...regexes) => [
  'error',
  { patterns: regexes.map((regex) => ({ regex, message })) },
];

// The renderer reaches the core only through the command map (issue 18 item 1):
// these files are the transport and the engine's start, the only ones that hold a Db.
export const COMMAND_TRANSPORT = [
  'renderer/state/engine-context.tsx', // owns the window's engine: opens, swaps, saves, counts
  'renderer/state/use-command.ts', // useCommand / useRunCommand: runs a command with the engine
  'renderer/worker/start-engine.ts', // starts duckdb-wasm in its worker and hands back the Db
];

// SQL in a string or template: a statement keyword followed by its clause keyword.
const SQL = String.raw`/\b(SELECT|INSERT|UPDATE|DELETE)\b[\s\S]*\b(FROM|INTO|SET)\b/`;
const NO_CORE_IN_RENDERER =
  'renderer/ reaches the core through commands (useCommand / useRunCommand, shared/app/): no SQL and no Db here.';

// Issue 18 item 2: every word a user reads comes from the i18n catalogue (t('…')), never a literal.
const USER_TEXT =
  "User-facing text comes from the i18n catalogue (t('…') in renderer/, translate() in main/), so English mode has no Swedish left.";
export const RENDERER_LITERAL_TEXT = [
  { selector: 'JSXText[value=/[A-Za-zÅÄÖåäö]{2,}/]', message: USER_TEXT },
  {
    selector:
      'JSXAttribute[name.name=/^(aria-label|aria-description|title|alt|placeholder)$/] > Literal[value=/[A-Za-zÅÄÖåäö]{2,}/]',
    message: USER_TEXT,
  },
];
export const MAIN_LITERAL_TEXT = [
  {
    selector:
      'Property[key.name=/^(label|title|message|detail|buttonLabel|name)$/] > Literal[value=/[a-zåäö]{2,}/]',
    message: USER_TEXT,
  },
];

const RENDERER_BASE = [NODE_BUILTINS, '^electron$', '(^|/)main(/|$)', '(^|/)platform/node(/|$)'];

// Layers inside shared/ (issue 18 item 3), lowest first: a folder may import
// its own layer's folder and the layers below, never a layer above or a
// sibling of its own layer. shared/platform/ sits on top and may use them all.
export const SHARED_LAYERS = [
  ['util'],
  ['model'],
  ['i18n'],
  ['db'],
  ['reference'],
  ['demo'],
  ['workspace'],
  ['import', 'analysis', 'network'],
  ['charts'],
  ['report'],
  ['app', 'contract'],
];
const SHARED_HOSTS = [
  NODE_BUILTINS,
  '^electron$',
  '^react(-dom)?(/.*)?$',
  '(^|/)(main|renderer)(/|$)',
  '(^|/)platform/(node|browser)(/|$)',
];
const SHARED_HOSTS_MESSAGE =
  'shared/ runs anywhere: no Node, Electron, React or DOM hosts, and never main/, renderer/ or shared/platform/.';

/** The folders `folder` may not import: every folder of its layer but itself, and every layer above. */
export function forbiddenAbove(folder) {
  const level = SHARED_LAYERS.findIndex((layer) => layer.includes(folder));
  return SHARED_LAYERS.slice(level)
    .flat()
    .filter((f) => f !== folder);
}

const layerRule = (folder, forbidden, from = '\\.\\./(\\.\\./)*') => [
  'error',
  {
    patterns: [
      ...SHARED_HOSTS.map((regex) => ({ regex, message: SHARED_HOSTS_MESSAGE })),
      ...(forbidden.length === 0
        ? []
        : [
            {
              regex: `(^|/)${from}(${forbidden.join('|')})(/|$)`,
              message: `shared/${folder} imports only from the layers below it, never from ${forbidden.join(', ')} (shared/'s layers, lowest first: util, model → i18n → db → reference → demo → workspace → import | analysis | network → charts → report → app | contract).`,
            },
          ]),
    ],
  },
];

export const boundaryConfig = [
  // The files at shared/'s root (app-info, app-csp) are the bottom layer, beside util/.
  {
    files: ['shared/*.ts'],
    rules: { 'no-restricted-imports': layerRule('(root)', SHARED_LAYERS.flat(), '\\./') },
  },
  ...SHARED_LAYERS.flat().map((folder) => ({
    files: [`shared/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': layerRule(folder, forbiddenAbove(folder)) },
  })),
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
        ...RENDERER_BASE,
      ),
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: COMMAND_TRANSPORT,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...RENDERER_BASE.map((regex) => ({
              regex,
              message:
                'renderer/ never imports Node or Electron, main/ or the Node platform: it talks to window.host and the engine.',
            })),
            { regex: '(^|/)shared/db(/|$)', message: NO_CORE_IN_RENDERER },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...RENDERER_LITERAL_TEXT,
        { selector: `Literal[value=${SQL}]`, message: NO_CORE_IN_RENDERER },
        { selector: `TemplateElement[value.raw=${SQL}]`, message: NO_CORE_IN_RENDERER },
        { selector: "MemberExpression[property.name='db']", message: NO_CORE_IN_RENDERER },
      ],
    },
  },
  {
    files: COMMAND_TRANSPORT.filter((f) => f.endsWith('.tsx')),
    rules: { 'no-restricted-syntax': ['error', ...RENDERER_LITERAL_TEXT] },
  },
  {
    files: ['main/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...MAIN_LITERAL_TEXT] },
  },
];
