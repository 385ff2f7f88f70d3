import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { ROOT, runCli } from '../helpers/cli.js';

export const uriOf = (path: string) => pathToFileURL(path).href;

/** The date both the server and plan lint judge by. */
export const LSP_TODAY = '2026-11-25';

export const ACME = join('accounts', 'acme-fy2027.md');

/**
 * A copy of the example plans as a repo of its own, where ACME's plan has two defects: its G2 supports nothing of
 * its parent (a repo rule), and it has no Resources section (a fixable one). Returns the folder and ACME's text.
 */
export function exampleWorkspace(): { dir: string; acme: string } {
  const dir = mkdtempSync(join(tmpdir(), 'plan-lsp-'));
  for (const part of ['accounts', 'teams', 'company-fy2027.md']) cpSync(join(ROOT, 'examples', part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, '.git'));
  const acme = readFileSync(join(ROOT, 'examples', ACME), 'utf8')
    .replace('  - Supports: G3\n', '')
    .replace(/## Resources\n\n(?:- .*\n)+\n/, '');
  writeFileSync(join(dir, ACME), acme);
  return { dir, acme };
}

/**
 * A protocol client driving `plan lsp` (the built binary) over its standard input and output. Diagnostics are awaited
 * by the document version they were published for, never by time.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; done: (p: PublishDiagnosticsParams) => void }[] = [];
  stderr = '';

  constructor(env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [join(ROOT, 'bin', 'plan.cjs'), 'lsp', '--stdio'], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.test(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.done(params);
        }
      }
    });
    // The server asks to be told of file changes (workspace/didChangeWatchedFiles): accept.
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  /** The diagnostics published for this version of the document (or the first publication after now, without one). */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    const test = (p: PublishDiagnosticsParams) => version === undefined || p.version === version;
    const already = version === undefined ? undefined : this.published.get(uri)?.find(test);
    if (already) return Promise.resolve(already.diagnostics);
    return new Promise((done) => this.waiters.push({ uri, test, done: (p) => done(p.diagnostics) }));
  }

  /** The publication that clears a closed document's findings (it has no version). */
  closed(uri: string): Promise<Diagnostic[]> {
    return new Promise((done) => this.waiters.push({ uri, test: (p) => p.version === undefined, done: (p) => done(p.diagnostics) }));
  }

  lastDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    return this.published.get(uri)?.at(-1);
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((done) => this.child.on('exit', (code) => done(code)));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

/** What `plan lint` reports for a file of the workspace, in the protocol's terms. */
export function lintFindings(dir: string, file: string): { code: string; severity: number; message: string; range: Diagnostic['range'] }[] {
  const run = runCli(['lint', '.', '--format', 'json'], { cwd: dir, env: { PLAN_TODAY: LSP_TODAY } });
  const results = JSON.parse(run.stdout) as {
    filePath: string;
    messages: { ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number }[];
  }[];
  const result = results.find((r) => r.filePath === file);
  return (result?.messages ?? []).map((m) => ({
    code: m.ruleId,
    severity: m.severity === 2 ? 1 : 2,
    message: m.message,
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
  }));
}
