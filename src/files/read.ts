import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeSource, InputError } from '../parse/source.js';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ReadSource {
  text: string;
  bom: boolean;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ELOOP: 'is a symbolic link that loops',
};

/** Reads a plan file; every failure is an InputError with a one-line reason. */
export function readSource(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): ReadSource {
  return decodeSource(readSourceBytes(path, maxBytes));
}

/**
 * A plan file's bytes as they are (for writers that must keep every one of them). The size is checked before
 * reading, and the file is opened without blocking, so a huge file, a FIFO or a device named `*.md` is refused, not
 * waited on.
 */
export function readSourceBytes(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new InputError(REASONS.EISDIR!);
    if (!stats.isFile()) throw new InputError('is not a regular file');
    if (stats.size > maxBytes) throw tooLarge(stats.size, maxBytes);
    // Read one byte past the limit: a file that grew since fstat is still caught.
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > maxBytes) throw tooLarge(length, maxBytes);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read: ${(code && REASONS[code]) ?? code ?? (error as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): InputError {
  return new InputError(`is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit for a plan (raise "maxFileSize" in .planrc to read it)`);
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}
