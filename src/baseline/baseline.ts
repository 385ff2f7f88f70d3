import { countsOf } from '../engine/run.js';
import type { Diagnostic, LintResult } from '../types.js';

/**
 * `.plan-baseline.json`: known findings per file and rule, each keyed by its line-independent anchor (item ID, section)
 * with a count, so that inserting lines above a finding does not make it new. Findings without an anchor are keyed by
 * their message with line numbers taken out.
 */
export interface Baseline {
  version: 1;
  files: Record<string, Record<string, Record<string, number>>>;
}

export interface BaselineEntry {
  file: string;
  ruleId: string;
  key: string;
  /** How many of the recorded findings were not seen. */
  count: number;
}

export interface BaselineMatch {
  /** Results with the baselined findings taken out (counts recomputed). */
  results: LintResult[];
  /** Entries (or parts of their counts) that no finding matched any more: fixed since the baseline was written. */
  gone: BaselineEntry[];
  /** The baseline with only what was matched: it can only shrink. */
  pruned: Baseline;
}

export function baselineKey(d: Diagnostic): string {
  return d.anchor ?? `message:${d.message.replace(/\b(line|lines|column) \d+/g, '$1 N')}`;
}

/** `file` of a result, as recorded: relative to the baseline's folder, with `/`. */
export type FileKey = (resultFile: string) => string;

export function createBaseline(results: readonly LintResult[], fileKey: FileKey): Baseline {
  const files: Baseline['files'] = {};
  for (const result of results) {
    for (const d of result.diagnostics) addCount(files, fileKey(result.file), d.ruleId, baselineKey(d), 1);
  }
  return { version: 1, files: sortedFiles(files) };
}

export function matchBaseline(results: readonly LintResult[], baseline: Baseline, fileKey: FileKey): BaselineMatch {
  const remaining = structuredClone(baseline.files);
  const used: Baseline['files'] = {};
  const filtered = results.map((result) => {
    const file = fileKey(result.file);
    const diagnostics = result.diagnostics.filter((d) => {
      const key = baselineKey(d);
      const left = remaining[file]?.[d.ruleId]?.[key] ?? 0;
      if (left === 0) return true;
      remaining[file]![d.ruleId]![key] = left - 1;
      addCount(used, file, d.ruleId, key, 1);
      return false;
    });
    return { ...result, diagnostics, ...countsOf(diagnostics) };
  });
  const linted = new Set(results.map((r) => fileKey(r.file)));
  const gone: BaselineEntry[] = [];
  for (const [file, rules] of Object.entries(remaining)) {
    // A file this run did not lint says nothing about its entries: keep them.
    if (!linted.has(file)) {
      for (const [ruleId, keys] of Object.entries(rules)) for (const [key, count] of Object.entries(keys)) addCount(used, file, ruleId, key, count);
      continue;
    }
    for (const [ruleId, keys] of Object.entries(rules)) for (const [key, count] of Object.entries(keys)) if (count > 0) gone.push({ file, ruleId, key, count });
  }
  return { results: filtered, gone, pruned: { version: 1, files: sortedFiles(used) } };
}

function addCount(files: Baseline['files'], file: string, ruleId: string, key: string, count: number): void {
  const keys = ((files[file] ??= {})[ruleId] ??= {});
  keys[key] = (keys[key] ?? 0) + count;
}

function sortedFiles(files: Baseline['files']): Baseline['files'] {
  const sortKeys = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return sortKeys(
    Object.fromEntries(
      Object.entries(files).map(([file, rules]) => [file, sortKeys(Object.fromEntries(Object.entries(rules).map(([rule, keys]) => [rule, sortKeys(keys)])))]),
    ),
  );
}
