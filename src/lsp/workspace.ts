import { resolve } from 'node:path';
import { actualsOf } from '../actuals/run.js';
import { resolveToday } from '../engine/today.js';
import { isRepoPlan, lintAmong, loadPlans, readRepoPlan } from '../api.js';
import { loadConfig } from '../config/load.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { buildPlan } from '../model/build.js';
import { readOptions } from '../engine/file-lint.js';
import type { Item, PlanModel } from '../model/types.js';
import { buildGraph, type PlanGraph } from '../repo/graph.js';
import type { LintResult } from '../types.js';
import { DEFAULT_MAX_FILE_BYTES } from '../files/read.js';
import { displayPath } from '../files/discover.js';
import { InputError } from '../parse/source.js';
import { ConfigError } from '../config/errors.js';

/**
 * An open editor buffer: its text read as a plan (on first use after each change), or the one-line reason it could
 * not be (past the limits); neither when the buffer is Markdown but no plan.
 */
export interface OpenPlan {
  path: string;
  version: number;
  text: string;
  read: boolean;
  plan?: PlanModel;
  problem?: { message: string; line: number; column: number };
}

/**
 * The plans of one workspace folder held in memory: those on disk, read once and kept current from watched-file
 * events, with the editor's open buffers in place of their files. All reading and linting goes through the library.
 */
export class Workspace {
  readonly root: string;
  /** Absent while the workspace's config cannot be used; `configProblem` says why. */
  config: ResolvedConfig | undefined;
  configProblem: string | undefined;
  private readonly today: string | undefined;
  private readonly onDisk = new Map<string, PlanModel>();
  private readonly open = new Map<string, OpenPlan>();
  private graphOfAll: PlanGraph<PlanModel> | undefined;

  constructor(root: string, today?: string) {
    this.root = resolve(root);
    this.today = today;
  }

  /**
   * Reads the config, then every plan of the folder (as `plan lint .` finds them); a folder with no plans is not an
   * error here. A config that cannot be used is kept as a problem to show on each open plan, as plan lint would fail.
   */
  async load(): Promise<void> {
    this.onDisk.clear();
    this.graphOfAll = undefined;
    for (const open of this.open.values()) open.read = false;
    try {
      this.config = loadConfig(this.root);
      this.configProblem = undefined;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.config = undefined;
      this.configProblem = `The plan config cannot be used: ${error.file ? `${error.file}: ` : ''}${error.message}`;
      return;
    }
    const loaded = await loadPlans(['.'], { cwd: this.root, config: this.config });
    for (const plan of [...loaded.plans, ...loaded.extras]) this.onDisk.set(resolve(this.root, plan.file), plan);
    this.graphOfAll = undefined;
  }

  /** A file changed, appeared or went away on disk (a config file: everything is read again). */
  async fileChanged(path: string, deleted: boolean): Promise<void> {
    if (/(?:^|[\\/])\.planrc\.[a-z]+$/.test(path) || !this.config) return this.load();
    this.graphOfAll = undefined;
    const plan = deleted ? undefined : readRepoPlan(path, { cwd: this.root, config: this.config });
    if (plan) this.onDisk.set(path, plan);
    else this.onDisk.delete(path);
  }

  setOpen(path: string, version: number, text: string): OpenPlan {
    const open: OpenPlan = { path, version, text, read: false };
    this.open.set(path, open);
    this.graphOfAll = undefined;
    return open;
  }

  close(path: string): void {
    this.open.delete(path);
    this.graphOfAll = undefined;
  }

  /** The open buffer at a path, read. */
  openPlan(path: string): OpenPlan | undefined {
    const open = this.open.get(path);
    if (open && !open.read) this.read(open);
    return open;
  }

  /** The plan at a path: the open buffer's, else the one read from disk. */
  planAt(path: string): PlanModel | undefined {
    return this.open.has(path) ? this.openPlan(path)!.plan : this.onDisk.get(path);
  }

  /** Every plan of the workspace, open buffers in place of their files. */
  plans(): PlanModel[] {
    const plans: PlanModel[] = [];
    for (const [path, plan] of this.onDisk) if (!this.open.has(path)) plans.push(plan);
    for (const path of this.open.keys()) {
      const plan = this.openPlan(path)!.plan;
      if (plan) plans.push(plan);
    }
    return plans;
  }

  graph(): PlanGraph<PlanModel> {
    this.graphOfAll ??= buildGraph(this.plans(), undefined, this.root);
    return this.graphOfAll;
  }

  /** An item's newest reading on or before today from the plans' own `Actual:` fields and check-ins (no CSV export). */
  latestReading(plan: PlanModel, item: Item): string | undefined {
    if (!this.config) return undefined;
    const run = actualsOf(this.graph(), { today: resolveToday(this.today), fiscalYearStart: this.config.settings.fiscalYearStart });
    const goal = run.summaryOf(plan).goals.find((g) => g.line === item.line);
    const latest = goal && run.stateOf(plan, goal).progress.latest;
    return latest ? `${latest.text} (${latest.date})` : undefined;
  }

  pathOf(plan: PlanModel): string {
    return resolve(this.root, plan.file);
  }

  /** The findings of an open plan, against the other plans of the workspace (as `plan lint` finds them on disk). */
  lint(open: OpenPlan): LintResult | undefined {
    if (!open.read) this.read(open);
    if (!open.plan || !this.config) return undefined;
    const others = this.plans().filter((plan) => plan !== open.plan);
    return lintAmong([open.plan], others, { cwd: this.root, config: this.config, today: this.today })[0];
  }

  /** Reads a buffer with the limits a file gets: its size first, then the library's own (nesting, list items). */
  private read(open: OpenPlan): void {
    delete open.plan;
    delete open.problem;
    open.read = true;
    if (!this.config) {
      open.problem = { message: this.configProblem ?? 'The plan config cannot be used', line: 1, column: 1 };
      return;
    }
    const maxBytes = this.config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const bytes = Buffer.byteLength(open.text);
    if (bytes > maxBytes) {
      open.problem = {
        message: `This file is ${megabytes(bytes)}, over the ${megabytes(maxBytes)} limit for a plan (raise "maxFileSize" in .planrc to read it)`,
        line: 1,
        column: 1,
      };
      return;
    }
    try {
      const text = open.text.replace(/^\uFEFF/, '');
      const plan = buildPlan(text, displayPath(open.path, this.root), readOptions(this.config));
      // Markdown that a folder walk would not take as a plan (a README) gets no findings, as in `plan lint .`.
      if (this.onDisk.has(open.path) || isRepoPlan(plan, open.path, this.config)) open.plan = plan;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      open.problem = { message: `This file ${error.message}`, line: error.line ?? 1, column: error.column ?? 1 };
    }
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
