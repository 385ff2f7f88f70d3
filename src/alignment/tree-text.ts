import { Chalk, type ChalkInstance } from 'chalk';
import { escapeTerminal } from '../text/escape.js';
import type { Alignment, AlignmentGoal } from './build.js';
import { shorten } from './diagram.js';

export interface RenderOptions {
  color: boolean;
}

const MAX_STATEMENT = 72;

function paintStatus(c: ChalkInstance, status: string): string {
  if (/^(?:met|on track|exceeded|achieved)/.test(status)) return c.green(status);
  if (/^(?:at risk|partially)/.test(status)) return c.yellow(status);
  if (/^(?:off track|missed|not met)/.test(status)) return c.red(status);
  return status;
}

/** The alignment tree for a terminal: each top plan, its goals, and under each goal the goals that support it. */
export function renderTreeText(alignment: Alignment, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const goals = new Map(alignment.goals.map((g) => [g.key, g]));
  const plans = new Map(alignment.plans.map((p) => [p.id, p]));
  const out: string[] = [];
  const label = (goal: AlignmentGoal, top: boolean) => {
    const name = top ? (goal.id ?? '(no ID)') : goal.key;
    const parts = [c.bold(escapeTerminal(name)), escapeTerminal(shorten(goal.statement, MAX_STATEMENT))];
    if (goal.type === 'objective') parts.push(c.dim('(objective)'));
    if (goal.status) parts.push(`[${paintStatus(c, escapeTerminal(goal.status))}]`);
    if (goal.unsupported) parts.push(c.red('✗ nobody supports this goal'));
    return parts.join(' ');
  };
  const walk = (key: string, prefix: string, last: boolean, path: Set<string>) => {
    const goal = goals.get(key)!;
    out.push(`${prefix}${last ? '└── ' : '├── '}${label(goal, false)}`);
    const below = goal.supportedBy.filter((k) => !path.has(k));
    below.forEach((child, i) => {
      walk(child, `${prefix}${last ? '    ' : '│   '}`, i === below.length - 1, new Set(path).add(child));
    });
  };
  let currentPlan: string | undefined;
  for (const key of alignment.roots) {
    const goal = goals.get(key)!;
    if (goal.plan !== currentPlan) {
      if (currentPlan !== undefined) out.push('');
      currentPlan = goal.plan;
      const plan = plans.get(goal.plan)!;
      const about = [plan.kind, plan.period].filter(Boolean).join(', ');
      out.push(
        `${c.bold.underline(escapeTerminal(plan.id))}${plan.title ? ` ${escapeTerminal(plan.title)}` : ''}${about ? c.dim(` (${escapeTerminal(about)})`) : ''}  ${c.dim(escapeTerminal(plan.file))}`,
      );
    }
    out.push(label(goal, true));
    goal.supportedBy.forEach((child, i) => {
      walk(child, '', i === goal.supportedBy.length - 1, new Set([key, child]));
    });
  }
  if (alignment.unaligned.length > 0) {
    out.push('', c.bold('Not aligned') + c.dim(' (goals in a plan with a parent that support no goal above them):'));
    for (const key of alignment.unaligned)
      out.push(`  ${label(goals.get(key)!, false)}  ${c.dim(`${escapeTerminal(goals.get(key)!.file)}:${goals.get(key)!.line}`)}`);
  }
  const unsupported = alignment.goals.filter((g) => g.unsupported).length;
  out.push(
    '',
    c.dim(
      `${alignment.plans.length} plan${alignment.plans.length === 1 ? '' : 's'}, ${alignment.goals.length} goals, ${unsupported} that nobody supports, ${alignment.unaligned.length} not aligned`,
    ),
  );
  return `${out.join('\n')}\n`;
}
