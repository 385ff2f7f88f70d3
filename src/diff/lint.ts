import { anchorOf } from '../rules/define.js';
import type { Diagnostic } from '../types.js';

/**
 * Findings NEW introduces and those it fixes. A finding is the same on both sides when its rule and its anchor (an
 * item ID, a section, a front matter key) are, or without an anchor its message with line numbers taken out: lines
 * that merely shifted are no change.
 */
export function diffLint(
  oldDiagnostics: Diagnostic[],
  newDiagnostics: Diagnostic[],
  renames: ReadonlyMap<string, string> = new Map(),
): { introduced: Diagnostic[]; fixed: Diagnostic[] } {
  // An old finding about a renamed item is the same finding as the new one about it under its new ID.
  const oldIdentity = (d: Diagnostic) => identity(d, renames);
  const newIdentity = (d: Diagnostic) => identity(d, new Map());
  return {
    introduced: without(newDiagnostics, newIdentity, oldDiagnostics, oldIdentity),
    fixed: without(oldDiagnostics, oldIdentity, newDiagnostics, newIdentity),
  };
}

function identity(d: Diagnostic, renames: ReadonlyMap<string, string>): string {
  const anchor = d.anchor?.replace(/^item:(.+)$/, (whole, id: string) => anchorOf.item(renames.get(id)) ?? whole);
  return `${d.ruleId}\u0000${anchor ?? d.message.replace(/\bline \d+(?::\d+)?/g, 'line')}`;
}

type Identity = (d: Diagnostic) => string;

/** The findings of `from` left once each one of `other` has cancelled one with the same identity. */
function without(from: Diagnostic[], fromIdentity: Identity, other: Diagnostic[], otherIdentity: Identity): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of other) counts.set(otherIdentity(d), (counts.get(otherIdentity(d)) ?? 0) + 1);
  return from.filter((d) => {
    const n = counts.get(fromIdentity(d)) ?? 0;
    if (n === 0) return true;
    counts.set(fromIdentity(d), n - 1);
    return false;
  });
}
