// Bundles the built CLI (dist/) into dist/bundle/ with esbuild: one file per entry plus shared chunks, so that
// `plan` starts without resolving and reading hundreds of small module files. Each command's code stays in its
// own chunk (the CLI imports commands lazily). bin/plan.js falls back to dist/cli/main.js without a fresh bundle.
import { rmSync } from 'node:fs';

const outdir = 'dist/bundle';
rmSync(outdir, { recursive: true, force: true });
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // A checkout whose node_modules predates the esbuild devDependency: the CLI runs unbundled, only slower to start.
  console.warn('bundle: esbuild is not installed (run npm install); bin/plan.js uses the unbundled dist/ instead');
  process.exit(0);
}
await build({
  // The worker sits beside the chunk that starts it (new URL('./worker.js', import.meta.url)).
  entryPoints: { cli: 'dist/cli/main.js', worker: 'dist/engine/worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  // Bundled CommonJS dependencies (gray-matter, js-yaml's users) call require() for Node's own modules.
  banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
  outExtension: { '.js': '.js' },
  logLevel: 'warning',
  plugins: [grayMatterWithoutItsYaml()],
  legalComments: 'none',
});

/**
 * gray-matter loads its own js-yaml 3 (and its full schema) at start-up for a default engine that plan never uses:
 * plan hands it js-yaml 5's safe `load`. In the bundle that copy is replaced by a stub that refuses to be used.
 */
function grayMatterWithoutItsYaml() {
  return {
    name: 'gray-matter-without-its-yaml',
    setup(build) {
      build.onResolve({ filter: /^js-yaml$/ }, (args) => (/[\\/]gray-matter[\\/]/.test(args.importer) ? { path: 'gray-matter-yaml', namespace: 'plan-stub' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'plan-stub' }, () => ({
        contents: "const unused = () => { throw new Error('plan passes gray-matter its own YAML engine'); }; module.exports = { safeLoad: unused, safeDump: unused };",
        loader: 'js',
      }));
    },
  };
}
