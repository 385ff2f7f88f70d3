// The layers of src/, lowest first. A module may import modules of its own layer and of the layers below it, never
// of one above; and no files import each other in a cycle. One layer per folder, so no two folders import each
// other either. The flow: parse -> model -> rules -> engine -> api -> (formatters, diff, init, alignment, baseline,
// fix) -> cli. See docs/architecture.md.
const LAYERS = [
  // Plain helpers with no idea of a plan: text, dates, numbers, words.
  // (config/errors.ts too: the error that names a bad config file, or a bad .planignore that files/ reads.)
  ['base', '^src/(types|zod|zod-api|version)[.]ts$|^src/config/errors[.]ts$'],
  ['text', '^src/text/'],
  ['time', '^src/time/'],
  ['smart', '^src/smart/'],
  // file text -> the typed plan model -> the graph of plans -> the rules that read them.
  ['parse', '^src/parse/'],
  ['model', '^src/model/'],
  ['repo', '^src/repo/'],
  // Readings of goals (Actual:, check-ins, CSV rows matched to goals), progress, pace and roll-up over the graph.
  ['actuals', '^src/actuals/'],
  ['rules', '^src/rules/'],
  // Running the rules: reading files, the config, the engine, the --cache, and the library API over them.
  ['files', '^src/files/'],
  ['config', '^src/config/(?!errors[.]ts$)'],
  ['engine', '^src/engine/'],
  ['cache', '^src/cache/'],
  ['api', '^src/api[.]ts$'],
  // What is built on the API; each may use the formatters' helpers, none another feature.
  ['formatters', '^src/formatters/'],
  ['features', '^src/(diff|init|alignment|baseline|fix|docs|status|lsp)/'],
  // Views that compose several features over the whole repo (the HTML report: alignment, diff, history).
  ['views', '^src/report/'],
  // The command line and the library's entry point.
  ['cli', '^src/cli/|^src/index[.]ts$'],
];

const above = (i) => LAYERS.slice(i + 1).map(([, path]) => `(${path})`).join('|');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycle', comment: 'no files import each other in a cycle', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'no-feature-to-feature',
      comment: 'the features built on the API do not import each other',
      severity: 'error',
      from: { path: '^src/(diff|init|alignment|baseline|fix|docs|status|lsp)/' },
      to: { path: '^src/(diff|init|alignment|baseline|fix|docs|status|lsp)/', pathNot: '^src/$1/' },
    },
    {
      name: 'in-a-layer',
      comment: 'every module of src/ belongs to a layer (add a new folder to LAYERS in .dependency-cruiser.cjs)',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map(([, path]) => `(${path})`).join('|') },
      to: {},
    },
    ...LAYERS.slice(0, -1).map(([name, path], i) => ({
      name: `${name}-imports-no-layer-above`,
      comment: `${name} imports only ${LAYERS.slice(0, i + 1).map(([n]) => n).join(', ')}`,
      severity: 'error',
      from: { path },
      to: { path: above(i) },
    })),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    // TypeScript 7 has no compiler API for dependency-cruiser to read .ts with; swc reads them, type-only imports too.
    parser: 'swc',
    tsPreCompilationDeps: true,
  },
};
