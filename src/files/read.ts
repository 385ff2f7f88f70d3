import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type DecodedSource, decodeSource, InputError } from '../parse/source.js';

/** A plan is tens of kilobytes; 2 MB of plain lines already takes micromark ~0.5 s (`maxFileSize` raises it). */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Caps for the files plan reads besides plans; each is far above what a real one holds. */
export const MAX_CONFIG_BYTES = 256 * 1024;
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024;
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** What a file is, for the message past its limit: "a plan", "a config file", … */
export interface ReadLimit {
  maxBytes: number;
  what: string;
  /** How to raise the limit, if it can be raised ("raise \"maxFileSize\" in .planrc to read it"). */
  hint?: string;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'is a symbolic link that loops',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENAMETOOLONG: 'the name is too long',
};

const PLAN_HINT = 'raise "maxFileSize" in .planrc to read it';

/** Reads a plan file; every failure is an InputError with a one-line reason. */
export function readSource(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): DecodedSource {
  return decodeSource(readSourceBytes(path, maxBytes));
}

/** A plan file's bytes as they are (for writers that must keep every one of them). */
export function readSourceBytes(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Buffer {
  return readBoundedFile(path, { maxBytes, what: 'a plan', hint: PLAN_HINT });
}

/**
 * The bytes of a regular file, at most `limit.maxBytes` of them; every failure is an InputError with a one-line
 * reason. The file is opened without blocking and must be a regular file, so a FIFO or a device (a symbolic link to
 * /dev/zero) is refused, not waited on. The limit is enforced on the bytes actually read, never on the size `stat`
 * gave (a file may grow, and /proc files say 0); a size over the limit is only used to refuse early.
 */
export function readBoundedFile(path: string, limit: ReadLimit): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new InputError(REASONS.EISDIR!);
    if (!stats.isFile()) throw new InputError('is not a regular file');
    if (stats.size > limit.maxBytes) throw tooLarge(limit, stats.size);
    // One buffer of the size stat gave plus one byte: a plan is one read (64 KB chunks left 1,000 plans holding 64 MB
    // of mostly empty buffers), and a read short of that byte is the end of the file, with no read of 0 bytes to
    // prove it (a lint of 1,000 plans: 2,209 -> 1,208 read calls, strace). A file that grew (or a /proc file, which
    // says 0) gets a larger buffer. Read one byte past the limit, whatever stat said: that byte is the proof the file
    // is too large.
    let buffer = Buffer.allocUnsafe(Math.min(stats.size + 1, limit.maxBytes + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit.maxBytes) throw tooLarge(limit);
        const larger = Buffer.allocUnsafe(Math.min(Math.max(2 * length, 64 * 1024), limit.maxBytes + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      length += n;
      if (n === 0 || length === stats.size) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read: ${(code && REASONS[code]) ?? code ?? (error as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A regular file's text (UTF-8, a byte order mark dropped) within a limit. */
export function readBoundedText(path: string, limit: ReadLimit): string {
  return readBoundedFile(path, limit)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** A stream's bytes (standard input), at most `limit.maxBytes`: past that it is refused without reading on. */
export async function readBoundedStream(stream: AsyncIterable<Buffer | string>, limit: ReadLimit): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    length += bytes.length;
    if (length > limit.maxBytes) throw tooLarge(limit);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}

function tooLarge(limit: ReadLimit, size?: number): InputError {
  const amount = size === undefined ? 'is larger than' : `is ${formatSize(size)}, over`;
  const hint = limit.hint ? ` (${limit.hint})` : '';
  return new InputError(`${amount} the ${formatSize(limit.maxBytes)} limit for ${limit.what}${hint}`);
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

/** Whether anything (even a dangling link) is at a path; false when it cannot be reached (a part of it is a file). */
export function pathExists(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

/** Whether a path (or the link at it) is a folder; false for anything else or a path that cannot be reached. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The first answer `found` gives for the folder `from` or one above it, nearest first; undefined when none gives one. */
export function findUp<T>(from: string, found: (folder: string) => T | undefined): T | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const answer = found(dir);
    if (answer !== undefined) return answer;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The first `bytes` bytes of a file as text (a size check, a marker), or undefined when it cannot be opened or read. */
export function readHead(path: string, bytes: number): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
