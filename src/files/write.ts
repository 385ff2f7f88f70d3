import {
  closeSync,
  readdirSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readBoundedFile } from './read.js';

/** A file could not be written; the message is one line, the file (if any) is untouched. */
export class WriteError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/** The message of a write that found the file changed since it was read. */
export const CHANGED_WHILE_WRITING = 'changed while plan was writing it: nothing written';

/**
 * What a writer read of a file: its bytes (or that it did not exist), compared again just before the rename. The bytes
 * themselves, not a hash: the writer holds them anyway, and hashing loaded node:crypto at every start.
 */
export type FileSnapshot = { bytes: Uint8Array } | { absent: true };

export function snapshotOf(bytes: Uint8Array | undefined): FileSnapshot {
  return bytes === undefined ? { absent: true } : { bytes };
}

export interface WriteOptions {
  /**
   * The file as the writer read it. Just before the rename the file is read again; if it changed, nothing is
   * written and the error's code is ECHANGED (an editor saved meanwhile: its edit is kept). Lock-free: a change in
   * the microseconds between that check and the rename is not seen.
   */
  expected?: FileSnapshot;
  /** Called after the temporary file is written, before the check (tests put an editor's save here). */
  beforeRename?: () => void;
  /** Replace an existing file, keeping its mode (default). With `false` an existing file is an error and stays as it was. */
  overwrite?: boolean;
  /** Create missing parent folders (default: a missing folder is an error). */
  createFolders?: boolean;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENAMETOOLONG: 'the name is too long',
  EEXIST: 'already exists',
  ENOENT: 'its folder does not exist',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? code ?? (error as Error).message;
}

/**
 * Writes a whole file atomically: the data goes to a temporary file in the same folder, is flushed to disk, then
 * takes the target's name in one step, so a reader (or a crash) sees the old file or the new one, never half of one.
 * An existing file keeps its permissions; writing through a symbolic link replaces the file it points to, not the link.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const existing = existingFile(file);
  if (existing && options.overwrite === false) throw new WriteError('already exists', file, 'EEXIST');
  const target = existing ? resolvedTarget(file) : file;
  const folder = dirname(target);
  if (options.createFolders) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new WriteError(`cannot create the folder ${folder}: ${reason(error)}`, file, (error as NodeJS.ErrnoException).code);
    }
  }
  const kept = existing ? keptAttributes(file, target) : undefined;
  removeStaleTemps(folder, basename(target));
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomSuffix()}.tmp`);
  try {
    writeTemp(temp, data, kept);
    options.beforeRename?.();
    if (options.expected && changedSince(target, options.expected)) throw new WriteError(CHANGED_WHILE_WRITING, file, 'ECHANGED');
    if (existing) renameSync(temp, target);
    else placeNew(temp, target);
  } catch (error) {
    removeQuietly(temp);
    if (error instanceof WriteError) throw error;
    throw new WriteError(`cannot write: ${reason(error)}`, file, (error as NodeJS.ErrnoException).code);
  }
}

function changedSince(target: string, expected: FileSnapshot): boolean {
  let bytes: Buffer;
  try {
    bytes = readBoundedFile(target, { maxBytes: 1024 * 1024 * 1024, what: 'a file plan writes' });
  } catch {
    return !('absent' in expected);
  }
  return 'absent' in expected || !bytes.equals(expected.bytes);
}

/** Writing through a symbolic link writes the file it points to; a dangling or looping link is refused. */
function resolvedTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WriteError('is a symbolic link to a file that does not exist: nothing written', file, code);
    if (code === 'ELOOP') throw new WriteError('is a symbolic link that loops: nothing written', file, code);
    throw new WriteError(`cannot write: ${reason(error)}`, file, code);
  }
}

function existingFile(file: string): boolean {
  try {
    const stats = lstatSync(file);
    if (stats.isDirectory()) throw new WriteError('is a folder, not a file', file, 'EISDIR');
    return true;
  } catch (error) {
    if (error instanceof WriteError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new WriteError(`cannot write: ${reason(error)}`, file, (error as NodeJS.ErrnoException).code);
  }
}

interface KeptAttributes {
  mode: number;
  uid: number;
  gid: number;
}

/**
 * What the replaced file keeps: its exact mode and, where the process may set them, its owner and group. A file with
 * other hard links is refused: the rename would split them (the other names would keep the old text).
 */
function keptAttributes(file: string, target: string): KeptAttributes {
  const stats = statSync(target);
  if (stats.nlink > 1)
    throw new WriteError(
      `has ${stats.nlink - 1} other hard link${stats.nlink > 2 ? 's' : ''}; plan replaces files whole, which would split them: nothing written`,
      file,
      'EMLINK',
    );
  return { mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
}

/** A new file gets 0o666 less the umask, as any program's; a replaced one its old mode exactly (chmod, not the umask). */
function writeTemp(temp: string, data: string | Uint8Array, kept: KeptAttributes | undefined): void {
  const fd = openSync(temp, 'wx', kept ? 0o600 : 0o666);
  try {
    if (kept) {
      keepOwner(fd, kept);
      fchmodSync(fd, kept.mode);
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A new file must not replace one that appeared meanwhile: link() fails if the name is taken, rename() would not. */
function placeNew(temp: string, target: string): void {
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new WriteError('already exists', target, 'EEXIST');
    // File systems without hard links: fall back to rename, which is still atomic.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV') {
      renameSync(temp, target);
      return;
    }
    throw error;
  }
  removeQuietly(temp);
}

function keepOwner(fd: number, kept: KeptAttributes): void {
  const uid = process.getuid?.();
  const gid = process.getgid?.();
  if (uid === kept.uid && gid === kept.gid) return;
  try {
    fchownSync(fd, kept.uid, kept.gid);
  } catch {
    // Only root may give a file away (or a member change its group): the file then becomes the writer's, as with any editor.
    try {
      fchownSync(fd, uid ?? kept.uid, kept.gid);
    } catch {
      // not a member of the file's group either
    }
  }
}

/**
 * A writer killed between creating its temporary file and the rename leaves `.NAME.PID.RANDOM.tmp` behind. The next
 * write of NAME removes those whose process is gone (never one another live writer is using).
 */
function removeStaleTemps(folder: string, name: string): void {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return;
  }
  const prefix = `.${name}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const match = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry.slice(prefix.length));
    if (match && !processAlive(Number(match[1]))) removeQuietly(join(folder, entry));
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/**
 * Two writers of one file never share a temporary name. The web crypto global loads Node's crypto module on first
 * use, so a run that writes nothing does not pay for it.
 */
function randomSuffix(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
