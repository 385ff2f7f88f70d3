import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbolRequest,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  ReferencesRequest,
  RenameRequest,
  type CodeAction,
  type Diagnostic,
  type CompletionItem,
  type Location,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { exampleWorkspace, lintFindings, LSP_TODAY, LspClient, uriOf } from './client.js';

const TODAY = LSP_TODAY;
let dir: string;
let client: LspClient;
const acmePath = () => join(dir, 'accounts', 'acme-fy2027.md');
const emeaPath = () => join(dir, 'teams', 'emea-enterprise-fy2027.md');

const essentials = (diagnostics: Diagnostic[]) => diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range }));

function applyEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const edits =
    edit.documentChanges?.flatMap((change) => ('edits' in change && change.textDocument.uri === uri ? change.edits : [])) ?? edit.changes?.[uri] ?? [];
  // The server sends plain text edits only (no snippets).
  if (!edits.every((e) => 'newText' in e)) throw new Error('a snippet edit');
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits as TextEdit[]);
}

describe('plan lsp over stdio', () => {
  let acme: string;
  let version = 1;

  beforeAll(async () => {
    ({ dir, acme } = exampleWorkspace());
    client = new LspClient({ PLAN_TODAY: TODAY });
    const init = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(dir),
      workspaceFolders: [{ uri: uriOf(dir), name: 'plans' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    expect(init.capabilities.definitionProvider).toBe(true);
    await client.connection.sendNotification(InitializedNotification.type, {});
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: uriOf(acmePath()), languageId: 'markdown', version, text: acme },
    });
  });

  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('publishes on open the findings plan lint reports for the saved file, with rule id, severity and rule docs', async () => {
    const diagnostics = await client.diagnostics(uriOf(acmePath()), version);
    const expected = lintFindings(dir, acmePath());
    expect(expected.map((d) => d.code).sort()).toEqual(['required-section', 'supports-parent']);
    expect(essentials(diagnostics)).toEqual(expected);
    for (const d of diagnostics) {
      expect(d.source).toBe('plan');
      expect(d.codeDescription?.href).toBe(`https://github.com/plan-lint/plan/blob/main/docs/rules/${d.code}.md`);
    }
  });

  it('lints a change, and a code action applies the rule fix', async () => {
    const uri = uriOf(acmePath());
    const diagnostics = await client.diagnostics(uri, version);
    const missing = diagnostics.find((d) => d.code === 'required-section')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: missing.range,
      context: { diagnostics: [missing] },
    })) as CodeAction[];
    // The finding is in the front matter (YAML), where no HTML comment can disable it.
    expect(actions.map((a) => a.title)).toEqual([`Fix: ${missing.message}`]);
    acme = applyEdit(acme, uri, actions[0]!.edit!);
    expect(acme).toMatch(/^## Resources$/m);
    version++;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: acme }] });
    // The fix adds the section with a placeholder to fill in, as plan lint --fix does.
    expect((await client.diagnostics(uri, version)).map((d) => d.code)).toEqual(['supports-parent', 'empty-section']);
  });

  it('"disable RULE for this line" silences that finding and adds none', async () => {
    const uri = uriOf(acmePath());
    const finding = (await client.diagnostics(uri, version)).find((d) => d.code === 'supports-parent');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: finding!.range,
      context: { diagnostics: [finding!] },
    })) as CodeAction[];
    const disable = actions.find((a) => a.title === 'Disable supports-parent for this line')!;
    const disabled = applyEdit(acme, uri, disable.edit!);
    expect(disabled).toContain('<!-- plan-lint-disable-next-line supports-parent -->\n- **G2**');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text: disabled }],
    });
    expect((await client.diagnostics(uri, version)).map((d) => d.code)).toEqual(['empty-section']);
    // Back to the text with the finding, for the tests below.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text: acme }],
    });
    expect((await client.diagnostics(uri, version)).map((d) => d.code)).toEqual(['supports-parent', 'empty-section']);
  });

  it('goes to the definition of a parent goal in another file, and of the parent plan', async () => {
    const uri = uriOf(acmePath());
    const line = acme.split('\n').indexOf('  - Supports: G1');
    const found = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line, character: 15 } })) as Location;
    expect(found.uri).toBe(uriOf(emeaPath()));
    expect(found.range.start.line).toBe(31); // "- **G1** Grow EMEA enterprise ARR…"
    const parentLine = acme.split('\n').indexOf('parent: emea-enterprise-fy2027');
    const parent = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: { line: parentLine, character: 10 },
    })) as Location;
    expect(parent.uri).toBe(uriOf(emeaPath()));
  });

  it("completes the parent plan's goals in Supports:, with their statements", async () => {
    const uri = uriOf(acmePath());
    const line = acme.split('\n').indexOf('  - Supports: G1');
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character: '  - Supports: '.length },
    })) as CompletionItem[];
    expect(items.map((i) => i.label)).toEqual(['G1', 'G2', 'G3']);
    expect(items[2]!.detail).toBe('Raise EMEA gross revenue retention from 89% to 93% by 2027-12-31.');
  });

  it('answers on the text as just typed, before its findings come', async () => {
    const uri = uriOf(acmePath());
    const typed = acme.replace('  - Owner: Dana Reyes\n\n## Objectives', '  - Owner: Dana Reyes\n  - Supports: \n\n## Objectives');
    const line = typed.split('\n').indexOf('  - Supports: ');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text: typed }],
    });
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line, character: '  - Supports: '.length },
    })) as CompletionItem[];
    expect(items.map((i) => i.label)).toEqual(['G1', 'G2', 'G3']);
    await client.diagnostics(uri, version);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text: acme }],
    });
    await client.diagnostics(uri, version);
  });

  it('shows the referenced item on hover', async () => {
    const uri = uriOf(acmePath());
    const line = acme.split('\n').indexOf('  - Supports: G1');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 15 } });
    expect((hover!.contents as { value: string }).value).toContain('**emea-enterprise-fy2027#G1** Grow EMEA enterprise ARR from $12M to $15.5M by 2027-12-31.');
  });

  it('lists the outline and the references of a goal across plans', async () => {
    const uri = uriOf(acmePath());
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as {
      name: string;
      children?: { name: string }[];
    }[];
    expect(symbols.find((s) => s.name === 'Goals')!.children!.map((c) => c.name)).toEqual(['G1', 'G2']);
    const emeaText = readFileSync(emeaPath(), 'utf8').split('\n');
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uriOf(emeaPath()) },
      position: { line: emeaText.indexOf(emeaText.find((l) => l.startsWith('- **G1**'))!), character: 4 },
      context: { includeDeclaration: false },
    })) as Location[];
    const places = refs.map((r) => `${r.uri.slice(uriOf(dir).length + 1)}:${r.range.start.line + 1}:${r.range.start.character + 1}`).sort();
    expect(places).toEqual([
      'accounts/acme-fy2027.md:33:15',
      'accounts/globex-fy2027.md:38:15',
      'teams/emea-enterprise-fy2027.md:55:12',
      'teams/emea-enterprise-fy2027.md:58:12',
    ]);
  });

  it('renames a goal ID across the plans that reference it, as one workspace edit', async () => {
    const uri = uriOf(acmePath());
    const line = acme.split('\n').indexOf('  - Supports: G1');
    const edit = (await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position: { line, character: 15 },
      newName: 'G7',
    })) as WorkspaceEdit;
    const emea = readFileSync(emeaPath(), 'utf8');
    const renamed = applyEdit(emea, uriOf(emeaPath()), edit);
    expect(renamed).toContain('- **G7** Grow EMEA enterprise ARR');
    expect(renamed).toMatch(/- Goals: G7\b/);
    expect(renamed).toContain('  - Supports: G1\n'); // the company's G1, not this one
    expect(applyEdit(acme, uri, edit)).toContain('  - Supports: G7\n');
    expect(Object.keys(edit.changes!).sort()).toEqual(
      [uriOf(join(dir, 'accounts', 'acme-fy2027.md')), uriOf(join(dir, 'accounts', 'globex-fy2027.md')), uriOf(emeaPath())].sort(),
    );
    await expect(
      client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: { line, character: 15 }, newName: 'G2' }),
    ).rejects.toThrow('emea-enterprise-fy2027 already has an item G2');
  });

  it('lints the open plan again when a plan it depends on changes on disk', async () => {
    const uri = uriOf(acmePath());
    // EMEA's G1 goes away: ACME's "Supports: G1" now names nothing.
    const emea = readFileSync(emeaPath(), 'utf8');
    writeFileSync(emeaPath(), emea.replace('- **G1** Grow EMEA', '- **G8** Grow EMEA'));
    const next = client.diagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(emeaPath()), type: FileChangeType.Changed }] });
    const diagnostics = await next;
    writeFileSync(acmePath(), acme);
    expect(essentials(diagnostics)).toEqual(lintFindings(dir, acmePath()));
    expect(diagnostics.map((d) => d.code)).toContain('unresolved-reference');
    writeFileSync(emeaPath(), emea);
  });

  it('shows an unusable config on the open plan, and lints again once it is fixed', async () => {
    const uri = uriOf(acmePath());
    const config = join(dir, '.planrc.json');
    writeFileSync(config, '{"rules": {"no-such-rule": "error"}}\n');
    const broken = client.diagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(config), type: FileChangeType.Created }] });
    expect((await broken).map((d) => d.message)).toEqual([
      `The plan config cannot be used: ${config}: rules.no-such-rule: unknown rule "no-such-rule" (run "plan rules" for the list)`,
    ]);
    writeFileSync(config, '{"rules": {"supports-parent": "warn"}}\n');
    const fixed = client.diagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(config), type: FileChangeType.Changed }] });
    const diagnostics = await fixed;
    expect(diagnostics.find((d) => d.code === 'supports-parent')?.severity).toBe(2);
    expect(essentials(diagnostics)).toEqual(lintFindings(dir, acmePath()));
  });

  it('answers a request that fails with an error and goes on', async () => {
    const uri = uriOf(acmePath());
    await expect(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: null as never })).rejects.toThrow(/hover failed/);
    const line = acme.split('\n').indexOf('  - Supports: G1');
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 15 } })).not.toBeNull();
  });

  it('gives huge and hostile buffers the file limits, and drops the result of a plan closed before it was linted', async () => {
    const huge = uriOf(join(dir, 'huge.md'));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: huge, languageId: 'markdown', version: 1, text: `---\nkind: account\n---\n${'x'.repeat(6 * 1024 * 1024)}\n` },
    });
    expect((await client.diagnostics(huge, 1)).map((d) => d.message)).toEqual([
      'This file is 6 MB, over the 2 MB limit for a plan (raise "maxFileSize" in .planrc to read it)',
    ]);
    const deep = uriOf(join(dir, 'deep.md'));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: deep, languageId: 'markdown', version: 1, text: `---\nkind: account\n---\n\n${'> '.repeat(150)}x\n` },
    });
    expect((await client.diagnostics(deep, 1)).map((d) => [d.message, d.range.start.line])).toEqual([
      ['This file nests lists or block quotes 150 deep; plan reads at most 32 levels', 4],
    ]);
    // Changed and closed at once: whether the change was linted before the closing or not, the plan gets no findings
    // after its closing.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: huge, version: 2 },
      contentChanges: [{ text: acme }],
    });
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: huge, version: 3 },
      contentChanges: [{ text: `${acme}\n` }],
    });
    const closed = client.closed(huge);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: huge } });
    expect(await closed).toEqual([]);
    // Another plan's save is linted and published after the close: by then a stale result would have come.
    const uri = uriOf(acmePath());
    const saved = client.diagnostics(uri);
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await saved;
    expect(client.lastDiagnostics(huge)?.diagnostics).toEqual([]);
  });
});
