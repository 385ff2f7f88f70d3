import { resolve } from 'node:path';
import { WriteError, writeFileAtomic } from '../files/write.js';
import { type Io, UsageError } from './io.js';

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

/** `-o` naming one of the files just read would replace a plan with its own report. */
export function refuseToOverwriteInput(outputFile: string, inputs: string[], cwd: string): void {
  const target = resolve(cwd, outputFile);
  if (inputs.some((input) => resolve(cwd, input) === target)) {
    throw new UsageError(`${outputFile}: is one of the files being linted; --output-file would overwrite it`);
  }
}
