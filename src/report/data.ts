import { buildAlignment } from '../alignment/build.js';
import type { Item, PlanModel } from '../model/types.js';
import { dueDateOf } from '../model/due.js';
import type { PlanGraph } from '../repo/graph.js';
import { fieldValue } from '../rules/util.js';
import { addDays } from '../time/dates.js';
import { parsePeriod } from '../time/period.js';
import type { LintResult } from '../types.js';
import { quarterDiffs } from './quarters.js';
import type { Dashboard, FindingRef, Progress, Reading, ReportData, ReportGoal, ReportPlan } from './types.js';

/** What the actuals say of a goal: its readings, progress against the pace, whether it runs behind, the newest reading. */
export interface Measured {
  readings: Reading[];
  progress?: Progress;
  /** Still running and further behind expected progress than the tolerance. */
  behind?: boolean;
  /** The newest reading as written, with its date. */
  latest?: string;
}

/** A goal's measured progress; the actuals module supplies it where a plan records readings. */
export type ProgressOf = (plan: PlanModel, item: Item, today: string) => Measured | undefined;

export interface ReportInput extends Pick<ReportData, 'today' | 'title' | 'changes'> {
  graph: PlanGraph<PlanModel>;
  /** The lint results of the graph's linted plans. */
  results: LintResult[];
  fiscalYearStart: number;
  /** Plan file (as in the model) -> date of its last commit. */
  lastEdited?: ReadonlyMap<string, string>;
  progressOf?: ProgressOf;
}

/** A plan not edited for this many days is listed as stale on the dashboard. */
export const STALE_DAYS = 60;
const BEHIND_STATUS = /\b(?:at[\s-]risk|behind|off[\s-]track|slipping)\b/i;

/** Builds what the report shows from the plans, their lint results and (when in git) their history. */
export function buildReportData(input: ReportInput): ReportData {
  const { graph, today } = input;
  const alignment = buildAlignment(graph, input.fiscalYearStart);
  const models = new Map(graph.plans.map((plan) => [plan.id, plan]));
  const resultOf = new Map(input.results.map((result) => [result.file, result]));
  const plans: ReportPlan[] = alignment.plans.map((p) => {
    const model = models.get(p.id)!;
    const result = resultOf.get(p.file);
    const plan: ReportPlan = {
      id: p.id,
      file: p.file,
      children: [],
      errors: result?.errorCount ?? 0,
      warnings: result?.warningCount ?? 0,
      findings: (result?.diagnostics ?? []).map(({ ruleId, severity, message, start }) => ({
        ruleId,
        severity,
        message,
        line: start.line,
        column: start.column,
      })),
      goals: [],
    };
    for (const key of ['title', 'kind', 'period', 'owner', 'parent'] as const) if (p[key]) plan[key] = p[key];
    if (model.status) plan.status = model.status;
    const edited = input.lastEdited?.get(p.file);
    if (edited) plan.lastEdited = edited;
    return plan;
  });
  const planById = new Map(plans.map((plan) => [plan.id, plan]));
  const reported = graph.plans.filter((plan) => planById.has(plan.id));
  for (const plan of plans) if (plan.parent) planById.get(plan.parent)?.children.push(plan.id);

  const goals: ReportGoal[] = alignment.goals.map((g) => {
    const model = models.get(g.plan)!;
    const item = model.items.find((i) => i.line === g.line)!;
    const plan = planById.get(g.plan)!;
    plan.goals.push(g.key);
    const measured = input.progressOf?.(model, item, today);
    const goal: ReportGoal = {
      key: g.key,
      plan: g.plan,
      type: g.type,
      statement: g.statement,
      line: g.line,
      supports: g.supports,
      supportedBy: g.supportedBy,
      readings: measured?.readings ?? [],
      behind: false,
      overdue: plan.findings.some((f) => f.ruleId === 'overdue-item' && f.line === g.line),
    };
    if (g.id) goal.id = g.id;
    if (g.status) goal.status = g.status;
    const period = model.period ? parsePeriod(model.period, input.fiscalYearStart) : undefined;
    const deadline = dueDateOf(item, input.fiscalYearStart, period)?.date ?? period?.end;
    if (deadline) goal.deadline = deadline;
    const owner = fieldValue(item, 'owner') ?? model.owner;
    if (owner) goal.owner = owner;
    for (const key of ['target', 'baseline'] as const) {
      const value = fieldValue(item, key);
      if (value) goal[key] = value;
    }
    const actual = measured?.latest ?? item.fields.findLast((f) => /^actuals?$/i.test(f.key.trim()))?.value;
    if (actual) goal.actual = actual;
    if (measured?.progress) goal.progress = measured.progress;
    goal.behind = isBehind(goal, plan, measured);
    return goal;
  });

  return {
    title: input.title,
    today,
    dashboard: dashboard(plans, goals, today),
    plans,
    goals,
    quarters: quarterDiffs(reported, graph, input.fiscalYearStart),
    ...(input.changes ? { changes: input.changes } : {}),
  };
}

/** Behind: a behind-pace finding at the goal, the actuals say so, or (without progress) its Status says so. */
function isBehind(goal: ReportGoal, plan: ReportPlan, measured: Measured | undefined): boolean {
  if (plan.findings.some((f) => f.ruleId === 'behind-pace' && f.line === goal.line)) return true;
  if (measured?.progress) return measured.behind === true;
  return goal.status !== undefined && BEHIND_STATUS.test(goal.status);
}

function dashboard(plans: ReportPlan[], goals: ReportGoal[], today: string): Dashboard {
  const findings = (ruleId: string, onePerPlan = false): FindingRef[] =>
    plans.flatMap((plan) => {
      const found = plan.findings.flatMap((f, finding) => (f.ruleId === ruleId ? [{ plan: plan.id, finding }] : []));
      return onePerPlan ? found.slice(0, 1) : found;
    });
  const staleBefore = addDays(today, -STALE_DAYS);
  return {
    behind: goals.filter((g) => g.behind).map((g) => g.key),
    overdue: findings('overdue-item'),
    risksWithoutContingency: findings('risk-has-contingency'),
    unreviewed: findings('review-required', true),
    stale: plans.filter((p) => p.lastEdited !== undefined && p.lastEdited < staleBefore).map((p) => ({ plan: p.id, lastEdited: p.lastEdited! })),
  };
}
