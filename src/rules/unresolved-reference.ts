import { isReferenceField, REFERENCE_FIELDS } from '../model/fields.js';
import { idKey } from '../model/ids.js';
import type { SectionKey } from '../model/sections.js';
import type { PlanSummary, Reference } from '../model/types.js';
import { resolveReference } from '../repo/references.js';
import { findItem, type PlanGraph } from '../repo/graph.js';
import { didYouMean } from '../text/did-you-mean.js';
import { anchorOf, defineRule, noOptions, type Report } from './define.js';
import { isLocal, keyPlace, SECTION_NOUN } from './util.js';

const messages = {
  missing: '"{{ref}}" does not exist in this plan{{hint}}',
  wrongType: '"{{ref}}" is {{actual}}, not {{expected}}',
  reviewNoGoal: 'Review item "{{id}}" names no goal of this plan',
  noParentPlan: 'Parent "{{parent}}" not found: no plan has this id, and no plan file has this path',
  noPlan: '"{{ref}}" names plan "{{plan}}", which does not exist (no plan has this id)',
  supportsWithoutParent:
    '"{{ref}}" in Supports means an item of the parent plan, but this plan has no parent: write "plan-id#{{id}}" or add "parent:" to the front matter',
  noItem: '"{{ref}}" does not exist: plan "{{plan}}" has no item {{id}}',
  wrongTypeInPlan: '"{{ref}}" is {{actual}} of plan "{{plan}}", not {{expected}}',
};

/** A finding of this rule. */
type Problem = Report<keyof typeof messages>;

/**
 * The plans a plan's missing ID may belong to, nearest first: its parent, then the plans it names (`plan-id#ID`).
 */
function nearbyPlans(plan: PlanSummary, graph: PlanGraph): PlanSummary[] {
  const found: PlanSummary[] = [];
  const parent = graph.parentOf(plan);
  if (parent && parent !== plan) found.push(parent);
  const named = [...new Set(plan.items.flatMap((item) => item.fields.flatMap((field) => field.refs.flatMap((ref) => (ref.plan ? [ref.plan] : [])))))].sort();
  for (const name of named) {
    const lookup = graph.lookup(name, plan);
    if ('found' in lookup && lookup.found !== plan && !found.includes(lookup.found)) found.push(lookup.found);
  }
  return found;
}

/**
 * The next step for an ID missing from its plan: the qualified `plan-id#G3` when the parent or another plan has it,
 * else the plan's nearest ID of the expected kind (did-you-mean). Empty when neither helps.
 */
function missingIdHint(plan: PlanSummary, ref: Reference, expected: SectionKey | undefined, graph: PlanGraph): string {
  const holder = nearbyPlans(plan, graph).find((p) =>
    p.items.some((item) => item.id && idKey(item.id) === idKey(ref.id) && (!expected || item.section === expected)),
  );
  if (holder) return `; plan "${holder.id}" has ${ref.id}: write "${holder.id}#${ref.id}"`;
  // Only a misspelt ID (O-1 for O1, 0B1 for OB1): G2 for G3 would be another item, not a typo.
  const digits = (id: string) => id.replace(/\D/g, '');
  const candidates = plan.items
    .filter((item) => item.id && (!expected || item.section === expected) && digits(item.id) === digits(ref.id))
    .map((item) => item.id as string);
  const near = didYouMean(ref.id, candidates);
  return near ? `; did you mean "${near}"?` : '';
}

/** Items a `Supports:` reference may point to: what a plan aligns are its goals and objectives. */
const SUPPORTABLE: readonly SectionKey[] = ['goals', 'objectives'];

/**
 * The plan's links, in one walk of its fields: a plain ID of a field other than `Supports:` is this plan's own; a
 * `plan-id#ID` and an unqualified `Supports:` ID (it means the parent plan) are resolved in the graph, as is the
 * `parent` key itself.
 */
