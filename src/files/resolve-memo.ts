import { resolve } from 'node:path';

const resolved = new Map<string, Map<string, string>>();

/**
 * path.resolve(folder, file), remembered: a run over 1,000 plans asks for each plan's absolute path a dozen times
 * (graph, repo rules, cache), and resolving normalises the whole path each time.
 */
export function resolveIn(folder: string, file: string): string {
  let files = resolved.get(folder);
  if (!files) resolved.set(folder, (files = new Map()));
  let path = files.get(file);
  if (path === undefined) files.set(file, (path = resolve(folder, file)));
  return path;
}
