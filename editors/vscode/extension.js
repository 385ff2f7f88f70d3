'use strict';
// Starts `plan lsp` (the language server that ships with plan) for Markdown files; the server does all the work.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { workspace, window } = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** The plan executable: the setting, else the workspace's own install, else the one on the PATH. */
function planCommand() {
  const configured = workspace.getConfiguration('plan').get('path');
  if (configured) return configured;
  for (const folder of workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'plan.cmd' : 'plan');
    if (existsSync(local)) return local;
  }
  return 'plan';
}

async function activate(context) {
  const command = planCommand();
  const today = workspace.getConfiguration('plan').get('today');
  const server = { command, args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  client = new LanguageClient('plan', 'plan', server, {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    initializationOptions: today ? { today } : {},
  });
  try {
    await client.start();
  } catch (error) {
    window.showErrorMessage(`plan: could not start "${command} lsp" (${error instanceof Error ? error.message : String(error)}); install plan-lint or set plan.path`);
  }
  context.subscriptions.push({ dispose: () => client?.stop() });
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
