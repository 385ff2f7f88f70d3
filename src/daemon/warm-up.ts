import { type FSWatcher, watch } from 'node:fs';
import type { RunQueue } from './run-queue.js';

/** Folders watched at most: one inotify watch each, out of a per-user limit that editors and tools share. */
const MAX_FOLDERS = 1000;
/** An editor's save is several events (write a temporary file, rename it): one warm-up for them all. */
const SETTLE_MS = 10;

/**
 * After a --cache run, the daemon watches the folders of its plans, and when a plan there changes it does that run
 * again, quietly, so that the cache in memory holds the edited plan when the next `plan lint` comes (a pre-commit
 * hook's run right after a save). Only a head start: the next run checks every file as always, so a change the
 * watcher misses (a network file system) costs time, not a wrong result.
 */
export class WarmUp {
  private readonly watchers = new Map<string, FSWatcher>();
  private rerun: (() => Promise<unknown>) | undefined;
  private settle: NodeJS.Timeout | undefined;
  private queued = false;

  constructor(private readonly queue: RunQueue) {}

  /** The run to do again on a change, and the folders of its plans. */
  track(rerun: () => Promise<unknown>, folders: Iterable<string>): void {
    this.rerun = rerun;
    const wanted = new Set([...folders].slice(0, MAX_FOLDERS));
    for (const [folder, watcher] of this.watchers) {
      if (!wanted.has(folder)) {
        watcher.close();
        this.watchers.delete(folder);
      }
    }
    for (const folder of wanted) if (!this.watchers.has(folder)) this.watch(folder);
  }

  stop(): void {
    clearTimeout(this.settle);
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
    this.rerun = undefined;
  }

  private watch(folder: string): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, { persistent: false }, (_event, name) => {
        if (name === null || String(name).endsWith('.md')) this.changed();
      });
    } catch {
      return; // gone, or out of watches: that folder just gets no head start
    }
    watcher.on('error', () => {
      watcher.close();
      this.watchers.delete(folder);
    });
    this.watchers.set(folder, watcher);
  }

  private changed(): void {
    clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      const rerun = this.rerun;
      // One warm-up waiting is enough: it will see every change made before it starts.
      if (!rerun || this.queued) return;
      this.queued = true;
      void this.queue.add(async () => {
        this.queued = false;
        try {
          await rerun();
        } catch {
          // The next real run reports whatever this one ran into.
        }
      });
    }, SETTLE_MS);
  }
}
