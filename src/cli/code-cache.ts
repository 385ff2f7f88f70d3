import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { userCacheFolder } from '../files/user-cache.js';
import { fnv1a } from '../text/fnv1a.js';

/**
 * Node 20 compiles every script from source on every start (a compile cache for modules came in Node 22), and for a
 * one-plan lint that compiling is a quarter of the run. This loads a CommonJS bundle through vm.Script with V8's
 * cached code from an earlier run, and after the run saves the code V8 compiled, lazily compiled functions included.
 * (v8-compile-cache, the library for this, saves only what V8 compiles up front, which is little of a bundle.)
 *
 * The cache is an optimisation only: a missing, stale or unreadable cache, or one V8 rejects, means compiling from
 * source as before, and a cache that cannot be written is not an error.
 */
export interface CachedScript<T> {
  exports: T;
  /** 'accepted': V8 used the cached code; 'rejected': it was there but V8 refused it; 'none': there was none. */
  readonly cache: 'accepted' | 'rejected' | 'none';
  /** Saves the compiled code for the next run, unless it came from the cache. Call it after the run's work. */
  save(): void;
}

export interface CodeCacheOptions {
  /** Folder for the cache files; undefined: no cache. */
  cacheDir: string | undefined;
  /** Runs that compile different parts of the script (commands) keep apart caches: each holds what its run used. */
  key: string;
}

/**
 * Where the cache lives: PLAN_COMPILE_CACHE names a folder, or turns the cache off with 0, "off" or "false";
 * otherwise the user's cache folder (~/.cache/plan-lint on Linux), not a shared temporary folder whose files another
 * user could have put there.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.PLAN_COMPILE_CACHE;
  // No home folder to find (a bare container): no cache, as with PLAN_COMPILE_CACHE=0.
  if (setting === undefined) return userCacheFolder('compile');
  return ['', '0', 'off', 'false'].includes(setting.trim().toLowerCase()) ? undefined : setting;
}

/** The cache key for a command line: the command's name ("lint"), or "other" for anything else. */
export function commandKey(argv: readonly string[]): string {
  const command = argv[2];
  return command !== undefined && /^[a-z][a-z-]{0,15}$/.test(command) ? command : 'other';
}

export function loadCachedScript<T>(file: string, { cacheDir, key }: CodeCacheOptions): CachedScript<T> {
  const source = readFileSync(file, 'utf8');
  const name = cacheName(file, key);
  const cacheFile = cacheDir === undefined ? undefined : join(cacheDir, name.file);
  const cachedData = cacheFile === undefined ? undefined : readIfThere(cacheFile);
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    // No importModuleDynamically: in Node 20 it is experimental and lost with cached code; the bundle has no import().
    ...(cachedData ? { cachedData } : {}),
  });
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (exports: T, require: NodeJS.Require, module: { exports: T }, filename: string, dirname: string) => void;
  wrapper(module.exports, createRequire(file), module, file, dirname(file));
  return {
    get exports() {
      return module.exports;
    },
    cache,
    save() {
      if (cacheDir === undefined || cacheFile === undefined || cache === 'accepted') return;
      writeQuietly(cacheFile, script.createCachedData());
      removeEarlierBuilds(cacheDir, name);
    },
  };
}

/**
 * V8 checks that cached code fits its own version and flags, but of the source it checks only the length; the name
 * covers the rest, so that a rebuilt bundle of the same length never runs stale code.
 */
function cacheName(file: string, key: string): CacheName {
  const { size, mtimeMs } = statSync(file);
  // Node's flags are in the name too: V8 refuses code cached under other flags, and two ways of running plan
  // (with and without NODE_OPTIONS, say) would otherwise keep replacing each other's cache.
  const flags = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  const prefix = `${key}-`;
  const suffix = `-${fnv1a(file)}-${fnv1a(flags)}.v8cache`;
  return { file: `${prefix}${process.version}-${process.arch}-${size}-${Math.round(mtimeMs * 1000)}${suffix}`, prefix, suffix };
}

interface CacheName {
  file: string;
  /** What the names of this command's caches for this installation and these flags start and end with. */
  prefix: string;
  suffix: string;
}

/** The caches of this installation's earlier builds (or Node versions) are of no more use: a cache folder stays small. */
function removeEarlierBuilds(cacheDir: string, name: CacheName): void {
  try {
    for (const other of readdirSync(cacheDir)) {
      if (other !== name.file && other.startsWith(name.prefix) && other.endsWith(name.suffix)) rmSync(join(cacheDir, other), { force: true });
    }
  } catch {
    // Another run may be removing them too; whatever is left, the next save tries again.
  }
}


function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed: two runs saving at once never leave half a file for a third to read. */
function writeQuietly(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written, or it cannot be removed either: the next run compiles from source, as without a cache.
    }
  }
}
