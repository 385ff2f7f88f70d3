import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, readSource } from '../files/read.js';
import { buildPlan } from '../model/build.js';
import type { HeadingMatcher } from '../model/sections.js';
import type { PlanModel } from '../model/types.js';
import { decodeSource, InputError } from '../parse/source.js';
import { changedFiles, showFile, topLevel } from './git.js';

/** One side of a diff, read and parsed; `label` is how the user named it (`plans/acme.md`, `HEAD~1:plans/acme.md`). */
export interface PlanSide {
  label: string;
  plan: PlanModel;
}

/** A side that could not be read: the CLI prints `plan: <label>: <message>` and exits 2. */
export class SideError extends Error {
  constructor(
    readonly label: string,
    message: string,
  ) {
    super(message);
    this.name = 'SideError';
  }
}

export interface ReadOptions {
  cwd: string;
  matchHeading?: HeadingMatcher;
  /** The config's limits (defaults: DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LIST_ITEMS). */
  maxFileBytes?: number;
  maxListItems?: number;
}

/** A plan's bytes from git, held to the same size limit as a file on disk. */
function decodeBlob(bytes: Buffer, options: ReadOptions): string {
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.length > max) throw new InputError(`is ${bytes.length} bytes, over the ${max} byte limit for a plan (raise "maxFileSize" in .planrc to read it)`);
  return decodeSource(bytes).text;
}

/** `REV:path` when the text is not an existing file and has a colon after a plausible revision. */
export function splitRevisionSpec(spec: string, cwd: string): { revision: string; path: string } | undefined {
  if (existsSync(resolve(cwd, spec))) return undefined;
  const m = /^([^:]+):(.+)$/.exec(spec);
  // `C:\plans\acme.md` is a Windows path, not revision C.
  if (!m || /^[A-Za-z]:[\\/]/.test(spec)) return undefined;
  return { revision: m[1]!, path: m[2]! };
}

/** Reads a plan from a file, or from git for `REV:path`; fails with one line when it cannot, or when it is not a plan. */
export async function readSide(spec: string, options: ReadOptions): Promise<PlanSide> {
  const revisionSpec = splitRevisionSpec(spec, options.cwd);
  try {
    const text = revisionSpec
      ? decodeBlob(await showFile(revisionSpec.revision, revisionSpec.path, options.cwd), options)
      : readSource(resolve(options.cwd, spec), options.maxFileBytes).text;
    return { label: spec, plan: toPlan(text, revisionSpec?.path ?? spec, options) };
  } catch (error) {
    throw asSideError(spec, error);
  }
}

function toPlan(text: string, file: string, options: ReadOptions): PlanModel {
  const plan = buildPlan(text, file, options);
  if (!looksLikePlan(plan)) throw new InputError('is not a plan (no kind or period in its front matter and no plan sections)');
  return plan;
}

/** Named on the command line, a file is a plan when it says so in its front matter or has a section of one. */
function looksLikePlan(plan: PlanModel): boolean {
  const data = plan.frontMatter.data;
  if (Object.hasOwn(data, 'kind') || Object.hasOwn(data, 'period')) return true;
  if (plan.frontMatter.problem && /^(?:kind|period)\s*:/m.test(plan.source.slice(0, 2000))) return true;
  return plan.sections.some((s) => s.key !== undefined);
}

function asSideError(label: string, error: unknown): Error {
  if (error instanceof InputError) return new SideError(label, error.message);
  return error as Error;
}

/** Both sides of one plan changed since a revision; a side is absent when the plan was added or deleted. */
export interface ChangedPlan {
  old: PlanSide | null;
  new: PlanSide | null;
}

/** Every Markdown plan changed since `revision` under `paths`: the revision's version against the working tree. */
export async function readChangedPlans(revision: string, paths: string[], options: ReadOptions): Promise<ChangedPlan[]> {
  let top: string;
  let files: Awaited<ReturnType<typeof changedFiles>>;
  try {
    files = await changedFiles(revision, paths, options.cwd);
    top = await topLevel(options.cwd);
  } catch (error) {
    throw asSideError(revision, error);
  }
  const plans: ChangedPlan[] = [];
  for (const file of files) {
    if (!isMarkdown(file.oldPath) && !isMarkdown(file.newPath)) continue;
    const oldSide = file.oldPath ? await sideAt(revision, file.oldPath, options) : null;
    const newSide = file.newPath ? await sideInTree(top, file.newPath, options) : null;
    // Markdown that is a plan on neither side (a README) is not reported.
    if (oldSide === undefined && newSide === undefined) continue;
    plans.push({ old: oldSide ?? null, new: newSide ?? null });
  }
  return plans;
}

const isMarkdown = (path: string | undefined) => path !== undefined && /\.(?:md|markdown)$/i.test(path);

function sideAt(revision: string, path: string, options: ReadOptions): Promise<PlanSide | undefined> {
  return planSide(`${revision}:${path}`, path, async () => decodeBlob(await showFile(revision, path, options.cwd), options), options);
}

function sideInTree(top: string, path: string, options: ReadOptions): Promise<PlanSide | undefined> {
  const absolute = join(top, path);
  const shown = relative(options.cwd, absolute);
  return planSide(shown === '' || isAbsolute(shown) ? absolute : shown, path, () => readSource(absolute, options.maxFileBytes).text, options);
}

/** One side of a changed file, named `label`; undefined when the file is not a plan. */
async function planSide(label: string, path: string, read: () => string | Promise<string>, options: ReadOptions): Promise<PlanSide | undefined> {
  try {
    return { label, plan: toPlan(await read(), path, options) };
  } catch (error) {
    if (error instanceof InputError && /not a plan/.test(error.message)) return undefined;
    throw asSideError(label, error);
  }
}
