import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

/** Output errors on the built binary: no stack trace, ever. */
const env = { ...process.env, PLAN_DAEMON: '0', PLAN_TODAY: '2026-11-25', NO_COLOR: '1' };
const EXAMPLES = join(ROOT, 'examples');

describe('standard output that fails', () => {
  it('a reader that went away (EPIPE) ends the run quietly, with the lint exit code', async () => {
    const child = spawn(process.execPath, [BIN, 'lint', '-f', 'json', '.'], { cwd: EXAMPLES, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the child has even started: its first write gets EPIPE (no timing involved).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    // examples/broken has findings: the exit code says so even though nobody read the report.
    expect(code).toBe(1);
  });

  it('a full disk (/dev/full) is one line and exit code 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, 'lint', '-f', 'json', '.'], { cwd: EXAMPLES, env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.stderr).toBe('plan: cannot write to standard output: no space left on the device\n');
      expect(run.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});
