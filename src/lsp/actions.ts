import { type CodeAction, CodeActionKind, type Diagnostic as LspDiagnostic, type TextEdit } from 'vscode-languageserver';
import type { PlanModel } from '../model/types.js';
import type { FindingData } from './convert.js';

/**
 * The quick fixes of the plan's findings: the rule's own fix, and "disable RULE for this line" as a
 * `<!-- plan-lint-disable-next-line RULE -->` line above it. Findings published for an older version of the text
 * get none: their ranges and fixes are of a text that is gone.
 */
export function codeActions(plan: PlanModel, uri: string, version: number, diagnostics: LspDiagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ documentChanges: [{ textDocument: { uri, version }, edits }] });
  const bodyStart = plan.frontMatter.present ? plan.lines.point(plan.frontMatter.endOffset).line : 1;
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as FindingData | undefined;
    if (diagnostic.source !== 'plan' || typeof diagnostic.code !== 'string' || data?.version !== version) continue;
    if (data.fix)
      actions.push({
        title: `Fix: ${diagnostic.message}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: edit([data.fix]),
      });
    const line = diagnostic.range.start.line + 1;
    // Front matter is YAML, and a line inserted into a table ends the table: a comment cannot go there.
    if (line < bodyStart || inTable(plan, line)) continue;
    const indent = /^[ \t]*/.exec(plan.lines.lineText(line))![0];
    const at = { line: line - 1, character: 0 };
    actions.push({
      title: `Disable ${diagnostic.code} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit([{ range: { start: at, end: at }, newText: `${indent}<!-- plan-lint-disable-next-line ${diagnostic.code} -->\n` }]),
    });
  }
  return actions;
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** A line of a GFM table: it and the lines up to the table's delimiter row (above or just below it) hold pipes. */
function inTable(plan: PlanModel, line: number): boolean {
  const text = (n: number) => (n >= 1 && n <= plan.lines.lineCount ? plan.lines.lineText(n) : '');
  if (!text(line).includes('|')) return false;
  if (DELIMITER_ROW.test(text(line + 1))) return true;
  for (let n = line; n >= 1 && text(n).includes('|'); n--) if (DELIMITER_ROW.test(text(n))) return true;
  return false;
}
