import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { escapePath } from 'tinyglobby';
import { ConfigError } from './errors.js';
import { mergeConfigs } from './merge.js';
import type { Config } from './schema.js';

/** Reads one config file's own settings (its `extends` not followed), validated; problems name that file. */
export type ReadConfig = (file: string) => Config;

const CONFIG_EXTENSIONS = /\.(?:ya?ml|json)$/i;

/**
 * `config`, read from `file`, laid over everything it extends: each entry in order (a later one overrides an earlier
 * one), each with its own `extends` first, and the file itself last. Paths in an extended file (`plans`, `templates`)
 * are rewritten relative to the first file's folder, so that they still mean what they meant in their own file.
 */
export function withExtends(config: Config, file: string, read: ReadConfig): Config {
  return flatten(config, file, read, dirname(file), [file]);
}

function flatten(config: Config, file: string, read: ReadConfig, rootDir: string, chain: string[]): Config {
  let merged: Config = {};
  for (const entry of [config.extends ?? []].flat()) {
    const target = locate(entry, file);
    if (chain.includes(target)) {
      const cycle = [...chain, target].map((path) => relative(rootDir, path) || path).join(' -> ');
      throw new ConfigError(`extends "${entry}": a cycle (${cycle})`, file);
    }
    merged = mergeConfigs(merged, flatten(read(target), target, read, rootDir, [...chain, target]));
  }
  return mergeConfigs(merged, rebase(config, dirname(file), rootDir));
}

/** `./x`, `../x` and absolute paths are files next to the config; anything else is an npm package (or a file in one). */
function isPathEntry(entry: string): boolean {
  return /^\.{1,2}(?:[\\/]|$)/.test(entry) || isAbsolute(entry);
}

/** The config file an `extends` entry names, resolved from the folder of the file that names it. */
function locate(entry: string, file: string): string {
  if (isPathEntry(entry)) {
    const target = resolve(dirname(file), entry);
    if (!existsSync(target)) throw new ConfigError(`extends "${entry}": file not found`, file);
    return target;
  }
  let target: string;
  try {
    // Node's own lookup (node_modules folders upward, the package's "main"), as ESLint and markdownlint do.
    target = createRequire(file).resolve(entry);
  } catch {
    throw new ConfigError(`extends "${entry}": package not found (install it, or start a path with ./)`, file);
  }
  if (!CONFIG_EXTENSIONS.test(target)) {
    throw new ConfigError(`extends "${entry}": resolves to ${target}, which is not a .yaml, .yml or .json config (set the package's "main" to one)`, file);
  }
  return target;
}

/** The paths of a config read in `fromDir`, made to work from `toDir`. */
function rebase(config: Config, fromDir: string, toDir: string): Config {
  if (fromDir === toDir) return config;
  const rebased: Config = { ...config };
  const prefix = escapePath(relative(toDir, fromDir).split(sep).join('/'));
  if (config.plans) rebased.plans = config.plans.map((glob) => rebaseGlob(glob, prefix));
  if (config.templates) rebased.templates = resolve(fromDir, config.templates);
  return rebased;
}

function rebaseGlob(glob: string, prefix: string): string {
  const negated = glob.startsWith('!');
  const body = negated ? glob.slice(1) : glob;
  if (isAbsolute(body) || prefix === '') return glob;
  // normalize folds `shared/../plans` to `plans`, which the glob library would not match otherwise.
  return `${negated ? '!' : ''}${posix.normalize(`${prefix}/${body}`)}`;
}
