import { idKey } from '../model/ids.js';
import { isPlaceholder } from '../model/placeholders.js';
import type { SectionKey } from '../model/sections.js';
import type { Item, PlanModel } from '../model/types.js';
import type { ReviewOutcome } from '../model/review-result.js';
import { reviewResult } from '../model/review.js';
import { fieldValue, isLocal, itemsIn, refsOf } from '../rules/util.js';
import { dueDateOf } from '../model/due.js';
import { periodContains } from '../time/period.js';
import { InitError } from './errors.js';
import { nextQuarter, quartersOf, readPeriod, type Period } from './period.js';
import type { CarriedPlan, PlanFields } from './scaffold.js';
import { commentSafe, itemsSource, sectionBody } from './source-text.js';

export interface CarryOptions {
  /** The new plan's period; default: the quarter after a quarter plan (required from a yearly plan). */
  period?: string;
  fiscalYearStart?: number;
  /** Front matter given on the command line; wins over what is drawn from the source. */
  given?: Partial<PlanFields>;
  /** Each goal's latest reading ("$2.18M (latest reading, 2027-04-30)") by goal ID (upper case): the new baseline. */
  baselines?: ReadonlyMap<string, string>;
}

const CLOSED_RISK = /^(?:closed|resolved|retired|mitigated|passed|gone|done|no longer applies)\b/i;

/**
 * `plan init --from`: a yearly (or half-year) plan is broken into one of its quarters; a quarter plan is carried into
 * the next quarter (goals not met, open risks, a reminder to review it).
 */
export function carryPlan(source: PlanModel, options: CarryOptions = {}): CarriedPlan {
  const fiscalYearStart = options.fiscalYearStart ?? 1;
  const from = source.period ? readPeriod(source.period, fiscalYearStart) : undefined;
  if (!from) throw new InitError('has no valid "period" in its front matter, so there is no quarter to derive from it', source.file);
  if (!source.kind && !options.given?.kind) throw new InitError('has no valid "kind" in its front matter: give --kind', source.file);
  const owner = options.given?.owner ?? source.owner;
  if (!owner) throw new InitError('has no valid "owner" in its front matter: give --owner', source.file);
  const label = options.period ?? nextQuarter(from);
  if (!label)
    throw new InitError(
      `covers ${from.label}: give the quarter to plan with --period, one of ${quarterChoices(from, fiscalYearStart).join(', ')}`,
      source.file,
    );
  const to = readPeriod(label, fiscalYearStart);
  if (!to?.quarter) throw new InitError(`--period must be a quarter such as ${quartersOf(from)[0]}, not "${label}"`);
  const breakdown = from.quarter === undefined;
  if (breakdown && !periodContains(from, to)) {
    throw new InitError(`${to.label} is not a quarter of ${from.label} (choose one of ${quarterChoices(from, fiscalYearStart).join(', ')})`, source.file);
  }
  if (!breakdown && to.start <= from.start) throw new InitError(`${to.label} does not come after ${from.label}`, source.file);
  const context: Context = { source, from, to, breakdown, owner, fiscalYearStart, notes: [], baselines: options.baselines ?? new Map() };
  return {
    fields: {
      kind: options.given?.kind ?? source.kind!,
      period: to.label,
      owner,
      title: options.given?.title ?? carriedTitle(source, from, to),
      ...parentOf(context, options.given?.parent),
    },
    sections: carriedSections(context),
    notes: context.notes,
  };
}

interface Context {
  source: PlanModel;
  from: Period;
  to: Period;
  /** Year (or half) into a quarter, rather than quarter into the next. */
  breakdown: boolean;
  owner: string;
  fiscalYearStart: number;
  notes: string[];
  baselines: ReadonlyMap<string, string>;
}

/** The quarters inside a yearly or half-year period. */
function quarterChoices(period: Period, fiscalYearStart: number): string[] {
  return quartersOf(period).filter((q) => periodContains(period, readPeriod(q, fiscalYearStart)!));
}

/**
 * The source's title with its period swapped where the title writes it, in the writer's own order and form ("Q2 2027"
 * -> "Q3 2027", "FY2027 Q4" -> "FY2028 Q1", "Q4 FY27" -> "Q1 FY28"); a year broken into a quarter gets the quarter's
 * label ("FY2027" -> "FY2027-Q3"). A title that does not write the period is followed by the new one.
 */
function carriedTitle(source: PlanModel, from: Period, to: Period): string | undefined {
  if (!source.title) return undefined;
  const [fromYear, fromPart] = from.label.split('-') as [string, string?];
  const [toYear, toPart] = to.label.split('-') as [string, string?];
  const year = fromYear.replace(/^FY/i, '');
  const written = fromPart ? new RegExp(`\\b${fromPart}\\b`, 'i') : new RegExp(`\\b${fromYear}\\b`, 'i');
  if (!written.test(source.title)) return `${source.title} ${to.label}`;
  if (!fromPart) return source.title.replace(written, to.label);
  const newYear = toYear.replace(/^FY/i, '');
  const swapYear = (text: string) => text.replace(year, newYear).replace(new RegExp(`${year.slice(2)}$`), newYear.slice(2));
  return source.title.replace(written, toPart!).replace(new RegExp(`\\b(?:FY)?${year}\\b|\\bFY${year.slice(2)}\\b`, 'i'), swapYear);
}

