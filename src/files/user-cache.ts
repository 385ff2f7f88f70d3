import { join } from 'node:path';
import envPaths from 'env-paths';

/**
 * A folder of plan's in the user's cache folder (~/.cache/plan-lint/NAME on Linux): per user, not a shared temporary
 * folder. Undefined when there is no home folder to find (a bare container).
 */
export function userCacheFolder(name: string): string | undefined {
  try {
    return join(envPaths('plan-lint', { suffix: '' }).cache, name);
  } catch {
    return undefined;
  }
}
