import { readFileSync } from 'node:fs';
import { decodeSource, InputError } from '../parse/source.js';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ReadSource {
  text: string;
  bom: boolean;
}

/** Reads a plan file; every failure is an InputError with a one-line reason. */
export function readSource(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadSource {
  return decodeSource(readSourceBytes(path, maxBytes));
}

/** A plan file's bytes as they are (for writers that must keep every one of them). */
export function readSourceBytes(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EISDIR: 'is a folder, not a file',
    };
    throw new InputError(`cannot read: ${(code && reasons[code]) ?? code ?? (error as Error).message}`);
  }
  if (bytes.length > maxBytes) {
    throw new InputError(`is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit for a plan`);
  }
  return bytes;
}
