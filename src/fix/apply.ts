import type { Diagnostic, Fix } from '../types.js';

export interface AppliedFixes {
  text: string;
  /** Findings whose fix was applied. */
  applied: Diagnostic[];
  /** Findings whose fix overlapped one applied before it; the next pass gets them. */
  deferred: Diagnostic[];
}

/**
 * Applies the fixes of `diagnostics` to `text` in one go, in offset order. A fix whose range overlaps one already taken
 * is deferred (as in ESLint); insertions at the same offset are kept in finding order, so that missing sections land in
 * canonical order. Fix text is written with `\n` and converted to the text's line break.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): AppliedFixes {
  // The text's own line break, so inserted lines match the file (a CRLF file stays CRLF).
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const withFix = diagnostics.filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined && isValidRange(d.fix, text.length));
  const ordered = withFix
    .map((d, order) => ({ d, order }))
    .sort((a, b) => a.d.fix.range[0] - b.d.fix.range[0] || a.d.fix.range[1] - b.d.fix.range[1] || a.order - b.order);
  const applied: Diagnostic[] = [];
  const deferred: Diagnostic[] = [];
  const parts: string[] = [];
  let position = 0;
  for (const { d } of ordered) {
    const [start, end] = d.fix.range;
    if (start < position) {
      deferred.push(d);
      continue;
    }
    parts.push(text.slice(position, start), eol === '\n' ? d.fix.text : d.fix.text.replace(/\r\n|\r|\n/g, eol));
    position = end;
    applied.push(d);
  }
  parts.push(text.slice(position));
  return { text: parts.join(''), applied, deferred };
}

function isValidRange(fix: Fix, length: number): boolean {
  const [start, end] = fix.range;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
}
