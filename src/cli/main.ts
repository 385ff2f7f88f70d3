import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../config/errors.js';
import { WriteError } from '../files/write.js';
import { escapeTerminal } from '../text/escape.js';
import { InputError } from '../parse/source.js';
import { version } from '../version.js';
import { EXIT, type Io, processIo, UsageError } from './io.js';

/** Parses the command line, runs the library, prints, and returns the exit code (0 clean, 1 findings, 2 failure). */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('plan')
    .description('Sales strategy plans as Markdown, linted like code')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`plan: ${text.replace(/^error: /, '')}`) })
    .showSuggestionAfterError();
  if (io.helpWidth) program.configureHelp({ helpWidth: io.helpWidth });
  /** Keeps a command's exit code. Each command's module (and the libraries it needs) is imported only when it runs: start-up time. */
  const done = async (code: number | Promise<number>) => {
    exitCode = await code;
  };

  program
    .command('lint')
    .description('check plans against the plan format and its rules')
    .argument('[paths...]', 'plan files, folders (searched for .md plans) or globs', [])
    .addOption(new Option('-f, --format <name>', 'output format: stylish, json, sarif, github, junit or markdown').default('stylish'))
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout')
    .option('--fix', 'fix what can be fixed (missing sections, names) and write the plans back')
    .option('--fix-dry-run', 'print what --fix would change as a diff; write nothing')
    .option('--stdin', 'lint the plan text on standard input (with --fix: print the fixed text)')
    .option('--stdin-filename <file>', 'the file name to report for --stdin')
    .option('--no-error-on-unmatched', 'a glob that matches no file is not an error')
    .option('--baseline <file>', 'report only findings not recorded in this baseline (see plan baseline)')
    .option('--prune-baseline', 'with --baseline: drop the entries that are fixed from the baseline file')
    .option('-c, --config <file>', 'use this config file instead of the nearest .planrc.*')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('-q, --quiet', 'report errors only')
    .option('--today <date>', 'the date (YYYY-MM-DD) rules compare deadlines and periods against (default: $PLAN_TODAY, else the clock)')
    .option('--verbose', 'also say which Markdown files were skipped as not plans')
    .option('--ignore-pattern <glob>', 'do not lint files matching this glob (relative to the working directory; repeatable)', collect, [])
    .option('--no-ignore', 'lint files that .planignore or .gitignore would skip')
    .option('--cache', 'reuse the results for files that did not change since the last --cache run')
    .option('--cache-location <path>', 'the cache file, or a folder for it (default: .plancache)')
    .option('--actuals <file>', "a CSV export of actuals (columns plan, item, value, date), added to the config's actuals (repeatable)", collect, [])
    .action(async (paths: string[], options) => done((await import('./lint-command.js')).runLint(paths, options, io)));

  program
    .command('diff')
    .description('what changed between two versions of a plan: items, fields, front matter, sections, lint findings')
    .argument('[plans...]', 'OLD NEW (a file, or REV:path for a file at a git revision); with --git, the paths to look in')
    .option('--git <rev>', 'diff every plan changed since this git revision against the working tree')
    .addOption(new Option('-f, --format <name>', 'output format: text, markdown or json').default('text'))
    .option('--exit-code', 'exit 1 when there are differences, 0 when there are none')
    .option('-c, --config <file>', 'use this config file instead of the nearest .planrc.*')
    .option('--today <date>', 'the date (YYYY-MM-DD) the lint delta is computed for (default: $PLAN_TODAY, else the clock)')
    .action(async (plans: string[], options) => done((await import('./diff-command.js')).runDiff(plans, options, io)));

  const alignmentCommand = (name: 'tree' | 'graph', description: string, format: Option) =>
    program
      .command(name)
      .description(description)
      .argument('[paths...]', 'plan files, folders or globs (their parents are found in the plans repo)', [])
      .addOption(format)
      .option('-o, --output-file <file>', 'write to this file instead of stdout')
      .option('-c, --config <file>', 'use this config file instead of the nearest .planrc.*')
      .option('--ignore-pattern <glob>', 'leave out files matching this glob (relative to the working directory; repeatable)', collect, [])
      .option('--no-ignore', 'read files that .planignore or .gitignore would skip')
      .action(async (paths: string[], options) => {
        const { GRAPH_FORMATS, runAlignment, TREE_FORMATS } = await import('./alignment-commands.js');
        exitCode = await runAlignment(paths, options, name === 'tree' ? TREE_FORMATS : GRAPH_FORMATS, io);
      });
  alignmentCommand(
    'tree',
    'the alignment tree: company goals, the team goals that support each, the account goals under those',
    new Option('-f, --format <name>', 'text or json').default('text'),
  );
  alignmentCommand(
    'graph',
    'the alignment as a diagram: Mermaid (renders on GitHub), Graphviz dot, or json',
    new Option('-f, --format <name>', 'mermaid, dot or json').default('mermaid'),
  );

  program
    .command('report')
    .description('one self-contained HTML page of the plans: alignment tree, goals, lint health, quarter-over-quarter changes')
    .argument('[paths...]', 'plan files, folders or globs (default: .)', [])
    .option('-o, --output <file>', 'the file to write (default: plan-report.html; replaces only an earlier report unless --force)')
    .option('--title <text>', 'the page title (default: Sales plans)')
    .option('--since <rev>', '"changes this period" from this git revision (default: the start of the current fiscal quarter)')
    .option(
      '--actuals <file>',
      "a CSV export of actuals (columns plan, item, value, date) for the progress bars, added to the config's actuals (repeatable)",
      collect,
      [],
    )
    .addOption(new Option('-f, --format <name>', "html, or json: the report's data for other tools (stdout unless -o)").default('html'))
    .option('--force', 'replace the output file even if it is not an earlier report')
    .option('-c, --config <file>', 'use this config file instead of the nearest .planrc.*')
    .option('--today <date>', 'the date (YYYY-MM-DD) deadlines and pace are compared against (default: $PLAN_TODAY, else the clock)')
    .option('--ignore-pattern <glob>', 'leave out files matching this glob (relative to the working directory; repeatable)', collect, [])
    .option('--no-ignore', 'read files that .planignore or .gitignore would skip')
    .action(async (paths: string[], options) => done((await import('./report-command.js')).runReport(paths, options, io)));

  program
    .command('history')
    .description("each change to an item's target, owner, deadline or status, from git log (a target lowered after its period started is marked)")
    .argument('<item>', 'the item as <plan-id>#<ID>, e.g. acme-fy2027#G1')
    .argument('[paths...]', 'where to look for the plan (default: .)', [])
    .addOption(new Option('-f, --format <name>', 'text or json').default('text'))
    .option('-c, --config <file>', 'use this config file instead of the nearest .planrc.*')
    .action(async (item: string, paths: string[], options) => done((await import('./history-command.js')).runHistory(item, paths, options, io)));

  program
    .command('baseline')
    .description('record the current findings so that "plan lint --baseline" reports only new ones')
    .argument('[paths...]', 'plan files, folders or globs (default: .)', [])
    .option('-o, --output <file>', 'the baseline file to write', '.plan-baseline.json')
    .option('--force', 'replace an existing baseline file')
    .option('-c, --config <file>', 'use this config file instead of the nearest .planrc.*')
    .option('--today <date>', 'the date (YYYY-MM-DD) rules compare deadlines against (default: $PLAN_TODAY, else the clock)')
    .action(async (paths: string[], options) => done((await import('./baseline-command.js')).runBaseline(paths, options, io)));

  program
    .command('rules')
    .description('list every rule: id, default severity, fixable, what it reports')
    .addOption(new Option('-f, --format <name>', 'text or json').default('text'))
    .action(async (options: { format: string }) => done((await import('./docs-commands.js')).runRules(options, io)));

  program
    .command('explain')
    .description('explain a rule: why it exists, its options, a failing and a passing example')
    .argument('<rule>', 'rule id, e.g. required-section')
    .action(async (ruleId: string) => done((await import('./docs-commands.js')).runExplain(ruleId, io)));

  program
    .command('init')
    .description('write a new plan from a template, or a quarter plan from an earlier plan (--from)')
    .argument('[file]', 'the plan file to write (with --from: default next to the source, e.g. acme-fy2027-q1.md)')
    .option('--kind <kind>', 'company | region | team | territory | account')
    .option('--period <period>', 'FY2027, FY2027-Q1, 2027 or 2027-Q1')
    .option('--owner <name>', 'the person accountable for the plan')
    .option('--title <text>', "the plan's title")
    .option('--parent <plan>', 'id or relative path of the plan this one aligns to')
    .option('--from <plan>', 'a yearly plan to break into a quarter, or a quarter plan to carry into the next')
    .option('-c, --config <file>', 'use this config file instead of the nearest .planrc.*')
    .option('--force', 'replace the file if it exists')
    .option('--stdout', 'print the plan instead of writing it')
    .option('-y, --yes', 'ask no questions: missing fields are an error')
    .option('--actuals <file>', "with --from: a CSV export of actuals whose latest reading becomes each carried goal's baseline (repeatable)", collect, [])
    .option('--today <date>', 'with --from: the day (YYYY-MM-DD) the latest readings are taken on (default: $PLAN_TODAY, else the clock)')
    .action(async (file: string | undefined, options) => done((await import('./init-command.js')).runInit(file, options, io)));

  program
    .command('status')
    .description('where every goal stands: latest reading against target and pace, in tree order (company -> team -> account)')
    .argument('[paths...]', 'plan files, folders or globs (default: the current folder)', [])
    .addOption(new Option('-f, --format <name>', 'text, markdown, json or csv').default('text'))
    .option('-o, --output-file <file>', 'write to this file instead of stdout')
    .option('--actuals <file>', "a CSV export of actuals (columns plan, item, value, date), added to the config's actuals (repeatable)", collect, [])
    .option('--owner <name>', "only goals of this owner (the goal's Owner, else its plan's)")
    .option('--behind', 'only goals behind pace')
    .option('--kind <kind>', 'only plans of this kind (company, region, team, territory, account)')
    .option('--period <period>', 'only plans of this period, such as FY2027 or FY2027-Q1')
    .option('--plan <id>', 'only this plan')
    .option('--fail-on-behind', 'exit 1 when a goal is behind pace')
    .option('-c, --config <file>', 'use this config file instead of the nearest .planrc.*')
    .option('--today <date>', 'the date (YYYY-MM-DD) progress is measured on (default: $PLAN_TODAY, else the clock)')
    .option('--ignore-pattern <glob>', 'leave out files matching this glob (relative to the working directory; repeatable)', collect, [])
    .option('--no-ignore', 'read files that .planignore or .gitignore would skip')
    .action(async (paths: string[], options) => done((await import('./status-command.js')).runStatus(paths, options, io)));

  program
    .command('review')
    .description('append a Review section, one result per goal, to a plan whose period has ended')
    .argument('<file>', 'the plan to review')
    .option('-c, --config <file>', 'use this config file instead of the nearest .planrc.*')
    .option('--today <date>', 'the date (YYYY-MM-DD) the period is compared against (default: $PLAN_TODAY, else the clock)')
    .option('--early', 'write the review before the period has ended')
    .option('--actuals <file>', "a CSV export of actuals the results and scores are pre-filled from, with the plan's own readings (repeatable)", collect, [])
    .option('--stdout', 'print the reviewed plan instead of writing it')
    .action(async (file: string, options) => done((await import('./review-command.js')).runReview(file, options, io)));

  program
    .command('lsp')
    .description('a language server for editors (diagnostics, fixes, navigation, completion), over standard input and output')
    .option('--stdio', 'talk over standard input and output (the only transport; editors pass it)')
    .action(async () => (await import('../lsp/server.js')).startServer());

  try {
    await program.parseAsync(argv);
  } catch (error) {
    return handleError(error, io);
  }
  return exitCode;
}

