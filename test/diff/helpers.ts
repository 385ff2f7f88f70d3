import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config/resolve.js';
import { diffPlans, type DiffOptions } from '../../src/diff/diff.js';
import type { PlanDiff } from '../../src/diff/types.js';
import { buildPlan } from '../../src/model/build.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'diff');
export const config = resolveConfig({}, process.cwd());

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Diffs two plan texts, linted with the default config on a fixed day. */
export function diffTexts(oldText: string, newText: string, options: DiffOptions = {}): PlanDiff {
  return diffPlans(buildPlan(oldText, 'old.md'), buildPlan(newText, 'new.md'), { lint: { config, today: '2027-02-01' }, ...options });
}

export function diffFixtures(oldName: string, newName: string, options: DiffOptions = {}): PlanDiff {
  return diffTexts(fixture(oldName), fixture(newName), options);
}

/** A small clean plan whose Goals section is the given Markdown. */
export function planWithGoals(goals: string, frontMatter = 'kind: account\nowner: Dana Reyes\nperiod: FY2027-Q1'): string {
  return `---\n${frontMatter}\n---\n\n## Opportunities\n\n- **O1** Replace the legacy MES.\n- **O2** Expand analytics seats.\n\n## Goals\n\n${goals}\n\n## Accountability\n\n- Monthly review.\n`;
}
