import { idKey } from '../model/ids.js';
import { lineSpan } from '../model/items.js';
import type { Span } from '../types.js';
import type { SectionKey } from '../model/sections.js';
import type { FieldName } from '../model/fields.js';
import type { Field, Item, PlanModel, Reference, SummaryItem } from '../model/types.js';
import type { LintSettings } from './define.js';

/** What an item of each section is called in messages. */
export const SECTION_NOUN: Record<SectionKey, string> = {
  analysis: 'Analysis item',
  organization: 'Organization item',
  opportunities: 'Opportunity',
  goals: 'Goal',
  objectives: 'Objective',
  approach: 'Approach item',
  risks: 'Risk',
  contingencies: 'Contingency',
  resources: 'Resource',
  accountability: 'Accountability item',
  checkins: 'Check-in',
  review: 'Review item',
};

/** The ID prefix the template uses for items of a section. */
export const ID_PREFIX: Partial<Record<SectionKey, string>> = {
  opportunities: 'O',
  goals: 'G',
  objectives: 'OB',
  approach: 'A',
  risks: 'R',
  contingencies: 'C',
};

/** "Goal G3", or `Goal "Grow the Nordics…"` for an item without an ID. */
export function itemLabel(item: Pick<Item, 'id' | 'section' | 'statement'>): string {
  if (item.id) return `${SECTION_NOUN[item.section]} ${item.id}`;
  const text = item.statement.length > 40 ? `${item.statement.slice(0, 40).trimEnd()}…` : item.statement;
  return `${SECTION_NOUN[item.section]} "${text}"`;
}

export function itemsIn<I extends SummaryItem>(plan: { items: I[] }, key: SectionKey): I[] {
  return plan.items.filter((item) => item.section === key);
}

export function hasSection(plan: PlanModel, key: SectionKey): boolean {
  return plan.sections.some((section) => section.key === key);
}

/** A risk that names its contingency ("- Contingency: C2") or writes it out ("- Mitigation: bill quarterly"). */
export function carriesContingency(risk: Item, plan: PlanModel): boolean {
  return risk.fields.some((f) => f.name === 'contingencies' && (f.refs.length > 0 ? f.refs.some((ref) => isLocal(ref, plan)) : f.value.trim() !== ''));
}

/** A plan without a kind is held to the fullest set of parts. */
export function requiredSections(plan: PlanModel, settings: LintSettings): SectionKey[] {
  return settings.requiredSections[plan.kind ?? 'account'];
}

/** Traceability to a section is expected when the plan has that section or its kind requires it. */
export function expectsSection(plan: PlanModel, settings: LintSettings, key: SectionKey): boolean {
  return hasSection(plan, key) || requiredSections(plan, settings).includes(key);
}

export function refsOf(item: Pick<Item, 'fields'>, field: FieldName): Reference[] {
  return item.fields.filter((f) => f.name === field).flatMap((f) => f.refs);
}

export function fieldValue(item: { fields: Pick<Field, 'name' | 'value'>[] }, field: FieldName): string | undefined {
  const found = item.fields.find((f) => f.name === field && f.value.trim() !== '');
  return found?.value.trim();
}

/** References that point into this plan: unqualified, or qualified with its own id. */
export function isLocal(ref: Reference, plan: Pick<PlanModel, 'id'>): boolean {
  return ref.plan === undefined || ref.plan === plan.id;
}

/** ID keys that items of `section` reference locally through `field`. */
export function referencedIds(plan: PlanModel, section: SectionKey, field: FieldName): Set<string> {
  return new Set(
    itemsIn(plan, section)
      .flatMap((item) => refsOf(item, field))
      .filter((ref) => isLocal(ref, plan))
      .map((ref) => idKey(ref.id)),
  );
}

/** Findings about the file as a whole go on line 1. */
export function firstLine(plan: PlanModel): Span {
  return lineSpan(plan.lines, 1);
}

export { keyPlace } from '../model/summary.js';
