#!/usr/bin/env node
'use strict';
// CommonJS, as is the bundle it runs: a start-up that loads no ES module skips setting up Node's module loader.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
const bundle = join(dist, 'bundle', 'cli.cjs');

// V8 compiles a regular expression twice by default: to bytecode on its first use, to machine code on its second.
// chrono-node's date patterns are long case-insensitive alternations, and compiling them twice cost a one-plan lint
// ~40 ms; compiling once, to machine code, measured the same as before on 1,000 plans. (Not needed by a run that the
// daemon does: the daemon sets it for itself.)
function noRegexpTierUp() {
  require('node:v8').setFlagsFromString('--no-regexp-tier-up');
}

async function run() {
  // The bundle starts faster; it is used whenever the package has one. `npm run build` remakes it with dist/, and an
  // installed package's file times say nothing (npm sets them all alike), so they are not compared.
  if (existsSync(bundle)) {
    // With `plan daemon start`, lint runs go to the resident process, which has the CLI loaded and the cache in memory.
    const { commandKey, compileCacheDir, loadCachedScript, runInDaemon } = require(join(dist, 'bundle', 'launcher.cjs'));
    if (process.argv[2] === 'lint') {
      const code = await runInDaemon(process.argv.slice(2), bundle);
      if (code !== undefined) return code;
    }
    noRegexpTierUp();
    const cli = loadCachedScript(bundle, { cacheDir: compileCacheDir(), key: commandKey(process.argv) });
    const code = await cli.exports.main(process.argv);
    cli.save();
    return code;
  }
  noRegexpTierUp();
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
