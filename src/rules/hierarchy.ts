import { isWiderKind, widerKinds } from '../model/kinds.js';
import type { PlanSummary } from '../model/types.js';
import { ancestorsOf, type PlanGraph } from '../repo/graph.js';
import { parsePeriod } from '../time/period.js';
import { anchorOf, defineRule, noOptions } from './define.js';
import { keyPlace } from './util.js';

export default defineRule({
  id: 'hierarchy',
  scope: 'repo',
  description: 'A plan whose parent is not of a wider kind (account, territory -> team -> region -> company)',
  defaultSeverity: 'warn',
  fixable: false,
  messages: { notWider: 'Parent plan "{{parent}}" is {{parentKind}} plan, not wider than this {{kind}} plan: {{expected}}' },
  options: noOptions,
  docs: {
    rationale:
      "Goals roll up: an account or territory plan supports a team plan, a team plan a region or the company plan. A parent of the same or a narrower kind (a team plan under an account plan) is usually the wrong plan picked as parent. A plan may have a parent of its own kind for another period: a quarter plan under its yearly plan (a period outside the parent's is period-within-parent's finding). Plans or parents without a kind, and loops of parents (parent-cycle), are not judged here.",
    invalid: '---\nkind: team\nperiod: FY2027\nparent: acme-fy2027\n---\n\n(acme-fy2027 is an account plan)',
    valid: '---\nkind: account\nperiod: FY2027\nparent: emea-fy2027\n---\n\n(emea-fy2027 is a team plan)',
  },
  check({ graph, settings, report }) {
    for (const plan of graph.plans) {
      if (!graph.isLinted(plan) || !plan.kind) continue;
      const parent = graph.parentOf(plan);
      if (!parent?.kind || parent === plan || isWiderKind(parent.kind, plan.kind)) continue;
      // Same kind: a breakdown over time (a quarter under its year) is fine, and a period outside the parent's is
      // period-within-parent's finding; only the same period twice is a step sideways. A loop is parent-cycle's.
      if (parent.kind === plan.kind && !samePeriod(plan.period, parent.period, settings.fiscalYearStart)) continue;
      if (inLoop(graph, plan)) continue;
      const wider = widerKinds(plan.kind);
      const expected =
        wider.length > 0
          ? `${article(plan.kind)} ${plan.kind} plan's parent is ${article(wider[0]!)} ${orList(wider)} plan`
          : `${article(plan.kind)} ${plan.kind} plan has no wider plan to align to`;
      report({
        plan,
        messageId: 'notWider',
        data: { parent: parent.id, parentKind: `${article(parent.kind)} ${parent.kind}`, kind: plan.kind, expected },
        at: keyPlace(plan, 'parent'),
        anchor: anchorOf.frontmatter('parent'),
      });
    }
  },
});

function samePeriod(own: string | undefined, other: string | undefined, fiscalYearStart: number): boolean {
  const a = own ? parsePeriod(own, fiscalYearStart) : undefined;
  const b = other ? parsePeriod(other, fiscalYearStart) : undefined;
  return a !== undefined && b !== undefined && a.start === b.start && a.end === b.end;
}

/** Whether following parents from `plan` comes back to it. */
function inLoop(graph: PlanGraph, plan: PlanSummary): boolean {
  const chain = ancestorsOf(graph, plan);
  return chain.length > 0 && graph.parentOf(chain[chain.length - 1]!) === plan;
}

function orList(words: string[]): string {
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
