import { resolve } from 'node:path';

const resolved = new Map<string, Map<string, string>>();
let remembered = 0;
/** A long-lived process (an editor's) lints many runs: the memo is dropped past this many paths, not kept forever. */
const MAX_REMEMBERED = 50_000;

/**
 * path.resolve(folder, file), remembered: a run over 1,000 plans asks for each plan's absolute path a dozen times
 * (graph, repo rules, cache), and resolving normalises the whole path each time.
 */
export function resolveIn(folder: string, file: string): string {
  let files = resolved.get(folder);
  if (!files) resolved.set(folder, (files = new Map()));
  let path = files.get(file);
  if (path === undefined) {
    if (++remembered > MAX_REMEMBERED) {
      resolved.clear();
      resolved.set(folder, (files = new Map()));
      remembered = 1;
    }
    files.set(file, (path = resolve(folder, file)));
  }
  return path;
}
