import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/lsp/workspace.js';

const examples = join(import.meta.dirname, '../../examples');

describe("the workspace's newest reading of an item (for hover)", () => {
  it('is the newest check-in or Actual: on or before today, as written with its date', async () => {
    const workspace = new Workspace(examples, '2027-05-15');
    await workspace.load();
    const emea = workspace.plans().find((plan) => plan.id === 'emea-enterprise-fy2027')!;
    const goal = (id: string) => emea.items.find((item) => item.section === 'goals' && item.id === id)!;
    expect(workspace.latestReading(emea, goal('G2'))).toBe('3 of 8 (2027-05-02)');
    // Before the check-in was written there is no reading yet.
    const earlier = new Workspace(examples, '2027-04-01');
    await earlier.load();
    const emeaThen = earlier.plans().find((plan) => plan.id === 'emea-enterprise-fy2027')!;
    expect(earlier.latestReading(emeaThen, emeaThen.items.find((item) => item.section === 'goals' && item.id === 'G2')!)).toBeUndefined();
  });
});
