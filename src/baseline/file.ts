import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { z } from '../zod.js';
import { ConfigError } from '../config/errors.js';
import { MAX_BASELINE_BYTES, readBoundedText } from '../files/read.js';
import { writeFileAtomic } from '../files/write.js';
import type { Baseline, FileKey } from './baseline.js';

/** A baseline that cannot be read or is not one: the CLI prints it as one line and exits 2. */
export class BaselineError extends ConfigError {
  constructor(message: string, file: string) {
    super(message, file);
    this.name = 'BaselineError';
  }
}

const baselineSchema = z.strictObject({
  version: z.literal(1),
  files: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.number().int().positive()))),
});

export function readBaseline(path: string, shown: string): Baseline {
  if (!existsSync(path)) throw new BaselineError('baseline file not found (create it with "plan baseline")', shown);
  let text: string;
  try {
    text = readBoundedText(path, { maxBytes: MAX_BASELINE_BYTES, what: 'a baseline' });
  } catch (error) {
    throw new BaselineError((error as Error).message, shown);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`not valid JSON: ${(error as Error).message}`, shown);
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BaselineError(`not a plan baseline: ${issue.path.join('.') || 'top level'}: ${issue.message}`, shown);
  }
  return parsed.data as Baseline;
}

export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileAtomic(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Files are recorded relative to the baseline's folder, so the same baseline works from any working directory. */
export function fileKeyFor(baselinePath: string, cwd: string): FileKey {
  const base = dirname(baselinePath);
  return (file) => relative(base, resolve(cwd, file)).split(sep).join('/');
}
