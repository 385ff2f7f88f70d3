import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { findUp, MAX_CONFIG_BYTES, readBoundedText } from '../files/read.js';
import { ConfigError } from './errors.js';
import { resolveConfig, type ResolvedConfig } from './resolve.js';
import { withExtends } from './extends.js';
import { type Config, configSchema } from './schema.js';
import { unknownKeysMessage, valueMessage } from './messages.js';

export const CONFIG_FILE_NAMES = ['.planrc.yaml', '.planrc.yml', '.planrc.json'];

/** The nearest `.planrc.*` in `from` or a folder above it. */
export function findConfigFile(from: string): string | undefined {
  return findUp(from, (dir) => CONFIG_FILE_NAMES.map((name) => join(dir, name)).find((file) => existsSync(file)));
}

/** Reads and validates a config file and what it extends; every problem is a ConfigError naming the file and key. */
export function loadConfigFile(file: string): ResolvedConfig {
  return resolveWithExtends(readConfigData(file), dirname(resolve(file)), file);
}

/** Validates config data given in code (`extends` paths are relative to `baseDir`, or to `file` when given). */
export function validateConfig(data: unknown, baseDir: string, file?: string): ResolvedConfig {
  return resolveWithExtends(parseConfig(data, file), baseDir, file);
}

function resolveWithExtends(own: Config, baseDir: string, file: string | undefined): ResolvedConfig {
  // An `extends` entry is resolved from the config file's folder; data given in code has a stand-in file there.
  const from = file ? resolve(baseDir, basename(file)) : join(baseDir, CONFIG_FILE_NAMES[0]!);
  const merged = own.extends === undefined ? own : withExtends(own, from, readExtendedConfig);
  return resolveConfig(merged, baseDir, file);
}

/** An extended file, checked on its own (rule ids and options too), so that a mistake in it names it. */
function readExtendedConfig(file: string): Config {
  const data = readConfigData(file);
  resolveConfig(data, dirname(file), file);
  return data;
}

/** One config file's own settings, parsed and checked against the schema. */
function readConfigData(file: string): Config {
  let text: string;
  try {
    text = readBoundedText(file, { maxBytes: MAX_CONFIG_BYTES, what: 'a config file' });
  } catch (error) {
    throw new ConfigError((error as Error).message, file);
  }
  // A file with nothing in it but blank lines or comments means "no settings" (js-yaml reads it as no document at all).
  if (/^\s*$/.test(file.endsWith('.json') ? text : text.replace(/^\s*#.*$/gm, ''))) return parseConfig({}, file);
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const where = mark ? `:${mark.line + 1}:${mark.column + 1}` : '';
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    // The position goes with the file name (`.planrc.yaml:2:1`), as in every other message plan prints.
    throw new ConfigError(`not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}`, `${file}${where}`);
  }
  return parseConfig(data ?? {}, file);
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `__proto__`, `constructor` and `prototype` are refused as keys anywhere in a config, alike (zod skips `__proto__`). */
function rejectPrototypeKeys(data: unknown, file?: string): void {
  const stack: { value: unknown; path: string[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.getOwnPropertyNames(value)) {
      if (Array.isArray(value) && key === 'length') continue;
      if (PROTOTYPE_KEYS.has(key)) throw new ConfigError(`${[...path, key].join('.')}: "${key}" is not allowed as a key`, file ?? 'config');
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
}

function parseConfig(data: unknown, file?: string): Config {
  rejectPrototypeKeys(data, file);
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path.map(String), ...(keys.length === 1 ? keys : [])].join('.');
    const message = issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.path.map(String), keys) : valueMessage(issue, data);
    throw new ConfigError(`${path ? `${path}: ` : ''}${message}`, file ?? 'config');
  }
  return parsed.data;
}

/** `--config FILE`, else the nearest `.planrc.*` upward from `cwd`, else the defaults. */
export function loadConfig(cwd: string, configFile?: string): ResolvedConfig {
  if (configFile) {
    const file = resolve(cwd, configFile);
    if (!existsSync(file)) throw new ConfigError('config file not found', configFile);
    return loadConfigFile(file);
  }
  const found = findConfigFile(cwd);
  return found ? loadConfigFile(found) : resolveConfig({}, resolve(cwd));
}
