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
  type Location,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic as LspDiagnostic,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanModel } from '../model/types.js';
import { isValidId, idKey } from '../model/ids.js';
import { toLspDiagnostic, toPoint, toPosition, toRange } from './convert.js';
import { codeActions } from './actions.js';
import { completions, documentSymbols, hoverText } from './features.js';
import { occurrencesOf, resolveTarget, targetAt, type Occurrence } from './navigation.js';
import { Workspace } from './workspace.js';
import { findItem } from '../repo/graph.js';

/** What the client may pass in `initializationOptions`. */
interface ServerOptions {
  /** YYYY-MM-DD for the date rules (default: $PLAN_TODAY, else the clock), as `plan lint --today`. */
  today?: string;
  /** Milliseconds to wait after a change before linting (default 50). */
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
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/.planrc*' }] });
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
      diagnostics = [problemDiagnostic({ message: `This file could not be linted: ${error instanceof Error ? error.message : String(error)}`, line: 1, column: 1 })];
    }
    // Closed or changed again while it was linted: this result is out of date.
    if (documents.get(uri)?.version !== version) return;
    publish(uri, version, diagnostics);
  };

  const lintLater = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => void lintNow(uri), debounceMs));
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
  const location = (plan: PlanModel, range = toRange({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })): Location => ({ uri: uriOf(plan), range });
  const occurrenceLocation = (occurrence: Occurrence): Location => location(occurrence.plan, toRange(occurrence.span));

  connection.onCodeAction(
    guard('code action', (params) => {
      const plan = planOf(params.textDocument.uri);
      const document = documents.get(params.textDocument.uri);
      return plan && document ? codeActions(plan, document.uri, document.version, params.context.diagnostics) : [];
    }),
  );

  connection.onDefinition(
    guard('definition', (params) => {
      const plan = planOf(params.textDocument.uri);
      const target = plan && targetAt(plan, toPoint(params.position));
      if (!plan || !target) return null;
      const resolved = resolveTarget(workspace!.graph(), plan, target);
      if (!resolved) return null;
      if (!resolved.item) return location(resolved.plan);
      return location(resolved.plan, toRange(resolved.item.span));
    }),
  );

  connection.onReferences(
    guard('references', (params) => {
      const plan = planOf(params.textDocument.uri);
      const target = plan && targetAt(plan, toPoint(params.position));
      const resolved = plan && target ? resolveTarget(workspace!.graph(), plan, target) : undefined;
      if (!resolved?.item) return [];
      return occurrencesOf(workspace!.graph(), { plan: resolved.plan, item: resolved.item })
        .filter((occurrence) => params.context.includeDeclaration || !occurrence.declaration)
        .map(occurrenceLocation);
    }),
  );

  connection.onDocumentSymbol(
    guard('document symbols', (params) => {
      const plan = planOf(params.textDocument.uri);
      return plan ? documentSymbols(plan) : [];
    }),
  );

  connection.onHover(
    guard('hover', (params) => {
      const plan = planOf(params.textDocument.uri);
      const target = plan && targetAt(plan, toPoint(params.position));
      if (!plan || !target || target.kind === 'item') return null;
      const resolved = resolveTarget(workspace!.graph(), plan, target);
      const span = target.kind === 'reference' ? target.ref.span : target.span;
      return resolved ? { contents: hoverText(resolved), range: toRange(span) } : null;
    }),
  );

  connection.onCompletion(
    guard('completion', (params) => {
      const document = documents.get(params.textDocument.uri);
      const plan = planOf(params.textDocument.uri);
      if (!document || !plan) return [];
      const before = document.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
      return completions(workspace!.graph(), plan, params.position.line + 1, before);
    }),
  );

  connection.onRenameRequest(
    guard('rename', (params) => {
      const plan = planOf(params.textDocument.uri);
      const target = plan && targetAt(plan, toPoint(params.position));
      const resolved = plan && target ? resolveTarget(workspace!.graph(), plan, target) : undefined;
      if (!resolved?.item?.id) throw new ResponseError(ErrorCodes.InvalidRequest, 'Put the cursor on an item ID or a reference to one to rename it');
      const newId = params.newName.trim();
      if (!isValidId(newId)) throw new ResponseError(ErrorCodes.InvalidParams, `"${newId}" is not an item ID (a prefix and a number, such as G4 or OPP-2)`);
      if (idKey(newId) !== idKey(resolved.item.id) && findItem(resolved.plan, newId)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `${resolved.plan.id} already has an item ${newId}`);
      }
      const changes: Record<string, TextEdit[]> = {};
      for (const occurrence of occurrencesOf(workspace!.graph(), { plan: resolved.plan, item: resolved.item })) {
        (changes[uriOf(occurrence.plan)] ??= []).push({ range: toRange(occurrence.span), newText: newId });
      }
      return { changes };
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