/** A quarter's parent is the yearly plan; the next quarter keeps the parent unless it starts a new fiscal year. */
function parentOf(context: Context, given: string | undefined): { parent?: string } {
  if (given) return { parent: given };
  if (context.breakdown) return { parent: context.source.id };
  if (context.from.fiscalYear === context.to.fiscalYear && context.source.parent) return { parent: context.source.parent };
  if (context.source.parent)
    context.notes.push(`${context.to.label} starts a new fiscal year: set "parent" to its yearly plan (it was ${context.source.parent})`);
  return {};
}

function carriedSections(context: Context): Partial<Record<SectionKey, string>> {
  const { source } = context;
  const sections: Partial<Record<SectionKey, string>> = {};
  for (const key of ['analysis', 'organization'] as const) {
    const section = source.sections.find((s) => s.key === key);
    const body = section ? sectionBody(source, section) : '';
    if (body)
      sections[key] =
        `<!-- Carried from ${commentSafe(source.id)} (${context.from.label}) as a starting point: bring it up to date for ${context.to.label}. -->\n\n${body}`;
  }
  const goals = itemsIn(source, 'goals').filter(
    (goal) => goal.id && (context.breakdown ? stillAhead(context, goal, 'goal') : outcomeOf(source, goal) !== 'met'),
  );
  const opportunities = opportunitiesUsedBy(source, goals);
  if (opportunities.length > 0) sections.opportunities = carriedItems(context, opportunities, 'opportunities the carried goals come from');
  if (goals.length > 0) {
    sections.goals = goalsSection(context, goals);
    sections.objectives = goals.map((goal, i) => objectivePlaceholder(context, goal, i + 1)).join('\n');
    sections.approach = goals.map((_, i) => `- **A${i + 1}** TODO: The actions and tactics that meet OB${i + 1}.\n  - Objectives: OB${i + 1}`).join('\n');
  } else if (!context.breakdown && itemsIn(source, 'goals').length > 0) {
    context.notes.push(`every goal of ${context.from.label} was met: the Goals section starts from the template`);
  }
  const risks = itemsIn(source, 'risks').filter((risk) => !CLOSED_RISK.test(fieldValue(risk, 'status') ?? '') && stillAhead(context, risk, 'risk'));
  if (risks.length > 0) {
    const open = new Set(risks.filter((r) => r.id).map((r) => idKey(r.id!)));
    const contingencies = itemsIn(source, 'contingencies').filter((c) => refsOf(c, 'risks').some((ref) => open.has(idKey(ref.id))));
    sections.risks = carriedItems(context, risks, 'open risks');
    if (contingencies.length > 0) sections.contingencies = carriedItems(context, contingencies, 'contingencies for the open risks');
  }
  if (!context.breakdown) sections.accountability = reviewReminder(context);
  return sections;
}

/**
 * A year's goal or an open risk is carried into a quarter only while its deadline (Due:, else the date its statement
 * names) is on or after the quarter's start; one without a deadline stays. (A quarter's goal that was not met is
 * carried into the next quarter with a new deadline, so its old one does not matter.)
 */
function stillAhead(context: Context, item: Item, what: string): boolean {
  const due = dueDateOf(item, context.fiscalYearStart);
  if (!due || due.date >= context.to.start) return true;
  context.notes.push(`${what} ${item.id ?? `"${item.statement.slice(0, 40)}"`} is not carried: it was due on ${due.date}, before ${context.to.label} starts`);
  return false;
}

/** The source's opportunities that the carried goals name in their Opportunities field, in the source's order. */
function opportunitiesUsedBy(source: PlanModel, goals: Item[]): Item[] {
  const used = new Set(
    goals.flatMap((goal) =>
      refsOf(goal, 'opportunities')
        .filter((ref) => isLocal(ref, source))
        .map((ref) => idKey(ref.id)),
    ),
  );
  return itemsIn(source, 'opportunities').filter((opportunity) => opportunity.id && used.has(idKey(opportunity.id)));
}

function carriedItems(context: Context, items: Item[], what: string): string {
  const note = `<!-- The ${what} of ${commentSafe(context.source.id)} (${context.from.label}): check that each still holds for ${context.to.label}. -->`;
  return [note, '', ...itemsSource(context.source, items)].join('\n');
}

/** A goal's outcome: its review item's first words, else its Status field. */
function outcomeOf(plan: PlanModel, goal: Item): ReviewOutcome | string | undefined {
  const review = plan.reviewItems.find((r) => r.id && idKey(r.id) === idKey(goal.id!));
  const result = review && reviewResult(review);
  if (result) return result;
  const status = fieldValue(goal, 'status');
  return status && !isPlaceholder(status) ? status.toLowerCase() : undefined;
}

