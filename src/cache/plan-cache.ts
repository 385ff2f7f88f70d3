import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ResolvedConfig } from '../config/resolve.js';
import type { FileLint } from '../engine/file-lint.js';
import { WriteError, writeFileAtomic } from '../files/write.js';
import type { LintSettings } from '../rules/define.js';
import { buildPlan } from '../model/build.js';
import type { PlanModel } from '../model/types.js';
import type { Diagnostic } from '../types.js';
import { version } from '../version.js';
import { headOf, lazyPlan, type PlanHead } from '../model/lazy-plan.js';
import { decodeSource } from '../parse/source.js';
import type { FileOnDisk } from './file-on-disk.js';
import { type FileStamp, sameStamp, stampOf } from './stamp.js';

export const DEFAULT_CACHE_FILE = '.plancache';

/** What the repo rules found in a file on the last run, and the plans whose change could change that. */
export interface RepoMemo {
  /** Absent for a plan that was only loaded to resolve links (its findings were not reported). */
  findings?: Diagnostic[];
  /** Absolute paths of the plans linked with this one, in either direction (see repo-reuse.ts). */
  neighbours: string[];
}

/** What a file's plan rules found, and the plan model the repo rules need, for one content of the file. */
interface CacheEntry {
  /** The path shown for the file (it depends on the working directory). */
  file: string;
  hash: string;
  /** The file's size, times and inode when `hash` was taken; while they stay the same, the file is not read again. */
  stamp?: FileStamp;
  /** The model's head; the rest is read again from the file's text when a rule asks for it. */
  head: PlanHead;
  /** Absent for a plan loaded only to resolve links (its plan rules did not run). */
  diagnostics?: Diagnostic[];
  repo?: RepoMemo;
}

interface CacheData {
  key: string;
  /** The shape of the repo graph the repo memos were made on (see repo-reuse.ts). */
  skeleton?: string;
  entries: Map<string, CacheEntry>;
}

/**
 * Per-file results keyed by a hash of the file's bytes; a file whose size, times and inode are those recorded with
 * the hash is not read again (see stamp.ts). The whole cache is dropped when the tool (its version or
 * its build), the config or the settings (today's date included) change. Plan-rule findings are kept per file;
 * repo-rule findings are kept with the plans they depend on, and worked out again for the plans near a change
 * (repo-reuse.ts), so a change to any plan a file references (or that references it) is always seen.
 */
