import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { ConfigError } from './errors.js';
import { resolveConfig, type ResolvedConfig } from './resolve.js';
import { configSchema } from './schema.js';

export const CONFIG_FILE_NAMES = ['.planrc.yaml', '.planrc.yml', '.planrc.json'];

/** The nearest `.planrc.*` in `from` or a folder above it. */
export function findConfigFile(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads and validates a config file; every problem is a ConfigError naming the file and key. */
export function loadConfigFile(file: string): ResolvedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, file);
  }
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
  return validateConfig(data ?? {}, dirname(resolve(file)), file);
}

export function validateConfig(data: unknown, baseDir: string, file?: string): ResolvedConfig {
  const parsed = configSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path.map(String), ...(keys.length === 1 ? keys : [])].join('.');
    const message = issue.code === 'unrecognized_keys' ? `unknown key${keys.length > 1 ? `s ${keys.map((k) => `"${k}"`).join(', ')}` : ''}` : issue.message;
    throw new ConfigError(`${path ? `${path}: ` : ''}${message}`, file ?? 'config');
  }
  return resolveConfig(parsed.data, baseDir, file);
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
