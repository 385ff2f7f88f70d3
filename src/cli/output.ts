import { resolve } from 'node:path';
import { WriteError, writeFileAtomic } from '../files/write.js';
import type { Io } from './io.js';

/** The report goes to stdout, or with `-o FILE` atomically to that file (a CI step never reads half a report). */
export function writeOutput(text: string, outputFile: string | undefined, io: Io): void {
  if (outputFile === undefined) {
    if (text) io.stdout(text);
    return;
  }
  try {
    writeFileAtomic(resolve(io.cwd, outputFile), text);
  } catch (error) {
    throw error instanceof WriteError ? new WriteError(error.message, outputFile) : error;
  }
}
