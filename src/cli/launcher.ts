// What bin/plan.cjs needs before the CLI itself, bundled as one small CommonJS file (dist/bundle/launcher.cjs):
// handing a lint run to the daemon, and loading the CLI bundle with its compiled-code cache. One file, because each
// file a start-up loads costs it ~0.4 ms, and both need env-paths.
export { runInDaemon } from '../daemon/client.js';
export { commandKey, compileCacheDir, loadCachedScript } from './code-cache.js';
