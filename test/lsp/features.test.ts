import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completions, documentSymbols } from '../../src/lsp/features.js';
import { buildPlan } from '../../src/model/build.js';
import type { PlanModel } from '../../src/model/types.js';
import { buildGraph } from '../../src/repo/graph.js';
import { ROOT } from '../helpers/cli.js';

const example = (file: string, edit: (text: string) => string = (t) => t) => buildPlan(edit(readFileSync(join(ROOT, 'examples', file), 'utf8')), file);

/** What completes at the end of `before` on the plan's line holding `lineText` (the line is cut to `before`). */
function complete(plan: PlanModel, others: PlanModel[], lineText: string, before: string): string[] {
  const line = plan.source.split('\n').indexOf(lineText) + 1;
  expect(line).toBeGreaterThan(0);
  return completions(buildGraph([plan, ...others], undefined, ROOT), plan, line, before).map((item) => item.label);
}

describe('plan lsp completion and outline (the library models, no server)', () => {
  const company = example('company-fy2027.md');
  const emea = example('teams/emea-enterprise-fy2027.md');
  const acme = example('accounts/acme-fy2027.md');
  const q1 = example('accounts/acme-fy2027-q1.md');
  const all = [company, emea, q1];

  it("offers the plan's own IDs of the right section in a reference field", () => {
    expect(complete(acme, all, '  - Goals: G1, G2', '  - Goals: G1, ')).toEqual(['G1', 'G2']);
    expect(complete(acme, all, '  - Objectives: OB1', '  - Objectives: ')).toEqual(['OB1', 'OB2']);
    expect(complete(acme, all, '  - Opportunities: O1, O2', '  - Opportunities: ')).toEqual(['O1', 'O2']);
  });

  it("offers the parent plan's goals in Supports:, and nothing without a parent", () => {
    expect(complete(acme, all, '  - Supports: G1', '  - Supports: ')).toEqual(['G1', 'G2', 'G3']);
    const orphan = example('accounts/acme-fy2027.md', (t) => t.replace('parent: emea-enterprise-fy2027\n', ''));
    expect(complete(orphan, all, '  - Supports: G1', '  - Supports: ')).toEqual([]);
  });

  it('offers Status values, and plan ids of a wider kind (or the yearly plan of a quarter) in parent:', () => {
    expect(complete(emea, all, '  - Status: on track', '  - Status: ')).toEqual(['on track', 'at risk', 'off track', 'met', 'missed']);
    expect(complete(acme, all, 'parent: emea-enterprise-fy2027', 'parent: ')).toEqual(['company-fy2027', 'emea-enterprise-fy2027']);
    expect(complete(q1, [company, emea, acme], 'parent: acme-fy2027', 'parent: ')).toEqual(['company-fy2027', 'emea-enterprise-fy2027', 'acme-fy2027']);
    expect(complete(acme, all, 'status: active', 'status: ')).toEqual(['draft', 'active', 'closed']);
  });

  it('offers the section headings the plan lacks on a heading line', () => {
    const text = readFileSync(join(ROOT, 'examples', 'company-fy2027.md'), 'utf8');
    const plan = buildPlan(`${text}\n## \n`, 'company-fy2027.md');
    const items = completions(buildGraph([plan]), plan, plan.source.split('\n').indexOf('## ') + 1, '## ');
    expect(items.map((i) => i.label)).toEqual([
      'Account Analysis',
      'Organizational Analysis',
      'Opportunities',
      'Objectives',
      'Approach',
      'Risks',
      'Contingencies',
      'Resources',
      'Check-ins',
      'Review',
    ]);
    expect(items[0]!.textEdit).toMatchObject({ newText: '## Account Analysis' });
  });

  it('outlines sections with their items', () => {
    const outline = documentSymbols(acme);
    expect(outline.map((s) => s.name)).toEqual([
      'Account Analysis',
      'Organizational Analysis',
      'Opportunities',
      'Goals',
      'Objectives',
      'Approach',
      'Risks',
      'Contingencies',
      'Resources',
      'Accountability',
      'Check-ins',
    ]);
    const goals = outline.find((s) => s.name === 'Goals')!;
    expect(goals.children!.map((c) => [c.name, c.detail])).toEqual([
      ['G1', 'Grow ACME ARR from $2.0M to $2.6M by 2027-12-31.'],
      ['G2', 'Renew the $2.0M master agreement with 100% gross retention by 2027-09-30.'],
    ]);
    expect(goals.children![0]!.range.start.line).toBe(30);
  });
});
