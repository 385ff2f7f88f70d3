import { ConfigError } from '../config/errors.js';
import { escapeTerminal } from '../text/escape.js';
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

/** The longest path or glob plan takes (arguments, config globs, --ignore-pattern): past it, picomatch throws. */
export const MAX_GLOB_LENGTH = 4096;

export interface Candidate {
  /** Absolute path. */
  path: string;
  /** Named on the command line (always a plan) rather than found by a walk or a glob. */
  explicit: boolean;
}

export interface InputFailure {
  file: string;
  message: string;
  line?: number;
  column?: number;
  /** A glob that matched nothing (not an error with --no-error-on-unmatched). */
  unmatched?: boolean;
}

/** How plan walks a folder: no node_modules or .git, and no symbolic links followed. */
const WALK = { absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false, expandDirectories: false };

export function markdownUnder(folder: string): Promise<string[]> {
  return glob('**/*.md', { cwd: folder, ...WALK });
}

/** A path or glob past PATH_MAX is one line naming its start (picomatch would throw past 65,536 characters). */
export function checkPatternLengths(patterns: readonly string[]): void {
  for (const pattern of patterns) {
    if (pattern.length > MAX_GLOB_LENGTH)
      throw new ConfigError(
        `is a path or glob of ${pattern.length} characters; plan reads at most ${MAX_GLOB_LENGTH}`,
        `${escapeTerminal(pattern.slice(0, 24))}…`,
      );
  }
}

/** Expands files, directories (recursively, `.md` only) and globs into candidate files, in a stable order. */
export async function discover(
  patterns: string[],
  cwd: string,
  ignorePatterns: string[] = [],
  /** .planignore / .gitignore: applies to files found by a walk or a glob, not to files named explicitly. */
  ignoredByFile: (path: string) => boolean = () => false,
): Promise<{ candidates: Candidate[]; failures: InputFailure[] }> {
  checkPatternLengths([...patterns, ...ignorePatterns]);
  const found = new Map<string, Candidate>();
  const failures: InputFailure[] = [];
  // --ignore-pattern globs match paths relative to the working directory, as ESLint's do.
  const ignored = ignorePatterns.length > 0 ? picomatch(ignorePatterns, { dot: true }) : () => false;
  /** Adds a file unless it is ignored; says whether an ignore file (rather than --ignore-pattern) dropped it. */
  const add = (path: string, explicit: boolean): 'added' | 'ignored' | 'by-ignore-file' => {
    if (ignorePatterns.length > 0 && ignored(relativeSlashed(cwd, path))) return 'ignored';
    if (!explicit && ignoredByFile(path)) return 'by-ignore-file';
    const existing = found.get(path);
    if (!existing) found.set(path, { path, explicit });
    else if (explicit) existing.explicit = true;
    return 'added';
  };
  // A folder or glob whose every file an ignore file drops would otherwise lint nothing and pass (ESLint says so too).
  const addAll = (files: string[], what: string, label: string) => {
    const outcomes = files.map((file) => add(resolve(file), false));
    if (files.length > 0 && outcomes.every((o) => o === 'by-ignore-file')) {
      failures.push({
        file: label,
        message: `${files.length === 1 ? 'the one Markdown file' : `all ${files.length} Markdown files`} ${what} ${files.length === 1 ? 'is' : 'are'} ignored by .gitignore or .planignore (--no-ignore lints them)`,
        unmatched: true,
      });
    }
  };
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const stats = statOrUndefined(absolute);
    if (stats?.isFile()) {
      add(absolute, true);
    } else if (stats?.isDirectory()) {
      const files = await markdownUnder(absolute);
      if (files.length === 0) failures.push({ file: displayPath(absolute, cwd), message: 'no Markdown files in this folder' });
      addAll(files.sort(), 'in this folder', pattern);
    } else if (isDynamicPattern(pattern)) {
      const files = await glob(pattern, { cwd, ...WALK });
      const markdown = files.filter((f) => f.toLowerCase().endsWith('.md')).sort();
      if (markdown.length === 0) failures.push({ file: pattern, message: 'no files match this pattern', unmatched: true });
      addAll(markdown, 'it matches', pattern);
    } else {
      failures.push({ file: pattern, message: stats ? 'is neither a file nor a folder' : 'no such file or folder' });
    }
  }
  return { candidates: [...found.values()], failures };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Paths inside the working directory are shown relative to it, others absolute. */
export function displayPath(path: string, cwd: string): string {
  const inside = insideCut(cwd, path);
  if (inside !== undefined) return toSlashes(inside);
  const rel = relative(cwd, path);
  return rel && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? toSlashes(rel) : path;
}

/** `path` relative to `cwd`, with "/" between folders. */
export function relativeSlashed(cwd: string, path: string): string {
  return toSlashes(insideCut(cwd, path) ?? relative(cwd, path));
}

const toSlashes = sep === '/' ? (path: string) => path : (path: string) => path.split(sep).join('/');

/** A "." or ".." segment, a doubled separator or a trailing one: what path.relative would normalise away. */
const NOT_NORMAL = /(?:^|[\\/])\.\.?(?:[\\/]|$)|[\\/][\\/]|[\\/]$/;

/**
 * What path.relative(cwd, path) gives for a path inside `cwd`, by cutting `cwd` off: a 1,000-file run asks this
 * thousands of times, and path.relative resolves both paths again each time. Undefined when it is not that simple.
 */
function insideCut(cwd: string, path: string): string | undefined {
  if (cwd.length < 2 || path.length <= cwd.length + 1 || path[cwd.length] !== sep || !path.startsWith(cwd)) return undefined;
  const rest = path.slice(cwd.length + 1);
  return rest[0] === sep || NOT_NORMAL.test(rest) || NOT_NORMAL.test(cwd) ? undefined : rest;
}