function goalsSection(context: Context, goals: Item[]): string {
  const { source, from, to } = context;
  const origin = context.breakdown ? `The goals of ${source.id} (${from.label})` : `The goals of ${source.id} (${from.label}) that were not met`;
  const listed = goals.map((goal) => {
    const outcome = context.breakdown ? undefined : (outcomeOf(source, goal) ?? 'no result recorded');
    return `     ${goal.id}${outcome ? ` (${outcome})` : ''}: ${commentSafe(goal.statement)}`;
  });
  const comment = `<!-- ${commentSafe(origin)}, each to be given its ${to.label} target:\n${listed.join('\n')} -->`;
  return [comment, '', ...goals.map((goal) => carriedGoal(context, goal))].join('\n');
}

function carriedGoal(context: Context, goal: Item): string {
  const { source, from, to } = context;
  const id = goal.id!;
  const statement = context.breakdown
    ? `TODO: Set the ${to.label} target towards ${source.id}#${id} by ${to.end}.`
    : `TODO: Set what remains of ${from.label} goal ${id} as the ${to.label} target by ${to.end}.`;
  const fields = [`Supports: ${context.breakdown ? `${source.id}#${id}` : carriedSupports(context, goal)}`];
  const opportunities = fieldValue(goal, 'opportunities');
  if (opportunities) fields.push(`Opportunities: ${opportunities}`);
  fields.push(`Owner: ${fieldValue(goal, 'owner') ?? context.owner}`);
  const metric = fieldValue(goal, 'metric');
  if (metric) fields.push(`Metric: ${metric}`);
  const baseline = context.baselines.get(id.toUpperCase());
  if (baseline) fields.push(`Baseline: ${baseline}`);
  const target = fieldValue(goal, 'target');
  fields.push(`Target: TBD${target && !isPlaceholder(target) ? ` (${from.label} target: ${target})` : ''}`);
  fields.push(`Due: ${to.end}`);
  return [`- **${id}** ${statement}`, ...fields.map((f) => `  - ${f}`)].join('\n');
}

/** Within one fiscal year the quarter goal supports what the previous quarter's did; across years that is unknown. */
function carriedSupports(context: Context, goal: Item): string {
  const supports = fieldValue(goal, 'supports');
  return supports && context.from.fiscalYear === context.to.fiscalYear ? supports : 'TBD';
}

function objectivePlaceholder(context: Context, goal: Item, n: number): string {
  return [
    `- **OB${n}** TODO: What must be done in ${context.to.label} to reach ${goal.id}.`,
    `  - Goals: ${goal.id}`,
    `  - Owner: ${context.owner}`,
    `  - Due: ${context.to.end}`,
  ].join('\n');
}

function reviewReminder(context: Context): string {
  const { source, from } = context;
  const review = source.sections.find((s) => s.key === 'review');
  const reminder = !review
    ? `- TODO: Review ${from.label} before this plan goes active: run "plan review ${source.file}" and record for each goal whether it was met and why, and the lessons.`
    : review.empty || review.placeholderOnly
      ? `- TODO: Finish the review of ${from.label} in ${source.file}: for each goal whether it was met and why, and the lessons.`
      : `- TODO: Go through the review of ${from.label} (${source.file}) with the team and write down what changes in ${context.to.label} because of its lessons.`;
  return [
    reminder,
    `- TODO: ${context.owner} owns this plan; who reviews its progress every month, and who reviews it at the end of ${context.to.label}.`,
  ].join('\n');
}

/** The quarters a yearly or half-year plan can be broken into; none for a quarter plan (it carries into the next). */
export function quartersToPlan(source: PlanModel, fiscalYearStart = 1): string[] {
  const period = source.period ? readPeriod(source.period, fiscalYearStart) : undefined;
  return period && !period.quarter ? quarterChoices(period, fiscalYearStart) : [];
}

/** The new plan's file next to its source: acme-fy2027.md -> acme-fy2027-q1.md, acme-fy2027-q1.md -> acme-fy2027-q2.md. */
export function carriedFileName(sourceFile: string, from: string, to: string): string {
  const extension = /\.md$/i.exec(sourceFile)?.[0] ?? '.md';
  const stem = sourceFile.slice(0, sourceFile.length - (sourceFile.toLowerCase().endsWith('.md') ? 3 : 0));
  const cut = Math.max(stem.lastIndexOf('/'), stem.lastIndexOf('\\')) + 1;
  const [folder, base] = [stem.slice(0, cut), stem.slice(cut)];
  const lower = base.toLowerCase();
  for (const [old, next] of [
    [from, to],
    [from.replace(/^FY/i, ''), to.replace(/^FY/i, '')],
  ] as const) {
    const at = lower.lastIndexOf(old.toLowerCase());
    if (at !== -1) return `${folder}${base.slice(0, at)}${next.toLowerCase()}${base.slice(at + old.length)}${extension}`;
  }
  return `${folder}${base}-${to.toLowerCase()}${extension}`;
}
