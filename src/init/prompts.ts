import { input, select } from '@inquirer/prompts';
import { PLAN_KINDS, type PlanKind } from '../model/frontmatter-schema.js';
import { widerKinds } from '../model/kinds.js';
import { periodContains } from '../time/period.js';
import { isPeriod, readPeriod } from './period.js';
import { defaultTitle, type PlanFields } from './scaffold.js';

/** Where questions are asked: the user's terminal, or scripted streams in tests. */
export interface PromptTerminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** A plan found in the repo, offered as a parent. */
export interface PlanChoice {
  id: string;
  file: string;
  title?: string;
  kind?: string;
  period?: string;
}

export interface AskOptions {
  terminal: PromptTerminal;
  /** Plans to offer as the parent; with none, the parent is not asked for. */
  plans: PlanChoice[];
  fiscalYearStart?: number;
}

const KIND_HINTS: Record<PlanKind, string> = {
  company: 'the goals every other plan aligns to',
  region: 'a region such as EMEA, under the company plan',
  team: 'a sales team, under the company or a region plan',
  territory: "a rep's or team's territory",
  account: 'one customer account',
};

/** Asks, one question at a time, for the fields the command line left out; the others are kept as given. */
export async function askForFields(given: Partial<PlanFields>, options: AskOptions): Promise<PlanFields> {
  const context = { input: options.terminal.input, output: options.terminal.output };
  const kind =
    given.kind ??
    (await select<PlanKind>(
      { message: 'Kind of plan', choices: PLAN_KINDS.map((k) => ({ name: k, value: k, description: KIND_HINTS[k] })), default: 'account' },
      context,
    ));
  const period =
    given.period ??
    (
      await input(
        {
          message: 'Period (FY2027, FY2027-Q1, 2027 or 2027-Q1)',
          validate: (value) => isPeriod(value) || 'Write a year or a quarter such as FY2027, FY2027-Q1, 2027 or 2027-Q1',
          transformer: (value) => value.toUpperCase(),
        },
        context,
      )
    )
      .trim()
      .toUpperCase();
  const owner =
    given.owner ??
    (
      await input(
        { message: 'Owner (the accountable person)', validate: (value) => value.trim() !== '' || 'Name the person accountable for the plan' },
        context,
      )
    ).trim();
  const title = given.title ?? (await input({ message: 'Title', default: defaultTitle({ kind, period }) }, context)).trim();
  const fields: PlanFields = { kind, period, owner, title };
  if (given.id) fields.id = given.id;
  const parent = given.parent ?? (options.plans.length > 0 ? await askParent(fields, options, context) : undefined);
  if (parent) fields.parent = parent;
  return fields;
}

const NO_PARENT = '';

/**
 * Offers only plans a plan of this kind can align to (the hierarchy rule's test): plans of a wider kind, the closest
 * kind first, and plans of its own kind whose period holds its own (a quarter's yearly plan), before all others. Within
 * a kind, plans whose period holds the new one come first.
 */
export function parentChoices(fields: Pick<PlanFields, 'kind' | 'period'>, plans: PlanChoice[], fiscalYearStart?: number): PlanChoice[] {
  const own = readPeriod(fields.period, fiscalYearStart);
  const periodOf = (plan: PlanChoice) => (plan.period ? readPeriod(plan.period, fiscalYearStart) : undefined);
  const holds = (plan: PlanChoice) => {
    const period = periodOf(plan);
    return own !== undefined && period !== undefined && periodContains(period, own);
  };
  const order = [fields.kind, ...widerKinds(fields.kind)];
  const rank = (plan: PlanChoice) => order.indexOf(plan.kind?.toLowerCase() as PlanKind);
  return plans
    .filter((plan) => rank(plan) > 0 || (rank(plan) === 0 && holds(plan) && periodOf(plan)!.label !== own!.label))
    .sort((a, b) => rank(a) - rank(b) || Number(holds(b)) - Number(holds(a)) || a.id.localeCompare(b.id));
}

async function askParent(fields: PlanFields, options: AskOptions, context: PromptTerminal): Promise<string | undefined> {
  const sorted = parentChoices(fields, options.plans, options.fiscalYearStart);
  if (sorted.length === 0) return undefined;
  const choices = [
    ...sorted.map((plan) => ({
      name: `${plan.id}${plan.title ? ` — ${plan.title}` : ''}`,
      value: plan.id,
      description: `${plan.file}${plan.kind ? `, ${plan.kind}` : ''}${plan.period ? `, ${plan.period}` : ''}`,
    })),
    { name: '(no parent)', value: NO_PARENT },
  ];
  const parent = await select({ message: 'Parent plan (the plan this one aligns to)', choices, default: sorted[0]!.id }, context);
  return parent === NO_PARENT ? undefined : parent;
}

/** Asks which quarter of a yearly plan to plan (`plan init --from` without `--period`). */
export async function askQuarter(quarters: string[], terminal: PromptTerminal): Promise<string> {
  return select({ message: 'Quarter to plan', choices: quarters.map((q) => ({ name: q, value: q })) }, { input: terminal.input, output: terminal.output });
}
