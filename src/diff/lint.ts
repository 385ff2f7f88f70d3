import type { Diagnostic } from '../types.js';

/**
 * Findings NEW introduces and those it fixes. A finding is the same on both sides when its rule and its anchor (an
 * item ID, a section, a front matter key) are, or without an anchor its message with line numbers taken out: lines
 * that merely shifted are no change.
 */
export function diffLint(oldDiagnostics: Diagnostic[], newDiagnostics: Diagnostic[]): { introduced: Diagnostic[]; fixed: Diagnostic[] } {
  return { introduced: without(newDiagnostics, oldDiagnostics), fixed: without(oldDiagnostics, newDiagnostics) };
}

function identity(d: Diagnostic): string {
  return `${d.ruleId}\u0000${d.anchor ?? d.message.replace(/\bline \d+(?::\d+)?/g, 'line')}`;
}

/** The findings of `from` left once each one of `other` has cancelled one with the same identity. */
function without(from: Diagnostic[], other: Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of other) counts.set(identity(d), (counts.get(identity(d)) ?? 0) + 1);
  return from.filter((d) => {
    const n = counts.get(identity(d)) ?? 0;
    if (n === 0) return true;
    counts.set(identity(d), n - 1);
    return false;
  });
}
