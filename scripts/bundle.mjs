// Bundles the built CLI (dist/) with esbuild into dist/bundle/cli.cjs, so that `plan` starts without resolving and
// reading hundreds of small module files. CommonJS: bin/plan.cjs require()s it, and a start-up that loads no ES module
// skips setting up Node's ES module loader. @inquirer/prompts stays outside: only an interactive `plan init` loads
// it, and it is most of the CLI's size. bin/plan.cjs runs the bundle when the package has one, else dist/cli/main.js.
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
  plugins: [grayMatterWithoutItsYaml(), commanderWithLazyChildProcess(), fdirWithoutPicomatch()],
  legalComments: 'none',
};
await build({
  ...common,
  entryPoints: { cli: 'dist/cli/main.js' },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  // The language server's libraries too: only `plan lsp` loads them.
  external: ['@inquirer/prompts', 'vscode-languageserver', 'vscode-languageserver-textdocument'],
  // The modules find files beside them (the templates) from import.meta.url, which CommonJS lacks.
  define: { 'import.meta.url': '__planModuleUrl' },
  banner: { js: "const __planModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
asciiOnly(join(outdir, 'cli.cjs'));

/**
 * gray-matter loads its own js-yaml 3 (and its full schema) at start-up for a default engine that plan never uses:
 * plan hands it js-yaml 4's safe `load`. In the bundle that copy is replaced by a stub that refuses to be used.
 */
function grayMatterWithoutItsYaml() {
  return replaceImport(
    'gray-matter-without-its-yaml',
    /^js-yaml$/,
    'gray-matter',
    "const unused = () => { throw new Error('plan passes gray-matter its own YAML engine'); }; module.exports = { safeLoad: unused, safeDump: unused };",
  );
}

/**
 * commander loads node:child_process at start-up for executable subcommands (`git`-style `plan-foo` binaries), which
 * plan does not have; loading it cost each start ~5 ms. In the bundle, commander gets it on first use instead.
 */
function commanderWithLazyChildProcess() {
  return replaceImport(
    'commander-with-lazy-child-process',
    /^node:child_process$/,
    'commander',
    "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
  );
}

/**
 * fdir requires picomatch at start-up, from node_modules (a second copy, outside the bundle), for its glob() that
 * tinyglobby never calls: it filters with its own picomatch. In the bundle fdir's require finds nothing, as fdir allows.
 */
function fdirWithoutPicomatch() {
  return replaceImport(
    'fdir-without-picomatch',
    /^module$/,
    'fdir',
    "const absent = () => { throw new Error('not in the plan bundle'); }; module.exports = { createRequire: () => Object.assign(absent, { resolve: absent }) };",
  );
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
