import { resolve } from 'node:path';
import type { LintRun } from '../api.js';
import { matchBaseline } from '../baseline/baseline.js';
import { fileKeyFor, readBaseline, writeBaseline } from '../baseline/file.js';
import { escapeTerminal } from '../text/escape.js';
import type { Io } from './io.js';

/**
 * `plan lint --baseline F`: only findings not in the baseline are reported; entries no finding matches any more are
 * named (they were fixed); with `--prune-baseline` the file is rewritten without them (it only ever shrinks).
 */
export function baselineStep(run: LintRun, baselineFile: string, prune: boolean, io: Io): LintRun {
  const path = resolve(io.cwd, baselineFile);
  const baseline = readBaseline(path, baselineFile);
  const match = matchBaseline(run.results, baseline, fileKeyFor(path, io.cwd));
  for (const entry of match.gone) {
    const times = entry.count > 1 ? ` (${entry.count} times)` : '';
    io.stderr(`plan: ${escapeTerminal(baselineFile)}: gone from ${escapeTerminal(entry.file)}: ${entry.ruleId} at ${escapeTerminal(entry.key)}${times}\n`);
  }
  if (match.gone.length > 0) {
    if (prune) {
      writeBaseline(path, match.pruned);
      io.stderr(`plan: ${escapeTerminal(baselineFile)}: pruned ${match.gone.length} fixed entr${match.gone.length === 1 ? 'y' : 'ies'}\n`);
    } else {
      io.stderr(
        `plan: ${escapeTerminal(baselineFile)}: ${match.gone.length} entr${match.gone.length === 1 ? 'y is' : 'ies are'} fixed; run with --prune-baseline to drop ${match.gone.length === 1 ? 'it' : 'them'}\n`,
      );
    }
  }
  return { ...run, results: match.results };
}
