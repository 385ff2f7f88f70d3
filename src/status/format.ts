import { Chalk, type ChalkInstance } from 'chalk';
import { formatValue } from '../actuals/format.js';
import { escapeTerminal } from '../text/escape.js';
import type { StatusGoal, StatusReport } from '../actuals/status-schema.js';

export interface StatusRenderOptions {
  /** A terminal: colour and progress bars; otherwise plain text. */
  color: boolean;
}

export type StatusFormatter = (report: StatusReport, options: StatusRenderOptions) => string;

const pct = (share: number | undefined) => (share === undefined ? '' : `${Math.round(share * 100)}%`);

function targetText(goal: StatusGoal): string {
  return goal.milestone ? 'milestone' : (goal.targetText ?? '');
}

function actualText(goal: StatusGoal): string {
  if (!goal.actual) return '';
  const value = goal.milestone && goal.actual.source !== 'roll-up' ? formatValue(goal.actual.value, { unit: 'outcome' }) : goal.actual.text;
  return `${value} (${goal.actual.date}${goal.actual.source === 'roll-up' ? ', rolled up' : ''})`;
}

/** "46% / 50%" or "ahead 10 pts": progress against expected. */
function aheadBehind(goal: StatusGoal): string {
  if (goal.progress === undefined || goal.expected === undefined) return goal.pace;
  const points = Math.round((goal.progress - goal.expected) * 100);
  if (goal.pace === 'ahead' || goal.pace === 'behind' || goal.pace === 'on pace') return `${goal.pace} (${points >= 0 ? '+' : ''}${points} pts)`;
  return goal.pace;
}

/** A bar of `width` cells filled to the progress (capped), with `|` where expected progress is. */
export function progressBar(progress: number | undefined, expected: number | undefined, width = 20): string {
  const filled = progress === undefined ? 0 : Math.round(Math.min(1, Math.max(0, progress)) * width);
  const cells: string[] = Array.from({ length: width }, (_, i) => (i < filled ? '█' : '░'));
  if (expected !== undefined) cells[Math.min(width - 1, Math.round(expected * width))] = '|';
  return cells.join('');
}

function paint(c: ChalkInstance, goal: StatusGoal, text: string): string {
  if (goal.pace === 'behind') return c.red(text);
  if (goal.pace === 'ahead') return c.green(text);
  if (goal.pace === 'on pace') return c.yellow(text);
  return c.dim(text);
}

/** For a terminal or a log: each plan, its goals under it, indented by depth. */
export const renderStatusText: StatusFormatter = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  let lastPlan: string | undefined;
  for (const goal of report.goals) {
    const indent = '  '.repeat(goal.depth);
    if (goal.file !== lastPlan) {
      lastPlan = goal.file;
      const about = [goal.kind, goal.period].filter(Boolean).join(', ');
      lines.push(`${indent}${c.bold(escapeTerminal(goal.plan))}${about ? ` (${escapeTerminal(about)})` : ''} ${c.dim(escapeTerminal(goal.file))}`);
    }
    const parts = [`${indent}  ${c.bold(escapeTerminal(goal.id))}`];
    if (options.color) parts.push(paint(c, goal, progressBar(goal.progress, goal.expected)));
    parts.push(`${pct(goal.progress) || '-'}${goal.expected !== undefined ? ` of ${pct(goal.expected)} expected` : ''}`);
    parts.push(paint(c, goal, aheadBehind(goal)));
    const details = [
      goal.actual ? `actual ${escapeTerminal(actualText(goal))}` : '',
      targetText(goal) ? `target ${escapeTerminal(targetText(goal))}` : '',
      goal.owner ? `owner ${escapeTerminal(goal.owner)}` : '',
      goal.status ? `status ${escapeTerminal(goal.status)}` : '',
      goal.deadline ? `due ${goal.deadline}` : '',
    ].filter(Boolean);
    lines.push(`${parts.join('  ')}  ${c.dim(details.join(' · '))}`);
  }
  if (report.goals.length === 0) lines.push('No goals match.');
  return `${lines.join('\n')}\n`;
};

const COLUMNS = ['Plan', 'Goal', 'Owner', 'Target', 'Actual', 'Progress', 'Expected', 'Pace', 'Status', 'Due'] as const;

function cells(goal: StatusGoal): string[] {
  return [
    goal.plan,
    goal.id,
    goal.owner ?? '',
    targetText(goal),
    actualText(goal),
    pct(goal.progress),
    pct(goal.expected),
    aheadBehind(goal),
    goal.status ?? '',
    goal.deadline ?? '',
  ];
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A GFM table for a pull request comment or a weekly email. */
export const renderStatusMarkdown: StatusFormatter = (report) => {
  const behind = report.goals.filter((g) => g.pace === 'behind').length;
  const head = `**Goal status on ${report.today}**: ${report.goals.length} goal${report.goals.length === 1 ? '' : 's'}, ${behind} behind pace.\n\n`;
  const rows = report.goals.map((goal) => `| ${cells(goal).map(markdownCell).join(' | ')} |`);
  return `${head}| ${COLUMNS.join(' | ')} |\n|${COLUMNS.map(() => ' --- ').join('|')}|\n${rows.join('\n')}${rows.length ? '\n' : ''}`;
};

export const renderStatusJson: StatusFormatter = (report) => `${JSON.stringify(report, null, 2)}\n`;

function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  // A cell a spreadsheet would run as a formula starts with a quote mark.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV's columns, each with its value of a goal: numbers unformatted, to take back to a spreadsheet. */
const CSV_COLUMNS: [string, (goal: StatusGoal) => string | number | undefined][] = [
  ['plan', (g) => g.plan],
  ['file', (g) => g.file],
  ['line', (g) => g.line],
  ['kind', (g) => g.kind],
  ['period', (g) => g.period],
  ['goal', (g) => g.id],
  ['statement', (g) => g.statement],
  ['owner', (g) => g.owner],
  ['baseline', (g) => g.baseline],
  ['target', (g) => g.target],
  ['actual', (g) => g.actual?.value],
  ['actual_date', (g) => g.actual?.date],
  ['actual_source', (g) => g.actual?.source],
  ['progress', (g) => round(g.progress)],
  ['expected', (g) => round(g.expected)],
  ['pace', (g) => g.pace],
  ['score', (g) => round(g.score)],
  ['status', (g) => g.status],
  ['deadline', (g) => g.deadline],
];

/** One row per goal. */
export const renderStatusCsv: StatusFormatter = (report) => {
  const rows = report.goals.map((goal) => CSV_COLUMNS.map(([, value]) => csvCell(value(goal))).join(','));
  return `${CSV_COLUMNS.map(([name]) => name).join(',')}\n${rows.map((r) => `${r}\n`).join('')}`;
};

function round(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Number(n.toFixed(4));
}

export const STATUS_FORMATS: Record<string, StatusFormatter> = {
  text: renderStatusText,
  markdown: renderStatusMarkdown,
  json: renderStatusJson,
  csv: renderStatusCsv,
};
