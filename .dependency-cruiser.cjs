// Import boundaries, checked by `npm run check:boundaries` (part of `npm test`). See README,
// "For contributors". Each rule states a layer's promise; a violation names both files.

const { readFileSync } = require('node:fs');

// A rule is a module that src/engine/rules/index.ts lists. Every other module in rules/ is a shared
// helper (the Rule type, rule builders such as phrase-rule.ts, analyses two rules share such as
// commands.ts), which rules may import; rules never import each other.
const ruleModules = [...readFileSync('src/engine/rules/index.ts', 'utf8').matchAll(/^import \{[^}]*\} from '\.\/([\w-]+)';$/gm)].map((match) => match[1]);
const ruleModulePath = `^src/engine/rules/(${ruleModules.join('|')})\\.ts$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment: 'src/engine runs in the worker, the CLI and Node tests: it imports nothing from the browser side, the CLI or a UI library.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '^src/(?!engine/|types/)|^node_modules/(webextension-polyfill|preact|@types/chrome)/' },
    },
    {
      name: 'engine-uses-no-node-builtins',
      comment: 'The engine also runs in the browser: no node: modules.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'sites-know-no-engine-internals',
      comment: 'A site adapter reads and edits an editor; it may name the engine’s public types, never its internals.',
      severity: 'error',
      from: { path: '^src/sites/' },
      to: { path: '^src/engine/', pathNot: '^src/engine/(index|types)\\.ts$' },
    },
    {
      name: 'content-script-takes-only-engine-types',
      comment: 'The content script (and the panel it hosts) stays small: scoring runs in the worker, so only type imports from the engine.',
      severity: 'error',
      from: { path: '^src/(content|sites|ui/panel)/' },
      to: { path: '^src/engine/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'rules-are-independent',
      comment: `Rules (the modules src/engine/rules/index.ts lists) never import one another; share code through a helper module instead. Rules now: ${ruleModules.length}.`,
      severity: 'error',
      from: { path: '^src/engine/rules/', pathNot: '^src/engine/rules/index\\.ts$' },
      to: { path: ruleModulePath },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
