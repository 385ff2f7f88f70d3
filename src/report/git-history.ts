import { spawn } from 'node:child_process';
import { git } from '../diff/git.js';

/** One commit that touched plan files, as `git log` tells it. */
export interface Commit {
  hash: string;
  /** Author date, YYYY-MM-DD. */
  date: string;
  author: string;
  /** Paths from the repository's top. */
  files: string[];
}

const RECORD = '\x1e';
const UNIT = '\x1f';

/** `git log` over paths, newest first; `range` is e.g. `REV..HEAD`, or empty for all history. */
export async function commitsTouching(cwd: string, paths: string[], options: { range?: string; since?: string } = {}): Promise<Commit[]> {
  const args = ['-c', 'core.quotePath=false', 'log', `--format=${RECORD}%H${UNIT}%aI${UNIT}%an`, '--name-only', '--no-color', '--no-renames'];
  if (options.since) args.push(`--since=${options.since}`);
  if (options.range) args.push(options.range);
  args.push('--', ...paths);
  const out = (await git(args, cwd)).toString('utf8');
  return out
    .split(RECORD)
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [head, ...names] = record.split('\n');
      const [hash, date, author] = head!.split(UNIT);
      return { hash: hash!, date: date!.slice(0, 10), author: author ?? '', files: names.filter((name) => name !== '') };
    });
}

/** Date of each path's newest commit (paths from the repository's top); one `git log` for all of them. */
export async function lastCommitDates(cwd: string, paths: string[]): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  if (paths.length === 0) return dates;
  for (const commit of await commitsTouching(cwd, paths)) {
    for (const file of commit.files) if (!dates.has(file)) dates.set(file, commit.date);
  }
  return dates;
}

/**
 * The text of many `REV:path` blobs through one `git cat-file --batch` process (not one process per version);
 * `undefined` for a blob that does not exist (a file added by that commit has none in its parent).
 */
export function readBlobs(cwd: string, specs: string[]): Promise<(string | undefined)[]> {
  if (specs.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited ${code}`));
      resolve(parseBatch(Buffer.concat(chunks), specs.length));
    });
    // A spec with a newline would split into two requests: such a path is read as missing.
    child.stdin.end(`${specs.map((spec) => (spec.includes('\n') ? 'missing-path' : spec)).join('\n')}\n`);
  });
}

function parseBatch(out: Buffer, count: number): (string | undefined)[] {
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < count && at < out.length; i++) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      texts.push(undefined); // "<spec> missing" or "ambiguous"
      continue;
    }
    const size = Number(m[2]);
    texts.push(m[1] === 'blob' ? out.toString('utf8', at, at + size).replace(/^\uFEFF/, '') : undefined);
    at += size + 1;
  }
  return texts;
}
