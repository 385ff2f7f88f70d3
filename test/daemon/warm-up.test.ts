import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RunQueue } from '../../src/daemon/run-queue.js';
import { WarmUp } from '../../src/daemon/warm-up.js';

let dir: string;
let warmUp: WarmUp;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-warm-up-'));
  warmUp = new WarmUp(new RunQueue());
});
afterEach(() => {
  warmUp.stop();
  rmSync(dir, { recursive: true, force: true });
});

const settled = () => new Promise((resolve) => setTimeout(resolve, 300));

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition() && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('WarmUp: the daemon does the last --cache run again when a plan in its folders changes', () => {
  it('runs it again after a Markdown file there is written, once for a burst of writes', async () => {
    let runs = 0;
    warmUp.track(async () => void runs++, [dir]);
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'plan.md'), `edit ${i}\n`);
    await until(() => runs > 0);
    await settled();
    expect(runs).toBe(1);
  });

  it('leaves other files alone, and folders no longer tracked', async () => {
    let runs = 0;
    const other = mkdtempSync(join(tmpdir(), 'plan-warm-up-other-'));
    try {
      warmUp.track(async () => void runs++, [other]);
      writeFileSync(join(dir, 'plan.md'), 'not watched\n');
      writeFileSync(join(other, '.plancache'), 'not a plan\n');
      await settled();
      expect(runs).toBe(0);
      writeFileSync(join(other, 'plan.md'), 'watched\n');
      await until(() => runs > 0);
      expect(runs).toBe(1);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('runs in the queue, after what is already in it, and not at all once stopped', async () => {
    const queue = new RunQueue();
    const order: string[] = [];
    const queued = new WarmUp(queue);
    let release: () => void = () => undefined;
    void queue.add(() => new Promise<void>((resolve) => (release = () => (order.push('request'), resolve()))));
    queued.track(async () => void order.push('warm-up'), [dir]);
    writeFileSync(join(dir, 'plan.md'), 'edit\n');
    await settled();
    expect(order).toEqual([]);
    release();
    await until(() => order.length === 2);
    expect(order).toEqual(['request', 'warm-up']);
    queued.stop();
    writeFileSync(join(dir, 'plan.md'), 'after stop\n');
    await settled();
    expect(order).toHaveLength(2);
  });
});
