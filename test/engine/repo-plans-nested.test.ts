import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepoPlans } from '../../src/engine/repo-plans.js';
import { buildPlan } from '../../src/model/build.js';

const plan = (parent: string) => `---\nkind: team\nowner: A\nperiod: FY2027\nparent: ${parent}\n---\n## Goals\n`;

describe('the plans of a repo nested in another repo', () => {
  it('belong to the inner repo only, when both repos are looked in by one run', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'plan-nested-'));
    const inner = join(outer, 'inner');
    mkdirSync(join(outer, '.git'));
    mkdirSync(inner);
    writeFileSync(join(inner, '.planrc.yaml'), '{}\n');
    writeFileSync(join(outer, 'a.md'), plan('missing-outer'));
    writeFileSync(join(outer, 'outer-sibling.md'), plan('x'));
    writeFileSync(join(inner, 'b.md'), plan('missing-inner'));
    writeFileSync(join(inner, 'inner-sibling.md'), plan('y'));
    const given = ['a.md', 'inner/b.md'].map((file) => buildPlan(readFileSync(join(outer, file), 'utf8'), file));
    const extras = await loadRepoPlans(given, {
      cwd: outer,
      walked: [],
      loaded: new Set(given.map((p) => join(outer, p.file))),
      load: (path) => buildPlan(readFileSync(path, 'utf8'), relative(outer, path)),
    });
    expect(extras.map((p) => basename(p.file)).sort()).toEqual(['inner-sibling.md', 'outer-sibling.md']);
  });
});
