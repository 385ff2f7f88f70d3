/** Runs tasks one at a time in the order they came: the daemon's runs change the working folder and share a cache. */
export class RunQueue {
  private tail: Promise<unknown> = Promise.resolve();

  add<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every task added so far is done. */
  drained(): Promise<unknown> {
    return this.tail;
  }
}
