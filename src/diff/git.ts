import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { InputError } from '../parse/source.js';

const execFileAsync = promisify(execFile);

/** Git runs without a shell, with arguments as an array: nothing a user typed is read by a shell or as an option. */
export async function git(args: string[], cwd: string): Promise<Buffer> {
  try {
    const env = { ...process.env, GIT_PAGER: 'cat', LC_ALL: 'C' };
    return (await execFileAsync('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, env })).stdout;
  } catch (error) {
    const { code, stderr, message } = error as { code?: unknown; stderr?: Buffer; message: string };
    if (code === 'ENOENT') throw new InputError('git is not installed (or not on PATH)');
    const fatal = (stderr?.toString('utf8') ?? '').split('\n').find((line) => line.trim() !== '') ?? message;
    throw new InputError(`git: ${fatal.replace(/^(?:fatal|error):\s*/, '').trim()}`);
  }
}

/** A revision as the user wrote it: never empty, never an option, no spaces or control characters. */
export function checkRevision(revision: string): void {
  if (revision === '' || revision.startsWith('-') || /[\s\u0000-\u001f\u007f]/.test(revision)) {
    throw new InputError(`"${revision}" is not a git revision`);
  }
}

/** Fails with one line unless the revision names a commit. */
export async function verifyRevision(revision: string, cwd: string): Promise<void> {
  checkRevision(revision);
  try {
    await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd);
  } catch (error) {
    const message = (error as Error).message;
    throw new InputError(/not a git repository|not installed/.test(message) ? message : `unknown revision "${revision}"`);
  }
}

/** Whether the repository has a commit yet (one just made with `git init` has none). */
export async function hasCommit(cwd: string): Promise<boolean> {
  try {
    await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], cwd);
    return true;
  } catch {
    return false;
  }
}

/** The bytes of a file at a revision; `path` is from the repository's top, or `./`-relative to cwd as git reads it. */
export async function showFile(revision: string, path: string, cwd: string): Promise<Buffer> {
  await verifyRevision(revision, cwd);
  try {
    return await git(['cat-file', 'blob', `${revision}:${path}`], cwd);
  } catch (error) {
    const message = (error as Error).message;
    if (/does not exist in|exists on disk, but not in/.test(message)) throw new InputError(`no such file in ${revision}`);
    if (/bad file/.test(message)) throw new InputError(`is not a file in ${revision}`);
    throw error;
  }
}

export async function topLevel(cwd: string): Promise<string> {
  return (await git(['rev-parse', '--show-toplevel'], cwd)).toString('utf8').trim();
}

/** A file that differs between a revision and the working tree; paths are from the repository's top. */
export interface ChangedFile {
  /** Absent for a file added since the revision. */
  oldPath?: string;
  /** Absent for a file deleted since the revision. */
  newPath?: string;
}

/** Files changed since `revision` under `paths` (tracked changes, renames followed, and new untracked files). */
export async function changedFiles(revision: string, paths: string[], cwd: string): Promise<ChangedFile[]> {
  await verifyRevision(revision, cwd);
  const pathspec = paths.length > 0 ? paths : ['.'];
  const diff = await git(['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-color', revision, '--', ...pathspec], cwd);
  const fields = diff.toString('utf8').split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; ) {
    const status = fields[i++]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      files.push({ oldPath: fields[i++]!, newPath: fields[i++]! });
    } else {
      const path = fields[i++]!;
      if (status === 'A') files.push({ newPath: path });
      else if (status === 'D') files.push({ oldPath: path });
      else files.push({ oldPath: path, newPath: path });
    }
  }
  const untracked = await git(['ls-files', '-z', '--others', '--exclude-standard', '--full-name', '--', ...pathspec], cwd);
  for (const path of untracked.toString('utf8').split('\0')) if (path) files.push({ newPath: path });
  return files;
}
