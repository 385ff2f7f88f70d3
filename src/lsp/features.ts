import { type CompletionItem, CompletionItemKind, type DocumentSymbol, type MarkupContent, SymbolKind, type TextEdit } from 'vscode-languageserver';
import type { Item, PlanModel } from '../model/types.js';
import type { PlanGraph } from '../repo/graph.js';
import { canonicalField, isReferenceField, REFERENCE_FIELDS } from '../model/fields.js';
import { PLAN_KINDS, PLAN_STATUSES } from '../model/frontmatter-schema.js';
import { SECTIONS } from '../model/sections.js';
import { placeSpan } from '../model/items.js';
import { toRange } from './convert.js';
import type { Resolved } from './navigation.js';

const ITEM_STATUSES = ['on track', 'at risk', 'off track', 'met', 'missed'];
const HOVER_FIELDS = new Set(['owner', 'target', 'baseline', 'metric', 'due', 'status']);

/** Sections as the outline, their items inside. */
export function documentSymbols(plan: PlanModel): DocumentSymbol[] {
  return plan.sections.map((section) => ({
    name: section.heading || '(untitled)',
    kind: SymbolKind.Namespace,
    range: toRange(section.fullSpan),
    selectionRange: toRange(section.span),
    children: section.items.map((item) => ({
      name: item.id ?? (item.statement.slice(0, 60) || '(item)'),
      ...(item.id && item.statement ? { detail: item.statement } : {}),
      kind: section.key === 'goals' ? SymbolKind.Event : SymbolKind.Field,
      range: toRange(item.fullSpan),
      selectionRange: toRange(placeSpan(item)),
    })),
  }));
}

/** The referenced item's statement, owner, target, deadline and status (or the plan's title, kind and period). */
export function hoverText(resolved: Resolved, latestReading?: string): MarkupContent {
  const { plan, item } = resolved;
  const lines: string[] = [];
  if (item) {
    lines.push(`**${plan.id}#${item.id ?? ''}** ${item.statement}`);
    for (const field of item.fields) if (HOVER_FIELDS.has(field.name ?? '')) lines.push(`- ${field.key}: ${field.value}`);
    if (latestReading) lines.push(`- Latest reading: ${latestReading}`);
  } else {
    lines.push(`**${plan.id}**${plan.title ? ` ${plan.title}` : ''}`);
    const facts = [plan.kind, plan.period, plan.owner].filter(Boolean);
    if (facts.length > 0) lines.push(facts.join(' · '));
  }
  lines.push(`\n${plan.file}`);
  return { kind: 'markdown', value: lines.join('\n') };
}

const kindRank = (kind: string | undefined) => (kind ? PLAN_KINDS.indexOf(kind as (typeof PLAN_KINDS)[number]) : PLAN_KINDS.length);

/**
 * What may be typed at a point of a line: IDs of this plan in a reference field, the parent's goals in `Supports:`,
 * `Status:` values, plan ids of a wider kind in `parent:`, and the section headings the plan does not have yet.
 */
export function completions(graph: PlanGraph<PlanModel>, plan: PlanModel, line: number, before: string): CompletionItem[] {
  const inFrontMatter = plan.frontMatter.present && line < plan.lines.point(plan.frontMatter.endOffset).line;
  if (inFrontMatter) return frontMatterCompletions(graph, plan, before);
  const heading = /^\s{0,3}#{1,2}(?:\s+(.*))?$/.exec(before);
  if (heading) return headingCompletions(plan, line, before.length);
  const field = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*)?([A-Za-z][A-Za-z ]*?)(?:\*\*)?\s*:(?:\*\*)?\s*[^:]*$/.exec(before);
  const name = field ? canonicalField(field[1]!) : undefined;
  if (name === 'status') return ITEM_STATUSES.map((label) => ({ label, kind: CompletionItemKind.EnumMember }));
  if (name === 'supports') {
    const parent = graph.parentOf(plan);
    return parent ? parent.items.filter((item) => item.section === 'goals' && item.id).map((item) => itemCompletion(item, parent)) : [];
  }
  if (isReferenceField(name)) {
    const section = REFERENCE_FIELDS[name];
    return plan.items.filter((item) => item.section === section && item.id).map((item) => itemCompletion(item, plan));
  }
  return [];
}

function itemCompletion(item: Item, plan: PlanModel): CompletionItem {
  return { label: item.id!, kind: CompletionItemKind.Reference, detail: item.statement, documentation: `${plan.id}#${item.id}` };
}

function frontMatterCompletions(graph: PlanGraph<PlanModel>, plan: PlanModel, before: string): CompletionItem[] {
  const key = /^\s*([a-z]+)\s*:\s*[^\s]*$/.exec(before)?.[1];
  if (key === 'status') return PLAN_STATUSES.map((label) => ({ label, kind: CompletionItemKind.EnumMember }));
  if (key === 'kind') return PLAN_KINDS.map((label) => ({ label, kind: CompletionItemKind.EnumMember }));
  if (key !== 'parent') return [];
  const own = kindRank(plan.kind);
  return graph.plans
    .filter((other) => other !== plan && other.id !== plan.id)
    .filter((other) => {
      const rank = kindRank(other.kind);
      // A wider kind, or the same kind over a longer period (the yearly plan of a quarter plan).
      return rank < own || (rank === own && !!other.period && !!plan.period && plan.period.startsWith(`${other.period}-`));
    })
    .map((other) => ({ label: other.id, kind: CompletionItemKind.Module, detail: [other.kind, other.period, other.title].filter(Boolean).join(' · ') }));
}

function headingCompletions(plan: PlanModel, line: number, column: number): CompletionItem[] {
  const present = new Set(plan.sections.map((section) => section.key));
  const range = { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: column } };
  return SECTIONS.filter((section) => !present.has(section.key)).map((section, index) => {
    const edit: TextEdit = { range, newText: `## ${section.heading}` };
    return {
      label: section.heading,
      kind: CompletionItemKind.Module,
      detail: section.guidance,
      textEdit: edit,
      filterText: `## ${section.heading}`,
      sortText: String(index).padStart(2, '0'),
    };
  });
}
