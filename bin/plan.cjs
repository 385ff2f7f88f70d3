#!/usr/bin/env node
'use strict';
// CommonJS, as is the bundle it runs: a start-up that loads no ES module skips setting up Node's module loader.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// Node >= 22.1 keeps the compiled code of the modules it loads on disk; older Nodes compile at each start.
require('node:module').enableCompileCache?.();

// The package holds the bundle (npm run build makes it): one file loads faster than the hundreds it is made of.
// Without it (esbuild not installed), the compiled modules run as they are.
const bundle = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');

async function run() {
  if (existsSync(bundle)) return require(bundle).main(process.argv);
  const { main } = await import('../dist/cli/main.js');
  return main(process.argv);
}

run().then(
  (code) => (process.exitCode = code),
  (error) => {
    // main() reports every failure itself; this is a bug in plan or a broken install. One line, no stack trace.
    process.stderr.write(`plan: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
