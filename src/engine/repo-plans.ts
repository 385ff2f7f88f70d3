import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute, sep } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/load.js';
import { markdownUnder } from '../files/discover.js';
import { findUp, isFolder, readHead } from '../files/read.js';
import type { PlanSummary } from '../model/types.js';
import { buildGraph } from '../repo/graph.js';
import { supportsOf } from '../repo/references.js';

/** Whether `dir` holds a `.git` or a `.planrc.*`; `known` remembers the answers (plans share parent folders). */
function isRoot(dir: string, known?: Map<string, boolean>): boolean {
  let root = known?.get(dir);
  if (root === undefined) {
    root = existsSync(join(dir, '.git')) || CONFIG_FILE_NAMES.some((name) => existsSync(join(dir, name)));
    known?.set(dir, root);
  }
  return root;
}

/** The nearest folder at or above `from` with a `.planrc.*` or `.git`: the root of a plans repo. */
export function findRepoRoot(from: string, known?: Map<string, boolean>): string | undefined {
  return findUp(from, (dir) => (isRoot(dir, known) ? dir : undefined));
}

/**
 * Whether `text` opens like a plan: front matter at the top with a `kind:` or `period:` line (a README that shows a
 * plan's front matter in a code block is no plan, and does not make its folder part of a plans repo).
 */
export function looksLikePlan(text: string): boolean {
  const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)(?:\r?\n---|$)/.exec(text.slice(0, 4000));
  return frontMatter !== null && /^(?:kind|period)\s*:/m.test(frontMatter[1]!);
}

/** Whether `dir` directly holds a Markdown file that looks like a plan (only its first 4 KB are read). */
function holdsPlans(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.md'));
  } catch {
    return false;
  }
  return names.some((name) => looksLikePlan(readHead(join(dir, name), 4000) ?? ''));
}

/**
 * Where to look for the plans a plan links to: its repo's root (the nearest `.git` or `.planrc.*`), else, outside any
 * repo, the highest folder reached from the plan's own by going up while each folder holds plans. Undefined when the
 * folder does not exist (an editor's unsaved buffer in a new folder): then there is nothing to look in.
 */
export function findLookupRoot(from: string, known?: Map<string, boolean>): string | undefined {
  const root = findRepoRoot(from, known);
  if (root) return root;
  let dir = resolve(from);
  if (!existsSync(dir)) return undefined;
  while (dirname(dir) !== dir && holdsPlans(dirname(dir))) dir = dirname(dir);
  return dir;
}

/**
 * Whether a file under `root` belongs to it rather than to a plans repo nested inside it (a folder with its own root
 * marker). `folders` keeps the answer for each folder under this root: a repo's plans share a few folders, and asking
 * per file took ~26 ms of a one-plan lint of 1,000 plans (~5 ms per folder).
 */
function belongsTo(file: string, root: string, roots: Map<string, boolean>, folders: Map<string, boolean>): boolean {
  const folder = dirname(file);
  let belongs = folders.get(folder);
  if (belongs === undefined) {
    belongs = true;
    for (let dir = folder; belongs && dir !== root && isInside(dir, root); dir = dirname(dir)) belongs = !isRoot(dir, roots);
    folders.set(folder, belongs);
  }
  return belongs;
}

/**
 * The plans whose links leave the given set: a `parent` or `plan-id#ID` that no given plan answers, or a plan named
 * as a file (as a pre-commit hook names changed files) whose child plans were given too: its other children may be
 * elsewhere, and parent-coverage needs them all. With `children`, every plan named as a file: how its goals are
 * supported (plan status, plan tree) needs its children. A folder given as a whole is taken as the scope of the run.
 */
export function plansNeedingRepo(plans: PlanSummary[], cwd: string, named: (plan: PlanSummary) => boolean = () => false, children = false): PlanSummary[] {
  const graph = buildGraph(plans, new Set(plans), cwd);
  const missing = (name: string, from: PlanSummary) => 'missing' in graph.lookup(name, from);
  return plans.filter((plan) => {
    if (plan.parent && missing(plan.parent, plan)) return true;
    if (named(plan) && (children || graph.childrenOf(plan).length > 0)) return true;
    if (supportsOf(graph, plan).some(({ resolution }) => resolution.status === 'no-plan')) return true;
    return plan.items.some((item) =>
      item.fields.some((field) => field.refs.some((ref) => ref.plan !== undefined && ref.plan !== plan.id && missing(ref.plan, plan))),
    );
  });
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

export interface RepoLoadOptions<P extends PlanSummary = PlanSummary> {
  cwd: string;
  /** Folders the run already walked in full: a repo inside one of them has nothing more to give. */
  walked: string[];
  /** Absolute paths already loaded. */
  loaded: ReadonlySet<string>;
  /** Reads a found Markdown file as a plan; undefined when it is not one or cannot be read. */
  load(path: string): P | undefined;
  /** Plans named on the command line as files (not found by walking a folder). */
  named?(plan: PlanSummary): boolean;
  /** Whether every named plan needs its children (see plansNeedingRepo). */
  children?: boolean;
}

/**
 * The other plans of the repos the given plans live in, loaded only to resolve references that leave the given set
 * (their own findings are not reported). Nothing is read when every link resolves inside the set.
 */
export async function loadRepoPlans<P extends PlanSummary>(plans: PlanSummary[], options: RepoLoadOptions<P>): Promise<P[]> {
  const rootByFolder = new Map<string, string | undefined>();
  const isRootFolder = new Map<string, boolean>();
  const outsideRoot = (plan: PlanSummary): string | undefined => {
    const folder = dirname(resolve(options.cwd, plan.file));
    if (!rootByFolder.has(folder)) {
      const root = findLookupRoot(folder, isRootFolder);
      rootByFolder.set(folder, root && !options.walked.some((walked) => isInside(root, walked)) ? root : undefined);
    }
    return rootByFolder.get(folder);
  };
  // Plans whose repo was walked in full have nothing to add; asking which links leave the set reads every item.
  if (!plans.some(outsideRoot)) return [];
  const roots = new Set<string>();
  for (const plan of plansNeedingRepo(plans, options.cwd, options.named, options.children)) {
    const root = outsideRoot(plan);
    if (root) roots.add(root);
  }
  const extras: P[] = [];
  const seen = new Set(options.loaded);
  // A plan given on the command line wins over a repo plan with the same id: the extra would only make links ambiguous.
  const givenIds = new Set(plans.map((plan) => plan.id));
  const nestedRoots = new Map<string, boolean>();
  for (const root of roots) {
    // Per root: a folder of a repo nested in another belongs to the inner repo, not to the outer one.
    const ownFolders = new Map<string, boolean>();
    for (const file of (await markdownUnder(root)).sort()) {
      const path = resolve(file);
      if (seen.has(path) || !belongsTo(path, root, nestedRoots, ownFolders)) continue;
      seen.add(path);
      const plan = options.load(path);
      if (plan && !givenIds.has(plan.id)) extras.push(plan);
    }
  }
  return extras;
}

/** Folders among the command-line patterns (walked in full by discovery). */
export function walkedFolders(patterns: string[], cwd: string): string[] {
  return patterns.map((pattern) => resolve(cwd, pattern)).filter(isFolder);
}
