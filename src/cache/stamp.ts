import type { Stats } from 'node:fs';

/** A file's size, times and inode: while they stay the same, its bytes are taken to be the same. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * A file modified this recently is always read and hashed: a second change within its timestamp's resolution (up to
 * 2 s on some file systems) could keep size and times the same. Git's index treats "racily clean" files alike.
 */
export const RACY_MS = 2000;

/** The stamp to record for a file, or undefined when it changed too recently to be trusted (RACY_MS). */
export function stampOf(stats: Stats | undefined, now: number): FileStamp | undefined {
  if (!stats || stats.mtimeMs > now - RACY_MS || stats.ctimeMs > now - RACY_MS) return undefined;
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

export function sameStamp(stamp: FileStamp | undefined, stats: Stats | undefined): boolean {
  return !!stamp && !!stats && stamp.size === stats.size && stamp.mtimeMs === stats.mtimeMs && stamp.ctimeMs === stats.ctimeMs && stamp.ino === stats.ino;
}
