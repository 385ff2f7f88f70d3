import { escapeTerminal } from '../text/escape.js';
import { basename, extname, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { displayPath } from '../files/discover.js';
import { pathExists, readBoundedFile, readSource } from '../files/read.js';
import { type FileSnapshot, snapshotOf, WriteError, writeFileAtomic } from '../files/write.js';
import { carriedFileName, carryPlan, quartersToPlan } from '../init/carry.js';
import { goalReadings } from '../status/goal-readings.js';
import { InitError } from '../init/errors.js';
import { findPlans } from '../init/find-plans.js';
import { isPeriod } from '../init/period.js';
import { type PlanFields, scaffoldCarried, scaffoldPlan } from '../init/scaffold.js';
import { TemplateError } from '../init/template.js';
import { buildPlan } from '../model/build.js';
import { PLAN_KINDS, type PlanKind } from '../model/frontmatter-schema.js';
import { InputError } from '../parse/source.js';
import { type Io, type SharedOptions, UsageError } from './io.js';

/** `today` and `actuals` serve --from: the carried goals' baselines are their latest readings on that day. */
export interface InitCommandOptions extends Pick<SharedOptions, 'config' | 'today' | 'actuals'> {
  kind?: string;
  period?: string;
  owner?: string;
  title?: string;
  parent?: string;
  from?: string;
  force?: boolean;
  stdout?: boolean;
  yes?: boolean;
}

interface Output {
  file?: string;
  /** The file to replace (--force) as it was before the questions: it must be so still when it is written. */
  expected?: FileSnapshot;
  text: string;
  notes: string[];
}

/** `plan init`: writes a new plan from a template, or a quarter plan drawn from an earlier plan (`--from`). */
export async function runInit(file: string | undefined, options: InitCommandOptions, io: Io): Promise<number> {
  return withFriendlyErrors(async () => {
    const config = loadConfig(io.cwd, options.config);
    const given = givenFields(options);
    // Linting finds plans by their .md name: a plan written without it would never be checked.
    if (file !== undefined && !/\.md$/i.test(file)) file = `${file}.md`;
    const output = options.from ? await fromPlan(file, options.from, given, options, config, io) : await fromTemplate(file, given, options, config, io);
    for (const note of output.notes) io.stderr(`plan: ${note}\n`);
    if (options.stdout) {
      io.stdout(output.text);
      return 0;
    }
    writeAs(output.file!, io, output.text, options.force === true, output.expected);
    const shown = escapeTerminal(output.file!);
    io.stdout(`Wrote ${shown}: replace its TODOs, then run "plan lint ${shown}"\n`);
    return 0;
  });
}

function givenFields(options: InitCommandOptions): Partial<PlanFields> {
  const fields: Partial<PlanFields> = {};
  if (options.kind !== undefined) {
    const kind = options.kind.trim().toLowerCase();
    if (!(PLAN_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${PLAN_KINDS.join(', ')}, not "${options.kind}"`);
    fields.kind = kind as PlanKind;
  }
  if (options.period !== undefined) {
    if (!isPeriod(options.period))
      throw new UsageError(`--period must be a year or a quarter such as FY2027, FY2027-Q1, 2027 or 2027-Q1, not "${options.period}"`);
    fields.period = options.period.trim().toUpperCase();
  }
  for (const key of ['owner', 'title', 'parent'] as const) {
    const value = options[key]?.trim();
    if (value) fields[key] = value;
  }
  return fields;
}

/** Questions are asked only on a terminal, and never with --yes: a script gets an error, not a hang. */
function terminalFor(options: InitCommandOptions, io: Io) {
  return options.yes ? undefined : io.terminal;
}

async function fromTemplate(
  file: string | undefined,
  given: Partial<PlanFields>,
  options: InitCommandOptions,
  config: ResolvedConfig,
  io: Io,
): Promise<Output> {
  if (!file && !options.stdout) throw new UsageError('name the plan file to write, such as "plan init plans/acme-fy2027.md" (or use --stdout)');
  const expected = file ? refuseExisting(file, options, io) : undefined;
  const missing = (['kind', 'period', 'owner'] as const).filter((key) => !given[key]);
  const terminal = terminalFor(options, io);
  if (missing.length > 0 && !terminal) {
    const flags = missing.map((key) => `--${key}`).join(', ');
    throw new UsageError(
      `init needs ${flags} (${options.yes ? '--yes asks nothing' : 'no terminal to ask on'}), e.g. plan init ${file ?? '--stdout'} --kind account --period FY2027 --owner "Dana Reyes"`,
    );
  }
  if (file) given.id = planId(file);
  const fields = terminal
    ? await (await prompts()).askForFields(given, {
        terminal,
        plans: await findPlans(config.baseDir, io.cwd),
        fiscalYearStart: config.settings.fiscalYearStart,
      })
    : (given as PlanFields);
  return { ...(file ? { file } : {}), ...(expected ? { expected } : {}), text: scaffoldPlan(fields, scaffoldOptions(config)), notes: [] };
}

async function fromPlan(
  file: string | undefined,
  from: string,
  given: Partial<PlanFields>,
  options: InitCommandOptions,
  config: ResolvedConfig,
  io: Io,
): Promise<Output> {
  const sourcePath = resolve(io.cwd, from);
  let text: string;
  try {
    text = readSource(sourcePath).text;
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`${from}: ${error.message}`);
    throw error;
  }
  const source = buildPlan(text, displayPath(sourcePath, io.cwd), { matchHeading: config.matchHeading });
  const fiscalYearStart = config.settings.fiscalYearStart;
  let period = given.period;
  const quarters = quartersToPlan(source, fiscalYearStart);
  const terminal = terminalFor(options, io);
  if (!period && quarters.length > 0 && terminal) period = await (await prompts()).askQuarter(quarters, terminal);
  const carried = carryPlan(source, { ...(period ? { period } : {}), fiscalYearStart, given, baselines: await latestBaselines(from, options, config, io) });
  const target = file ?? carriedFileName(from, source.period!, carried.fields.period);
  const expected = options.stdout ? undefined : refuseExisting(target, options, io);
  // A named file names the plan; else the source's id with its period swapped (benelux-fy2028-q3 -> benelux-fy2028-q4).
  carried.fields.id = planId(file ?? carriedFileName(source.id, source.period!, carried.fields.period));
  return { file: target, ...(expected ? { expected } : {}), text: scaffoldCarried(carried, scaffoldOptions(config)), notes: carried.notes };
}

/** Each goal's latest reading on or before today (its own, the CSV exports', rolled up): the carried goal's baseline. */
async function latestBaselines(from: string, options: InitCommandOptions, config: ResolvedConfig, io: Io): Promise<Map<string, string>> {
  const today = options.today ?? io.env.PLAN_TODAY;
  const readings = await goalReadings(from, { cwd: io.cwd, config, ...(today ? { today } : {}), actuals: options.actuals ?? [] }, 'today');
  return new Map([...readings].map(([id, reading]) => [id, `${reading.value} (latest reading, ${reading.date})`]));
}

/** The prompt library is loaded only when a question is asked: scripts and CI never pay its start-up. */
const prompts = () => import('../init/prompts.js');

function scaffoldOptions(config: ResolvedConfig) {
  return { fiscalYearStart: config.settings.fiscalYearStart, ...(config.templates ? { templates: config.templates } : {}) };
}

function planId(file: string): string {
  return basename(file, extname(file));
}

/**
 * Checked before any question is asked, so nobody answers five questions to be told the file exists. Returns the
 * file as it is now (absent, or with --force its content), which must be so still when the plan is written.
 */
function refuseExisting(file: string, options: InitCommandOptions, io: Io): FileSnapshot | undefined {
  if (options.stdout) return undefined;
  const path = resolve(io.cwd, file);
  if (!pathExists(path)) return snapshotOf(undefined);
  if (options.force) {
    try {
      return snapshotOf(readBoundedFile(path, { maxBytes: 1024 * 1024 * 1024, what: 'a file plan replaces' }));
    } catch {
      // Not a readable regular file (a dangling link, a folder): the write says why.
      return undefined;
    }
  }
  throw new UsageError(`${file}: already exists (use --force to replace it, or --stdout to print the plan)`);
}

/**
 * Writes, naming the file as the user gave it in any failure. With `expected`, the file must still be as it was
 * read (else a WriteError with code ECHANGED, nothing written).
 */
export function writeAs(shown: string, io: Io, data: string | Uint8Array, overwrite: boolean, expected?: FileSnapshot): void {
  const beforeRename = io.beforeRename;
  try {
    writeFileAtomic(resolve(io.cwd, shown), data, {
      overwrite,
      createFolders: true,
      ...(expected ? { expected } : {}),
      ...(beforeRename ? { beforeRename: () => beforeRename(shown) } : {}),
    });
  } catch (error) {
    if (error instanceof WriteError) throw new WriteError(error.message, shown, error.code);
    throw error;
  }
}

/** Every failure of init and review is one line naming the file; Ctrl+C at a question writes nothing. */
export async function withFriendlyErrors(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InitError) throw new UsageError(error.file ? `${error.file}: ${error.message}` : error.message);
    if (error instanceof TemplateError) throw new UsageError(`${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`);
    if (error instanceof Error && error.name === 'ExitPromptError') throw new UsageError('cancelled: nothing was written');
    throw error;
  }
}
