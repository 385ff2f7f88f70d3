import { readFileSync, type Stats, statSync } from 'node:fs';

// Apart from plan-cache.ts so that a run without --cache does not load that module (and node:crypto) to lint.

/** A file of the run as the cache sees it: its stat, and its bytes read once and only when needed. */
export interface FileOnDisk {
  path: string;
  /** Undefined when the file cannot be stat'ed. */
  stats: Stats | undefined;
  /** The file's bytes (read on first call, then kept); throws when they cannot be read. */
  bytes(): Uint8Array;
}

export function fileOnDisk(path: string): FileOnDisk {
  let bytes: Uint8Array | undefined;
  return {
    path,
    stats: statSync(path, { throwIfNoEntry: false }),
    bytes: () => (bytes ??= readFileSync(path)),
  };
}
