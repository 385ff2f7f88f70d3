// The language server (`plan lsp`) on a corpus, driven as an editor drives it: over stdio, with the protocol's own
// client library. Measures the workspace load (start to the first diagnostics of an opened plan), the diagnostics of
// that plan after a change once loaded (each change typed after a pause, as a writer stops to read: the server lints
// such a change at once, and only a burst of changes waits for its 50 ms debounce), and the server's peak memory.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

/** Returns { loadSeconds, changeSeconds (median), changes, peakMb }. */
export async function benchLsp({ planBin, peakModule, dir, files, today, scratch, changes = 20 }) {
  const peakFile = join(scratch, 'lsp-peak');
  rmSync(peakFile, { force: true });
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', peakModule, planBin, 'lsp', '--stdio'], {
    cwd: dir,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, PLAN_BENCH_PEAK_FILE: peakFile, PLAN_TODAY: today, PLAN_DAEMON: '0' },
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const key = `${params.uri} ${params.version}`;
    waiting.get(key)?.(process.hrtime.bigint());
    waiting.delete(key);
  });
  connection.listen();
  const published = (uri, version) => new Promise((done) => waiting.set(`${uri} ${version}`, done));
  const seconds = (from, to) => Number(to - from) / 1e9;

  const file = files[Math.floor(files.length / 2)];
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
    initializationOptions: {},
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const opened = published(uri, 1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const loadSeconds = seconds(started, await opened);

  const times = [];
  for (let version = 2; version < changes + 2; version++) {
    await new Promise((pause) => setTimeout(pause, 100));
    const arrived = published(uri, version);
    const sent = process.hrtime.bigint();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text: `${text}\nEdited ${version}.\n` }],
    });
    times.push(seconds(sent, await arrived));
  }
  const exited = new Promise((done) => child.on('exit', done));
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await exited;
  connection.dispose();
  times.sort((a, b) => a - b);
  let peakMb = NaN;
  try {
    peakMb = Number(readFileSync(peakFile, 'utf8')) / 1024;
  } catch {}
  return { loadSeconds, changeSeconds: times[times.length >> 1], changes, peakMb };
}

/**
 * The scenario `npm run bench` reports: the corpus is copied out of the repo (whose .gitignore lists bench/.corpus,
 * and an editor's workspace honours it), and compared with the cold `plan lint` of the same plans. Returns the rows.
 */
export async function lspScenario(corpus, context) {
  const dir = join(context.scratch, 'lsp-corpus');
  cpSync(corpus.dir, dir, { recursive: true });
  const files = corpus.files.map((file) => join(dir, relative(corpus.dir, file)));
  const result = await benchLsp({ ...context, dir, files });
  rmSync(dir, { recursive: true, force: true });
  const n = files.length;
  const cold = corpus.plan.seconds;
  console.log(
    `plan lsp, ${n} plans: workspace load ${result.loadSeconds.toFixed(2)} s (${(result.loadSeconds / cold).toFixed(2)}x plan lint's ${cold.toFixed(2)} s); ` +
      `one plan's diagnostics after a change ${(result.changeSeconds * 1000).toFixed(0)} ms (median of ${result.changes}); peak memory ${Math.round(result.peakMb)} MB`,
  );
  return [
    {
      what: `plan lsp, ${n} plans: workspace load to the first diagnostics`,
      plan: { seconds: result.loadSeconds, peakMb: result.peakMb },
      ratio: result.loadSeconds / cold,
      ratioOf: 'plan lint',
      other: cold,
    },
    {
      what: `plan lsp, ${n} plans: one plan's diagnostics after a change (typed after a pause)`,
      plan: { seconds: result.changeSeconds, peakMb: result.peakMb },
    },
  ];
}
