import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/api.js';
import { type Alignment, buildAlignment } from '../../src/alignment/build.js';
import { renderDot } from '../../src/alignment/dot.js';
import { renderGraphJson } from '../../src/alignment/graph-json.js';
import { renderMermaid } from '../../src/alignment/mermaid.js';
import { renderTreeJson } from '../../src/alignment/tree-json.js';
import { renderTreeText } from '../../src/alignment/tree-text.js';
import { loadConfig } from '../../src/config/load.js';
import { runPlan } from '../helpers/cli.js';

const REPOS = fileURLToPath(new URL('../fixtures/repos/', import.meta.url));

async function alignmentOf(repo: string, paths = ['.']): Promise<Alignment> {
  const cwd = join(REPOS, repo);
  const { graph } = await loadGraph(paths, { cwd, config: loadConfig(cwd) });
  return buildAlignment(graph);
}

describe('buildAlignment', () => {
  it('hangs each goal under the goal it supports, from the company down to the quarters', async () => {
    const alignment = await alignmentOf('aligned');
    expect(alignment.roots).toEqual(['company-fy2027#G1', 'company-fy2027#G2']);
    const goal = (key: string) => alignment.goals.find((g) => g.key === key)!;
    expect(goal('company-fy2027#G1').supportedBy).toEqual(['emea-fy2027#G1']);
    expect(goal('emea-fy2027#G1').supportedBy).toEqual(['acme-fy2027#G1']);
    expect(goal('acme-fy2027#G1').supportedBy).toEqual(['acme-fy2027-q1#G1', 'acme-fy2027-q2#G1', 'acme-fy2027-q3#G1', 'acme-fy2027-q4#G1']);
    expect(goal('emea-fy2027#G2')).toMatchObject({ status: 'at risk', file: 'teams/emea.md', line: 33, unsupported: false });
    expect(alignment.unaligned).toEqual([]);
    expect(alignment.goals.filter((g) => g.unsupported)).toEqual([]);
  });

  it('marks goals nobody supports, and lists goals that align to nothing', async () => {
    const coverage = await alignmentOf('coverage');
    expect(coverage.goals.filter((g) => g.unsupported).map((g) => g.key)).toEqual(['acme-fy2027#G3']);
    const references = await alignmentOf('references');
    expect(references.unaligned).toEqual(['acme-fy2027#G1', 'acme-fy2027#G2', 'acme-fy2027#G3', 'acme-fy2027#G4']);
  });

  it('shows the plans given, the plans above them and the plans below them, not the whole repo loaded to resolve them', async () => {
    const alignment = await alignmentOf('aligned', ['accounts/globex.md']);
    expect(alignment.plans.map((p) => p.id)).toEqual(['company-fy2027', 'emea-fy2027', 'globex-fy2027']);
    // A plan given alone: its goals' supporters anywhere in the repo (it said "nobody supports this goal" of each).
    const company = await alignmentOf('aligned', ['company.md']);
    expect(company.plans).toHaveLength(8);
    expect(company.goals.find((g) => g.key === 'company-fy2027#G2')!.supportedBy).toEqual(['emea-fy2027#G2']);
    expect(company.goals.filter((g) => g.unsupported)).toEqual([]);
  });

  it('calls no goal unsupported that a plan not shown supports', async () => {
    // EMEA given alone: the company's G2 is supported by APAC, a sibling the tree of EMEA does not show.
    const repo = mkdtempSync(join(tmpdir(), 'plan-align-'));
    cpSync(join(REPOS, 'aligned'), repo, { recursive: true });
    mkdirSync(join(repo, '.git'));
    const emea = join(repo, 'teams/emea.md');
    writeFileSync(emea, readFileSync(emea, 'utf8').replace('  - Supports: company-fy2027#G2\n', ''));
    writeFileSync(
      join(repo, 'teams/apac.md'),
      '---\nid: apac-fy2027\nkind: team\nowner: Kenji Sato\nperiod: FY2027\nparent: company-fy2027\n---\n\n## Goals\n\n- **G1** Win 14 new logos by 2027-12-31.\n  - Supports: G2\n',
    );
    try {
      const { graph } = await loadGraph(['teams/emea.md'], { cwd: repo, config: loadConfig(repo) });
      const alignment = buildAlignment(graph);
      expect(alignment.plans.map((p) => p.id)).not.toContain('apac-fy2027');
      expect(alignment.goals.filter((g) => g.unsupported)).toEqual([]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('renderers', () => {
  it('draws the tree for a terminal', async () => {
    const text = renderTreeText(await alignmentOf('aligned'), { color: false });
    expect(text).toContain(
      'company-fy2027 Northwind — FY2027 company plan (company, FY2027)  company.md\nG1 Grow company ARR from $40M to $52M by 2027-12-31. [on track]\n└── emea-fy2027#G1',
    );
    expect(text).toContain('        ├── acme-fy2027-q1#G1 Book $650k of ACME ARR by 2027-03-31.');
    expect(renderTreeText(await alignmentOf('coverage'), { color: false })).toContain(
      'G3 Raise ACME seat adoption from 60% to 80% by 2027-12-31. ✗ nobody supports this goal',
    );
  });

  it('nests the tree as JSON', async () => {
    const tree = JSON.parse(renderTreeJson(await alignmentOf('aligned')));
    expect(tree.tree[0].supportedBy[0].supportedBy[0]).toMatchObject({ key: 'acme-fy2027#G1', plan: 'acme-fy2027' });
    expect(tree.tree[0].supportedBy[0].supportedBy[0].supportedBy).toHaveLength(4);
  });

  it('writes Mermaid in a fence that GitHub renders, escaping what would end a label', async () => {
    const alignment = await alignmentOf('coverage');
    alignment.goals[0]!.statement = 'Say "hello" <b>#1</b>';
    const mermaid = renderMermaid(alignment);
    expect(mermaid.startsWith('```mermaid\nflowchart BT\n')).toBe(true);
    expect(mermaid.trimEnd().endsWith('```')).toBe(true);
    expect(mermaid).toContain('Say #quot;hello#quot; #lt;b#gt;#35;1#lt;/b#gt;');
    expect(mermaid.match(/ --> /g)).toHaveLength(9);
    expect(mermaid).toMatch(/class g\d+ unsupported/);
  });

  it('writes Graphviz dot and a JSON graph', async () => {
    const alignment = await alignmentOf('aligned');
    const dot = renderDot(alignment);
    expect(dot).toMatch(/^digraph alignment \{/);
    expect(dot.match(/ -> /g)).toHaveLength(8);
    const graph = JSON.parse(renderGraphJson(alignment));
    expect(graph.edges).toContainEqual({ from: 'emea-fy2027#G1', to: 'company-fy2027#G1' });
    expect(graph.nodes).toHaveLength(10);
  });
});

describe('plan tree and plan graph (built binary)', () => {
  const cwd = join(REPOS, 'aligned');

  it('prints the tree as JSON', () => {
    const tree = runPlan(['tree', '--format', 'json'], cwd);
    expect(tree.code).toBe(0);
    expect(JSON.parse(tree.stdout).tree).toHaveLength(2);
  });

  it('prints the graph of a folder and the plans above it as dot', () => {
    const graph = runPlan(['graph', 'accounts', '--format', 'dot'], cwd);
    expect(graph.code).toBe(0);
    expect(graph.stdout).toContain('label="company-fy2027 (company, FY2027)"');
  });

  it('refuses an unknown format in one line, exit 2', () => {
    const bad = runPlan(['graph', '--format', 'svg'], cwd);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('plan: unknown format "svg" (choose one of mermaid, dot, json)\n');
  });
});

describe('docs/workflow.md', () => {
  it('shows plan tree and plan graph as they are on examples/', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const { graph } = await loadGraph(['examples/company-fy2027.md'], { cwd: root, config: loadConfig(root) });
    const alignment = buildAlignment(graph);
    const readme = readFileSync(join(root, 'docs', 'workflow.md'), 'utf8');
    expect(readme).toContain(renderTreeText(alignment, { color: false }));
    expect(readme).toContain(renderMermaid(alignment));
  });
});
