import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ResolvedConfig } from '../config/resolve.js';
import type { FileLint } from '../engine/file-lint.js';
import { WriteError, writeFileAtomic } from '../files/write.js';
import { fromPlanData, type PlanData } from '../model/transfer.js';
import { decodeSource } from '../parse/source.js';
import type { LintSettings } from '../rules/define.js';
import type { PlanModel } from '../model/types.js';
import type { Diagnostic } from '../types.js';
import { version } from '../version.js';

export const DEFAULT_CACHE_FILE = '.plancache';

/** What a file's plan rules found, and the plan model the repo rules need, for one content of the file. */
interface CacheEntry {
  /** The path shown for the file (it depends on the working directory). */
  file: string;
  hash: string;
  /** The model without its source, which is the file's text. */
  plan: Omit<PlanData, 'source'>;
  /** Absent for a plan loaded only to resolve links (its plan rules did not run). */
  diagnostics?: Diagnostic[];
}

interface CacheData {
  key: string;
  entries: Map<string, CacheEntry>;
}

/**
 * Per-file results keyed by a hash of the file's bytes. The whole cache is dropped when the tool (its version or
 * its build), the config or the settings (today's date included) change. Only the plan-rule findings and the
 * model are kept: repo rules run on every run over the whole graph, so a change to any plan a file references
 * (or that references it) is always seen.
 */
export class PlanCache {
  private readonly entries: Map<string, CacheEntry>;
  private readonly seen = new Set<string>();
  private changed = false;

  private constructor(
    readonly location: string,
    private readonly key: string,
    entries: Map<string, CacheEntry> | undefined,
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
    const path = resolve(cwd, location);
    const file = isFolder(path) || /[\\/]$/.test(location) ? join(path, DEFAULT_CACHE_FILE) : path;
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (error) {
      throw new WriteError(`cannot create the cache's folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, file);
    }
    const key = hash(JSON.stringify({ version, build: buildStamp(), config: config.source, settings }));
    let data: CacheData | undefined;
    try {
      const read = deserialize(readFileSync(file)) as CacheData;
      if (read && read.key === key && read.entries instanceof Map) data = read;
    } catch {
      data = undefined;
    }
    return new PlanCache(file, key, data?.entries);
  }

  /** The cached outcome for these bytes of the file, if any. */
  lookup(path: string, file: string, bytes: Uint8Array): FileLint | undefined {
    const entry = this.entry(path, file, bytes);
    if (!entry?.diagnostics) return undefined;
    return { path, plan: fromPlanData({ ...entry.plan, source: decodeSource(bytes).text }), diagnostics: entry.diagnostics };
  }

  /** The cached model for these bytes of the file, for a plan loaded only to resolve links. */
  lookupModel(path: string, file: string, bytes: Uint8Array): PlanModel | undefined {
    const entry = this.entry(path, file, bytes);
    return entry && fromPlanData({ ...entry.plan, source: decodeSource(bytes).text });
  }

  private entry(path: string, file: string, bytes: Uint8Array): CacheEntry | undefined {
    this.seen.add(path);
    const entry = this.entries.get(path);
    return entry && entry.file === file && entry.hash === hash(bytes) ? entry : undefined;
  }

  storeModel(path: string, plan: PlanModel, bytes: Uint8Array): void {
    this.seen.add(path);
    const { lines: _lines, source: _source, ...data } = plan;
    this.entries.set(path, { file: plan.file, hash: hash(bytes), plan: data });
    this.changed = true;
  }

  store(outcome: FileLint, bytes: Uint8Array): void {
    this.seen.add(outcome.path);
    if (!('plan' in outcome)) {
      this.changed = this.entries.delete(outcome.path) || this.changed;
      return;
    }
    const { lines: _lines, source: _source, ...plan } = outcome.plan;
    this.entries.set(outcome.path, { file: outcome.plan.file, hash: hash(bytes), plan, diagnostics: outcome.diagnostics });
    this.changed = true;
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
    writeFileAtomic(this.location, serialize({ key: this.key, entries: this.entries } satisfies CacheData));
    this.changed = false;
  }
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
