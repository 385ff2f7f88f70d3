import { type Diagnostic as LspDiagnostic, DiagnosticSeverity, type Position, type Range } from 'vscode-languageserver';
import type { Diagnostic, Fix, Point, Span } from '../types.js';
import type { LineIndex } from '../parse/lines.js';

/** The library's 1-based line and column (UTF-16 units, as JavaScript strings count) to the protocol's 0-based position. */
export function toPosition(point: Point): Position {
  return { line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1) };
}

export function toRange(span: Span): Range {
  return { start: toPosition(span.start), end: toPosition(span.end) };
}

export function toPoint(position: Position): Point {
  return { line: position.line + 1, column: position.character + 1 };
}

/** What a code action needs of a finding: the document version it was found in, its fix as a text edit of that text. */
export interface FindingData {
  version: number;
  fix?: { range: Range; newText: string };
}

/** One finding as the protocol shows it: rule id as the code, a link to the rule's docs, the fix kept in `data`. */
export function toLspDiagnostic(diagnostic: Diagnostic, lines: LineIndex, bomOffset: number, version: number): LspDiagnostic {
  const lsp: LspDiagnostic = {
    range: shifted({ start: toPosition(diagnostic.start), end: toPosition(diagnostic.end) }, bomOffset),
    severity: diagnostic.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: diagnostic.ruleId,
    source: 'plan',
    message: diagnostic.message,
    data: (diagnostic.fix ? { version, fix: fixEdit(diagnostic.fix, lines, bomOffset) } : { version }) satisfies FindingData,
  };
  if (diagnostic.docsUrl) lsp.codeDescription = { href: diagnostic.docsUrl };
  return lsp;
}

/** A fix's offsets are into the text without its BOM; the buffer may have one. */
function fixEdit(fix: Fix, lines: LineIndex, bomOffset: number): { range: Range; newText: string } {
  return { range: shifted({ start: toPosition(lines.point(fix.range[0])), end: toPosition(lines.point(fix.range[1])) }, bomOffset), newText: fix.text };
}

function shifted(range: Range, bomOffset: number): Range {
  if (bomOffset === 0) return range;
  const shift = (p: Position) => (p.line === 0 ? { line: 0, character: p.character + bomOffset } : p);
  return { start: shift(range.start), end: shift(range.end) };
}