function checkReferences(graph: PlanGraph, plan: PlanSummary, report: (r: Problem) => void): void {
  if (plan.parent && graph.complete && 'missing' in graph.lookup(plan.parent, plan)) {
    report({ messageId: 'noParentPlan', data: { parent: plan.parent }, at: keyPlace(plan, 'parent'), anchor: anchorOf.frontmatter('parent') });
  }
  for (const item of plan.items) {
    for (const field of item.fields) {
      if (!isReferenceField(field.name)) continue;
      const supports = field.name === 'supports';
      const expected = REFERENCE_FIELDS[field.name];
      for (const ref of field.refs) {
        const problem =
          supports || !isLocal(ref, plan) ? crossPlanProblem(graph, plan, ref, supports ? SUPPORTABLE : [expected!]) : localProblem(graph, plan, ref, expected);
        if (problem) report({ ...problem, at: ref, anchor: anchorOf.ref(ref.raw) });
      }
    }
  }
  for (const review of plan.reviewItems) {
    if (review.id && findItem(plan, review.id)?.section !== 'goals') {
      report({ messageId: 'reviewNoGoal', data: { id: review.id }, at: review, anchor: anchorOf.ref(review.id) });
    }
  }
}

function localProblem(graph: PlanGraph, plan: PlanSummary, ref: Reference, expected: SectionKey | undefined): Pick<Problem, 'messageId' | 'data'> | undefined {
  const target = findItem(plan, ref.id);
  if (!target) return { messageId: 'missing', data: { ref: ref.raw, hint: missingIdHint(plan, ref, expected, graph) } };
  if (!expected || target.section === expected) return undefined;
  return { messageId: 'wrongType', data: { ref: ref.raw, actual: article(SECTION_NOUN[target.section]), expected: article(SECTION_NOUN[expected]) } };
}

function crossPlanProblem(
  graph: PlanGraph,
  plan: PlanSummary,
  ref: Reference,
  expected: readonly SectionKey[],
): Pick<Problem, 'messageId' | 'data'> | undefined {
  const resolution = resolveReference(graph, plan, ref);
  switch (resolution.status) {
    case 'no-plan':
      if (!graph.complete) return undefined;
      return { messageId: 'noPlan', data: { ref: ref.raw, plan: resolution.name } };
    case 'no-parent':
      return { messageId: 'supportsWithoutParent', data: { ref: ref.raw, id: ref.id } };
    case 'no-item':
      return { messageId: 'noItem', data: { ref: ref.raw, plan: resolution.plan.id, id: ref.id } };
    case 'found': {
      const section = resolution.item.section;
      if (expected.includes(section)) return undefined;
      return {
        messageId: 'wrongTypeInPlan',
        data: {
          ref: ref.raw,
          actual: article(SECTION_NOUN[section]),
          plan: resolution.plan.id,
          expected: expected.map((e) => article(SECTION_NOUN[e])).join(' or '),
        },
      };
    }
    default:
      // An ambiguous plan id or an unresolved parent is reported once, where it is fixed (duplicate-plan-id, the parent key).
      return undefined;
  }
}

function article(noun: string): string {
  return `${/^[AEIOU]/i.test(noun) ? 'an' : 'a'} ${noun.toLowerCase()}`;
}

export default defineRule({
  id: 'unresolved-reference',
  scope: 'repo',
  description: "A reference to an ID or plan that doesn't exist, or of the wrong type",
  defaultSeverity: 'error',
  fixable: false,
  messages,
  options: noOptions,
  docs: {
    rationale: "A link that points nowhere breaks the chain from opportunity to goal to objective, or from a rep's goal to the company's.",
    invalid: '- **G1** Grow ARR by 20% by Q4.\n  - Opportunities: O9',
    valid: '- **G1** Grow ARR by 20% by Q4.\n  - Opportunities: O1',
  },
  check({ graph, report }) {
    for (const plan of graph.plans) {
      if (!graph.isLinted(plan)) continue;
      checkReferences(graph, plan, (r) => report({ ...r, plan }));
    }
  },
});
