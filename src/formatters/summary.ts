import type { Diagnostic, LintResult } from '../types.js';

export interface Totals {
  errors: number;
  warnings: number;
  files: number;
  filesWithFindings: number;
}

export function totals(results: LintResult[]): Totals {
  return {
    errors: results.reduce((n, r) => n + r.errorCount, 0),
    warnings: results.reduce((n, r) => n + r.warningCount, 0),
    files: results.length,
    filesWithFindings: results.filter((r) => r.diagnostics.length > 0).length,
  };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Each rule that has findings, once, with its documentation link, in order of first appearance. */
export function rulesWithDocs(results: LintResult[]): { ruleId: string; docsUrl: string }[] {
  const seen = new Map<string, string>();
  for (const d of results.flatMap((r) => r.diagnostics)) if (d.docsUrl && !seen.has(d.ruleId)) seen.set(d.ruleId, d.docsUrl);
  return [...seen].map(([ruleId, docsUrl]) => ({ ruleId, docsUrl }));
}

export function severityWord(d: Diagnostic): 'error' | 'warning' {
  return d.severity === 'error' ? 'error' : 'warning';
}
