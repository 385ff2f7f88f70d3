// Bundles the built CLI (dist/) with esbuild so that `plan` starts without resolving and reading hundreds of small
// module files:
// - dist/bundle/cli.cjs: the whole CLI in one CommonJS file, because Node 20 can cache the compiled code of a script
//   (vm.Script cachedData, see src/cli/code-cache.ts) but not of an ES module. @inquirer/prompts stays outside: only
//   an interactive `plan init` loads it, and it is most of the CLI's size.
// - dist/bundle/launcher.cjs: what bin/plan.cjs hands a lint run to a running daemon with (src/daemon/client.ts), or
//   else runs cli.cjs with (src/cli/code-cache.ts); see src/cli/launcher.ts.
// - dist/bundle/worker.js: the worker threads' entry, an ES module beside cli.cjs (parallel.ts finds it there).
// bin/plan.cjs falls back to dist/cli/main.js without a fresh bundle.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outdir = 'dist/bundle';
rmSync(outdir, { recursive: true, force: true });
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // A checkout whose node_modules predates the esbuild devDependency: the CLI runs unbundled, only slower to start.
  console.warn('bundle: esbuild is not installed (run npm install); bin/plan.cjs uses the unbundled dist/ instead');
  process.exit(0);
}
const common = {
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: process.env.PLAN_BUNDLE_MINIFY !== '0',
  logLevel: 'warning',
  plugins: [grayMatterWithoutItsYaml(), commanderWithLazyChildProcess()],
  legalComments: 'none',
};
const cli = await build({
  ...common,
  entryPoints: { cli: 'dist/cli/main.js' },
  plugins: [...common.plugins, builtinsRequiredOnDemand()],
  metafile: true,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // The language server's libraries too: only `plan lsp` loads them.
  external: ['@inquirer/prompts', 'vscode-languageserver', 'vscode-languageserver-textdocument'],
  // The modules find files beside them (templates, the worker) from import.meta.url, which CommonJS lacks.
  define: { 'import.meta.url': '__planModuleUrl' },
  banner: { js: "const __planModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
asciiOnly(join(outdir, 'cli.cjs'));
// The CLI runs as a vm.Script (for its code cache), where import() has no loader to call.
const dynamicImports = Object.values(cli.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.kind === 'dynamic-import'));
if (dynamicImports.length > 0) {
  console.error(`bundle: cli.cjs must not import() at run time: ${dynamicImports.map((i) => i.path).join(', ')}`);
  process.exit(1);
}
// What bin/plan.cjs loads the CLI with: CommonJS as well, so that a start-up never sets up Node's ES module loader.
// node:net, which only a run with a daemon to talk to needs, is required on first use.
await build({ ...common, entryPoints: { launcher: 'dist/cli/launcher.js' }, plugins: [...common.plugins, builtinsRequiredOnDemand()], format: 'cjs', outExtension: { '.js': '.cjs' } });
await build({
  ...common,
  entryPoints: { worker: 'dist/engine/worker.js' },
  format: 'esm',
  // Bundled CommonJS dependencies (gray-matter, js-yaml's users) call require() for Node's own modules.
  banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
});

/**
 * gray-matter loads its own js-yaml 3 (and its full schema) at start-up for a default engine that plan never uses:
 * plan hands it js-yaml 5's safe `load`. In the bundle that copy is replaced by a stub that refuses to be used.
 */
function grayMatterWithoutItsYaml() {
  return replaceImport('gray-matter-without-its-yaml', /^js-yaml$/, 'gray-matter', "const unused = () => { throw new Error('plan passes gray-matter its own YAML engine'); }; module.exports = { safeLoad: unused, safeDump: unused };");
}

/**
 * commander loads node:child_process at start-up for executable subcommands (`git`-style `plan-foo` binaries), which
 * plan does not have; loading it cost each start ~5 ms. In the bundle, commander gets it on first use instead.
 */
function commanderWithLazyChildProcess() {
  return replaceImport('commander-with-lazy-child-process', /^node:child_process$/, 'commander', "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });");
}

/** An esbuild plugin: where a module of package `importer` imports `specifier`, it gets `contents` (CommonJS) instead. */
function replaceImport(name, specifier, importer, contents) {
  const inPackage = new RegExp(`[\\\\/]${importer}[\\\\/]`);
  return {
    name,
    setup(build) {
      build.onResolve({ filter: specifier }, (args) => (inPackage.test(args.importer) ? { path: name, namespace: name } : undefined));
      build.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
    },
  };
}

/** `await import('node:worker_threads')` (loaded on demand in the source) becomes a require() at the same place. */
function builtinsRequiredOnDemand() {
  return {
    name: 'builtins-required-on-demand',
    setup(build) {
      build.onResolve({ filter: /^node:/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, namespace: 'plan-builtin' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'plan-builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    },
  };
}

/**
 * esbuild escapes non-ASCII characters in strings but not in regular expressions ("–" in a date range), and one such
 * character makes V8 hold the whole 600 KB source as two bytes a character, read and decoded more slowly at each
 * start. Minified output has no comments, so what is left is inside literals, where \uXXXX means the same.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}
