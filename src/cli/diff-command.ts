import { showControlCharacters } from '../text/escape.js';
import { loadConfig } from '../config/load.js';
import { diffPlans, hasDifferences } from '../diff/diff.js';
import { DIFF_FORMATTERS, formatDiffs } from '../diff/format/index.js';
import { type PlanSide, readChangedPlans, readSide, SideError } from '../diff/sources.js';
import type { PlanDiff } from '../diff/types.js';
import { resolveToday } from '../engine/today.js';
import { EXIT, type Io, type SharedOptions, UsageError } from './io.js';

export interface DiffCommandOptions extends Pick<SharedOptions, 'config' | 'today'> {
  format: string;
  git?: string;
  exitCode?: boolean;
}

/** `plan diff OLD NEW` or `plan diff --git REV [paths]`: 0, or 1 with --exit-code when anything differs; 2 on failure. */
export async function runDiff(args: string[], options: DiffCommandOptions, io: Io): Promise<number> {
  if (!DIFF_FORMATTERS[options.format]) {
    throw new UsageError(`unknown format "${options.format}" (choose one of ${Object.keys(DIFF_FORMATTERS).join(', ')})`);
  }
  if (options.git === undefined && args.length !== 2) {
    throw new UsageError('plan diff takes two plans, OLD and NEW (either may be REV:path), or --git REV [paths...]');
  }
  const config = loadConfig(io.cwd, options.config);
  const lint = { cwd: io.cwd, config, today: resolveToday(options.today ?? io.env.PLAN_TODAY) };
  const read = { cwd: io.cwd, matchHeading: config.matchHeading, maxFileBytes: config.maxFileBytes, maxListItems: config.maxListItems };
  const diff = (oldSide: PlanSide | null, newSide: PlanSide | null): PlanDiff =>
    diffPlans(oldSide?.plan ?? null, newSide?.plan ?? null, {
      lint,
      ...(oldSide ? { oldLabel: oldSide.label } : {}),
      ...(newSide ? { newLabel: newSide.label } : {}),
    });
  let diffs: PlanDiff[];
  try {
    if (options.git !== undefined) {
      diffs = (await readChangedPlans(options.git, args, read)).map((pair) => diff(pair.old, pair.new));
    } else {
      const [oldSide, newSide] = [await readSide(args[0]!, read), await readSide(args[1]!, read)];
      diffs = [diff(oldSide, newSide)];
    }
  } catch (error) {
    if (error instanceof SideError) throw new UsageError(`${error.label}: ${error.message}`);
    throw error;
  }
  const output = formatDiffs(options.format, diffs, { color: io.color, many: options.git !== undefined });
  // The text format escapes what it prints itself and may colour; the others must not carry plan text's ESC or BEL.
  io.stdout(options.format === 'text' ? output : showControlCharacters(output));
  return options.exitCode && diffs.some(hasDifferences) ? EXIT.findings : EXIT.ok;
}
