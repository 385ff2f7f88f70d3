/** A failure the CLI reports as one line and exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour on: FORCE_COLOR wins, then NO_COLOR, then whether stdout is a terminal. */
  color: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): Io {
  const env = process.env;
  const force = env.FORCE_COLOR;
  const color = force !== undefined && force !== '' ? force !== '0' && force !== 'false' : env.NO_COLOR !== undefined && env.NO_COLOR !== '' ? false : Boolean(process.stdout.isTTY);
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color,
    env,
    cwd: process.cwd(),
  };
}

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