function handleError(error: unknown, io: Io): number {
  // Help and version are successes; everything else commander rejects is a usage error (already printed).
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
  const known = failureLine(error);
  if (known !== undefined) io.stderr(`plan: ${known}\n`);
  else {
    // A bug in plan itself: still one line, never a stack trace (PLAN_DEBUG=1 shows it).
    io.stderr(`plan: internal error: ${escapeTerminal(error instanceof Error ? error.message : String(error))}\n`);
    if (io.env.PLAN_DEBUG) io.stderr(`${(error as Error).stack ?? ''}\n`);
  }
  return EXIT.failure;
}

/** The one line of a failure plan expects (the config, a write, the input, the command line); undefined for a bug. */
function failureLine(error: unknown): string | undefined {
  if (error instanceof ConfigError) return `${error.file ? `${escapeTerminal(error.file)}: ` : ''}${escapeTerminal(error.message)}`;
  if (error instanceof WriteError) return `${escapeTerminal(error.file)}: ${escapeTerminal(error.message)}`;
  // A command that let an input problem through without naming the file: still one line, exit 2.
  if (error instanceof InputError) return `${error.line ? `line ${error.line}:${error.column ?? 1}: ` : ''}${escapeTerminal(error.message)}`;
  if (error instanceof UsageError) return escapeTerminal(error.message);
  return undefined;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
