import { isatty } from 'node:tty';
import { DEFAULT_MAX_FILE_BYTES, readBoundedStream } from '../files/read.js';

/** A failure the CLI reports as one line and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Options most commands take, as commander gives them. */
export interface SharedOptions {
  config?: string;
  today?: string;
  /** CSV exports of actuals (--actuals, repeatable). */
  actuals?: string[];
  ignorePattern?: string[];
  /** false with --no-ignore. */
  ignore?: boolean;
}

/** How the library finds the command line's plans: --ignore-pattern, and .planignore and .gitignore unless --no-ignore. */
export function walkOptions(options: Pick<SharedOptions, 'ignorePattern' | 'ignore'>, io: Io) {
  return { cwd: io.cwd, ignorePatterns: options.ignorePattern ?? [], ignoreFiles: options.ignore !== false };
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour on: FORCE_COLOR wins, then NO_COLOR, then whether stdout is a terminal. */
  color: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Wrap --help at this width rather than the terminal's (docs/cli.md is generated at a fixed width). */
  helpWidth?: number;
  /** Where questions can be asked (plan init): present only when stdin and stderr are terminals. */
  terminal?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
  /** Tests only: called with the file as given when a writer (--fix, review) has its copy ready, before it checks and renames. */
  beforeRename?: (file: string) => void;
}

/** Colour on: FORCE_COLOR wins, then NO_COLOR, then whether stdout is a terminal. */
export function colorFor(env: NodeJS.ProcessEnv, stdoutIsTerminal: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return env.NO_COLOR !== undefined && env.NO_COLOR !== '' ? false : stdoutIsTerminal;
}

/** Standard input as text, refused past `maxBytes` (a plan's limit) without reading on: `< /dev/zero` ends. */
export async function readProcessStdin(maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  return (await readBoundedStream(process.stdin, { maxBytes, what: 'a plan', hint: 'raise "maxFileSize" in .planrc to read it' })).toString('utf8');
}

const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EBADF: 'it is closed',
  EACCES: 'permission denied',
};

/**
 * A reader that goes away (`plan lint | head -c1`: EPIPE) ends the output quietly, with the run's exit code. Any
 * other failure to write stdout (`> /dev/full`) is one line on stderr and exit code 2, set when the process exits
 * (the run may have finished first).
 */
export function guardStdout(stdout: NodeJS.WriteStream = process.stdout): void {
  let failed = false;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || failed) return;
    failed = true;
    process.stderr.write(`plan: cannot write to standard output: ${(error.code && WRITE_REASONS[error.code]) ?? error.code ?? error.message}\n`);
    process.on('exit', () => {
      process.exitCode = EXIT.failure;
    });
  });
}

export function processIo(): Io {
  const env = process.env;
  // Node makes each standard stream on first use (~5 ms of a start each): a clean lint writes and asks nothing.
  let guarded = false;
  return {
    stdout: (text) => {
      if (!guarded) guardStdout();
      guarded = true;
      process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    color: colorFor(env, isatty(1)),
    env,
    cwd: process.cwd(),
    // Questions go to stderr so that `plan init --stdout > file` keeps only the plan on stdout.
    get terminal() {
      return isatty(0) && isatty(2) ? { input: process.stdin, output: process.stderr } : undefined;
    },
  };
}

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
