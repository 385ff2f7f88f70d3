import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ConfigError } from '../config/errors.js';
import { findUp, MAX_IGNORE_FILE_BYTES, readBoundedText } from './read.js';

export const PLANIGNORE = '.planignore';

function rulesAt(file: string): Ignore | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return ignore().add(readBoundedText(file, { maxBytes: MAX_IGNORE_FILE_BYTES, what: 'an ignore file' }));
  } catch (error) {
    throw new ConfigError((error as Error).message, file);
  }
}

/**
 * Files a folder walk or a glob skips: those matched by `.planignore` in the working directory (gitignore syntax) or
 * by the repo's root `.gitignore`. A file named on the command line is linted all the same.
 */
export function ignoredByFiles(cwd: string): (path: string) => boolean {
  const sources: { base: string; rules: Ignore }[] = [];
  const planignore = rulesAt(join(cwd, PLANIGNORE));
  if (planignore) sources.push({ base: resolve(cwd), rules: planignore });
  // The nearest folder upward that holds `.git`: the repo whose .gitignore applies.
  const root = findUp(cwd, (dir) => (existsSync(join(dir, '.git')) ? dir : undefined));
  const gitignore = root ? rulesAt(join(root, '.gitignore')) : undefined;
  if (root && gitignore) sources.push({ base: root, rules: gitignore });
  if (sources.length === 0) return () => false;
  return (path) =>
    sources.some(({ base, rules }) => {
      const rel = relative(base, path);
      // Paths outside the ignore file's folder are not its business (the ignore package rejects them).
      return rel !== '' && !rel.startsWith('..') && rules.ignores(rel.split(sep).join('/'));
    });
}