export class PlanCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly seen = new Set<string>();
  /** Paths whose cached entry matched this run's bytes. */
  private readonly hits = new Set<string>();
  private changed = false;

  private constructor(
    readonly location: string,
    private readonly key: string,
    private skeleton: string | undefined,
    entries: Map<string, CacheEntry> | undefined,
    /** Reads a plan's model from its text, as linting it did (file name, heading aliases, limits). */
    private readonly rebuild: (source: string, file: string) => PlanModel,
  ) {
    this.entries = entries ?? new Map();
    this.changed = entries === undefined;
  }

  /**
   * The cache at `location` (relative to `cwd`: a file, or a folder, existing or ending in "/", to hold `.plancache`);
   * a missing, stale or unreadable one starts empty.
   */
  static open(location: string, cwd: string, config: ResolvedConfig, settings: LintSettings): PlanCache | undefined {
    if (!config.source) return undefined;
    const { key, rebuild } = keyAndRebuild(config, settings);
    const path = resolve(cwd, location);
    const file = isFolder(path) || /[\\/]$/.test(location) ? join(path, DEFAULT_CACHE_FILE) : path;
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (error) {
      throw new WriteError(`cannot create the cache's folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, file);
    }
    const read = readCacheFile(file);
    const data = read && read.key === key && read.entries instanceof Map ? read : undefined;
    return new PlanCache(file, key, data?.skeleton, data?.entries, rebuild);
  }

  /** The cached outcome for the file as it is now, if any; throws when the file must be read and cannot be. */
  lookup(file: string, disk: FileOnDisk): FileLint | undefined {
    const entry = this.entry(file, disk);
    if (!entry?.diagnostics) return undefined;
    return { path: disk.path, plan: this.lazyModel(entry, file, disk), diagnostics: entry.diagnostics };
  }

  /** The cached model for the file as it is now, for a plan loaded only to resolve links. */
  lookupModel(file: string, disk: FileOnDisk): PlanModel | undefined {
    const entry = this.entry(file, disk);
    return entry && this.lazyModel(entry, file, disk);
  }

  private lazyModel(entry: CacheEntry, file: string, disk: FileOnDisk): PlanModel {
    return lazyPlan(entry.head, () => decodeSource(disk.bytes()).text, (text) => this.rebuild(text, file));
  }

  private entry(file: string, disk: FileOnDisk): CacheEntry | undefined {
    const { path } = disk;
    this.seen.add(path);
    const entry = this.entries.get(path);
    if (!entry || entry.file !== file) return undefined;
    if (!sameStamp(entry.stamp, disk.stats)) {
      if (entry.hash !== hash(disk.bytes())) return undefined;
      // The same bytes under a new stamp (touched, copied back): the next run need not read them.
      const stamp = stampOf(disk.stats, Date.now());
      if (stamp || entry.stamp) {
        entry.stamp = stamp;
        this.changed = true;
      }
    }
    this.hits.add(path);
    return entry;
  }

  storeModel(plan: PlanModel, disk: FileOnDisk): void {
    this.seen.add(disk.path);
    this.entries.set(disk.path, { ...this.identity(plan, disk), head: headOf(plan), ...this.repoOf(disk.path) });
    this.changed = true;
  }

  store(outcome: FileLint, disk: FileOnDisk): void {
    this.seen.add(outcome.path);
    if (!('plan' in outcome)) {
      this.changed = this.entries.delete(outcome.path) || this.changed;
      return;
    }
    this.entries.set(outcome.path, { ...this.identity(outcome.plan, disk), head: headOf(outcome.plan), diagnostics: outcome.diagnostics, ...this.repoOf(outcome.path) });
    this.changed = true;
  }

  private identity(plan: PlanModel, disk: FileOnDisk): Pick<CacheEntry, 'file' | 'hash' | 'stamp'> {
    const stamp = stampOf(disk.stats, Date.now());
    return stamp ? { file: plan.file, hash: hash(disk.bytes()), stamp } : { file: plan.file, hash: hash(disk.bytes()) };
  }

  /** A new content of a file keeps its last repo memo: which plans it was linked with is what the next run compares. */
  private repoOf(path: string): { repo?: RepoMemo } {
    const repo = this.entries.get(path)?.repo;
    return repo ? { repo } : {};
  }

  /** Whether this run's bytes of the file are those the cache holds (its plan did not change since). */
  unchanged(path: string): boolean {
    return this.hits.has(path);
  }

  /** The repo memo of a plan, when the last run's graph had this skeleton and the plan was in it. */
  repoMemo(skeleton: string, path: string): RepoMemo | undefined {
    return skeleton === this.skeleton ? this.entries.get(path)?.repo : undefined;
  }

  /** Records this run's repo memos; every plan of the graph has one, so the next run can trust the skeleton. */
  storeRepo(skeleton: string, memos: ReadonlyMap<string, RepoMemo>): void {
    for (const [path, memo] of memos) {
      const entry = this.entries.get(path);
      if (!entry || sameMemo(entry.repo, memo)) continue;
      entry.repo = memo;
      this.changed = true;
    }
    if (skeleton !== this.skeleton) this.changed = true;
    this.skeleton = skeleton;
  }

  /** Writes the cache if anything changed, keeping entries of files not linted this time while they still exist. */
  save(): void {
    for (const path of this.entries.keys()) {
      if (!this.seen.has(path) && !existsSync(path)) {
        this.entries.delete(path);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const data: CacheData = { key: this.key, skeleton: this.skeleton, entries: this.entries };
    writeFileAtomic(this.location, serialize(data));
    this.changed = false;
  }
}

function readCacheFile(file: string): CacheData | undefined {
  try {
    const data: unknown = deserialize(readFileSync(file));
    return data && typeof data === 'object' ? (data as CacheData) : undefined;
  } catch {
    return undefined;
  }
}

/** A plan not judged again keeps last run's arrays (repo-reuse.ts), so the same arrays mean the same memo. */
function sameMemo(old: RepoMemo | undefined, memo: RepoMemo): boolean {
  return old !== undefined && old.findings === memo.findings && old.neighbours === memo.neighbours;
}

/** The cache's key (the tool's version and build, the config, the settings), and how it reads a plan again. */
function keyAndRebuild(config: ResolvedConfig, settings: LintSettings): { key: string; rebuild: (text: string, file: string) => PlanModel } {
  const key = hash(JSON.stringify({ version, build: buildStamp(), config: config.source, settings }));
  return { key, rebuild: (text, file) => buildPlan(text, file, { matchHeading: config.matchHeading, maxListItems: config.maxListItems }) };
}

function hash(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('base64');
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** When this code was built: a rebuilt tool (the same version number in development) must not trust old results. */
function buildStamp(): number {
  try {
    return statSync(fileURLToPath(import.meta.url)).mtimeMs;
  } catch {
    return 0;
  }
}
