import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import {
  CodeActionKind,
  type Connection,
  createConnection,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanModel } from '../model/types.js';
import { toLspDiagnostic, toPosition } from './convert.js';
import { codeActions } from './actions.js';
import { completions, documentSymbols } from './features.js';
import { definition, hover, references, rename, type RequestContext } from './requests.js';
import { Workspace } from './workspace.js';

/** What the client may pass in `initializationOptions`. */
interface ServerOptions {
  /** YYYY-MM-DD for the date rules (default: $PLAN_TODAY, else the clock), as `plan lint --today`. */
  today?: string;
  /** Changes this many milliseconds apart or closer are linted once typing pauses that long (default 50). */
  debounceMs?: number;
}

/**
 * `plan lint` as a language server over standard input and output. It owns no parsing or rules: it holds the
 * workspace's plans as the library reads them and asks the library for findings.
 */
export function startServer(connection: Connection = createConnection(process.stdin, process.stdout)): Promise<void> {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  let workspace: Workspace | undefined;
  let debounceMs = 50;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((done) => (markReady = done));
  let watchedByClient = false;

  const pathOf = (uri: string): string | undefined => (uri.startsWith('file:') ? resolve(fileURLToPath(uri)) : undefined);
  const uriOf = (plan: PlanModel) => pathToFileURL(workspace!.pathOf(plan)).href;
  const isPlanDocument = (document: TextDocument) => document.languageId === 'markdown' || /\.(?:md|markdown)$/i.test(document.uri);

  /** A failing request answers with an error naming it, and the server goes on. */
  const guard =
    <P, R>(name: string, handler: (params: P) => R) =>
    async (params: P): Promise<Awaited<R> | ResponseError<void>> => {
      try {
        await ready;
        return await handler(params);
      } catch (error) {
        const message = error instanceof ResponseError ? error.message : `${name} failed: ${error instanceof Error ? error.message : String(error)}`;
        connection.console.error(`plan lsp: ${message}`);
        return error instanceof ResponseError ? error : new ResponseError(ErrorCodes.InternalError, message);
      }
    };

  connection.onInitialize((params) => {
    const options = (params.initializationOptions ?? {}) as ServerOptions;
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) debounceMs = options.debounceMs;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const root = (folder && pathOf(folder)) ?? params.rootPath ?? process.cwd();
    workspace = new Workspace(root, options.today ?? (process.env.PLAN_TODAY || undefined));
    watchedByClient = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', ',', '#', ':'] },
        renameProvider: true,
      },
      serverInfo: { name: 'plan lsp' },
    };
  });

  connection.onInitialized(async () => {
    if (watchedByClient) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/.planrc*' }],
      });
    }
    try {
      await workspace!.load();
    } catch (error) {
      connection.window.showErrorMessage(`plan lsp: ${error instanceof Error ? error.message : String(error)}`);
    }
    markReady();
    for (const document of documents.all()) void lintNow(document.uri);
  });

  const publish = (uri: string, version: number | undefined, diagnostics: LspDiagnostic[]) =>
    void connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });

  /** The workspace holds each open plan's text as the editor has it, so that requests see what the writer sees. */
  const track = (document: TextDocument) => {
    const path = pathOf(document.uri);
    if (path && isPlanDocument(document)) workspace!.setOpen(path, document.version, document.getText());
  };

  const lintNow = async (uri: string): Promise<void> => {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    await ready;
    const path = pathOf(uri);
    const open = path ? workspace!.openPlan(path) : undefined;
    if (!open) return;
    const { version } = open;
    let diagnostics: LspDiagnostic[] = [];
    try {
      const result = workspace!.lint(open);
      const bom = open.text.startsWith('\uFEFF') ? 1 : 0;
      if (result && open.plan) diagnostics = result.diagnostics.map((d) => toLspDiagnostic(d, open.plan!.lines, bom, version));
      else if (open.problem) diagnostics = [problemDiagnostic(open.problem)];
    } catch (error) {
      diagnostics = [
        problemDiagnostic({ message: `This file could not be linted: ${error instanceof Error ? error.message : String(error)}`, line: 1, column: 1 }),
      ];
    }
    lintedAt.set(uri, performance.now());
    // Closed or changed again while it was linted: this result is out of date.
    if (documents.get(uri)?.version !== version) return;
    publish(uri, version, diagnostics);
  };

  /**
   * A change after a pause is linted at once; changes that follow within `debounceMs` wait until typing pauses
   * that long, so that a burst of keystrokes costs one lint, not one each.
   */
  const lintedAt = new Map<string, number>();
  const lintLater = (uri: string) => {
    const paused = !timers.has(uri) && performance.now() - (lintedAt.get(uri) ?? -Infinity) >= debounceMs;
    if (paused) return void lintNow(uri);
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => void lintNow(uri), debounceMs),
    );
  };

  /** Other plans changed (a save, a file on disk): every open plan is linted again, since repo rules read them all. */
  const lintOthers = (except?: string) => {
    for (const document of documents.all()) if (document.uri !== except) void lintNow(document.uri);
  };

  // The first content of a document (its opening) is linted at once, later changes once typing pauses.
  const linted = new Set<string>();
  documents.onDidChangeContent(({ document }) => {
    track(document);
    if (linted.has(document.uri)) return lintLater(document.uri);
    linted.add(document.uri);
    void lintNow(document.uri);
  });
  documents.onDidSave(async (event) => {
    await lintNow(event.document.uri);
    lintOthers(event.document.uri);
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    linted.delete(event.document.uri);
    lintedAt.delete(event.document.uri);
    const path = pathOf(event.document.uri);
    if (path) workspace?.close(path);
    publish(event.document.uri, undefined, []);
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    await ready;
    try {
      for (const change of params.changes) {
        const path = pathOf(change.uri);
        if (path) await workspace!.fileChanged(path, change.type === FileChangeType.Deleted);
      }
    } catch (error) {
      connection.window.showErrorMessage(`plan lsp: ${error instanceof Error ? error.message : String(error)}`);
    }
    lintOthers();
  });

  const planOf = (uri: string): PlanModel | undefined => {
    const path = pathOf(uri);
    return path ? workspace!.planAt(path) : undefined;
  };
  /** The answer on the request's plan with the graph of the workspace, or `none` when the document is no plan of it. */
  const on = <T, D>(uri: string, none: D, answer: (context: RequestContext) => T): T | D => {
    const plan = planOf(uri);
    return plan ? answer({ graph: workspace!.graph(), plan, uriOf, latestReading: (of, item) => workspace!.latestReading(of, item) }) : none;
  };

  connection.onCodeAction(
    guard('code action', (params) => {
      const plan = planOf(params.textDocument.uri);
      const document = documents.get(params.textDocument.uri);
      return plan && document ? codeActions(plan, document.uri, document.version, params.context.diagnostics) : [];
    }),
  );
  connection.onDefinition(guard('definition', ({ textDocument, position }) => on(textDocument.uri, null, (c) => definition(c, position))));
  connection.onReferences(
    guard('references', ({ textDocument, position, context }) => on(textDocument.uri, [], (c) => references(c, position, context.includeDeclaration))),
  );
  connection.onHover(guard('hover', ({ textDocument, position }) => on(textDocument.uri, null, (c) => hover(c, position))));
  connection.onRenameRequest(guard('rename', ({ textDocument, position, newName }) => on(textDocument.uri, null, (c) => rename(c, position, newName))));
  connection.onDocumentSymbol(guard('document symbols', ({ textDocument }) => on(textDocument.uri, [], (c) => documentSymbols(c.plan))));
  connection.onCompletion(
    guard('completion', ({ textDocument, position }) => {
      const document = documents.get(textDocument.uri);
      const before = document?.getText({ start: { line: position.line, character: 0 }, end: position }) ?? '';
      return on(textDocument.uri, [], (c) => completions(c.graph, c.plan, position.line + 1, before));
    }),
  );

  documents.listen(connection);
  connection.listen();
  return new Promise((done) => connection.onExit(() => done()));
}

function problemDiagnostic(problem: { message: string; line: number; column: number }): LspDiagnostic {
  const at = toPosition({ line: problem.line, column: problem.column });
  return { range: { start: at, end: at }, severity: DiagnosticSeverity.Error, source: 'plan', message: problem.message };
}
