import { createRequire } from 'node:module';
import { basename, dirname } from 'node:path';

const dates = new Map<string, string | undefined>();

/** The date (YYYY-MM-DD) of the last git commit that touched a file; undefined outside git or for a new file. */
export function lastCommitDate(path: string): string | undefined {
  if (!dates.has(path)) {
    let date: string | undefined;
    // Loaded on first use: few runs ask (an undated `Actual:`), and node:child_process costs every start ~5 ms.
    const { execFileSync } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
    try {
      const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', basename(path)], {
        cwd: dirname(path),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 10_000,
      }).trim();
      if (/^\d{4}-\d{2}-\d{2}$/.test(out)) date = out;
    } catch {
      date = undefined;
    }
    dates.set(path, date);
  }
  return dates.get(path);
}
