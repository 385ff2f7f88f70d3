import { readFileSync, type Stats, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { deserialize } from 'node:v8';
import { type FileStamp, sameStamp } from './stamp.js';

/**
 * The caches this process read or wrote, with the stamp of their file then: a long-lived process (an editor's, the
 * daemon) linting again reads a cache file only when another process replaced it. Reading and decoding a
 * 1,000-plan cache takes longer than a --cache run after one edit does otherwise. Memory-only caches live here too.
 */
const resident = new Map<string, { stamp: FileStamp | undefined; data: object }>();
const MAX_RESIDENT = 4;
/** The name a memory-only cache is kept under (no file path starts so). */
const MEMORY_PREFIX = 'memory:';

/** The cache file's data: the one kept, while the file is the one it was kept with; else read from the file. */
export function residentOrRead<T extends object>(file: string): T | undefined {
  let stats: Stats | undefined;
  try {
    stats = statSync(file);
  } catch {
    return undefined;
  }
  const kept = resident.get(file);
  if (kept && sameStamp(kept.stamp, stats)) return kept.data as T;
  try {
    const data: unknown = deserialize(readFileSync(file));
    if (!data || typeof data !== 'object') return undefined;
    // The stamp taken before the read: if the file was replaced in between, the next open reads it again.
    keep(file, stampOfFile(stats), data);
    return data as T;
  } catch {
    return undefined;
  }
}

/** Keeps what was just written to the cache file, with the file's stamp now. */
export function keepResident(file: string, data: object): void {
  try {
    keep(file, stampOfFile(statSync(file)), data);
  } catch {
    resident.delete(file);
  }
}

/** The name of `cwd`'s memory-only cache. */
export function memoryName(cwd: string): string {
  return `${MEMORY_PREFIX}${resolve(cwd)}`;
}

export function isMemoryName(name: string): boolean {
  return name.startsWith(MEMORY_PREFIX);
}

export function inMemory<T extends object>(name: string): T | undefined {
  return resident.get(name)?.data as T | undefined;
}

export function keepInMemory(name: string, data: object): void {
  keep(name, undefined, data);
}

function stampOfFile(stats: Stats): FileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

function keep(name: string, stamp: FileStamp | undefined, data: object): void {
  resident.delete(name);
  if (resident.size >= MAX_RESIDENT) resident.delete(resident.keys().next().value!);
  resident.set(name, { stamp, data });
}
