import type { ActiveRule } from '../config/resolve.js';
import type { PlanModel, PlanSummary } from '../model/types.js';
import type { PlanGraph } from '../repo/graph.js';
import type { ActualsInput } from '../actuals/run.js';
import type { LintSettings, Report } from '../rules/define.js';
import type { Diagnostic, LintResult } from '../types.js';
import { suppressionOf } from '../parse/directives.js';
import { placeSpan } from '../model/items.js';
import { getOrCreate } from '../text/memo.js';

function toDiagnostic(active: ActiveRule, file: string, report: Report): Diagnostic {
  const { start, end } = 'start' in report.at ? report.at : placeSpan(report.at);
  const diagnostic: Diagnostic = {
    ruleId: active.rule.id,
    severity: active.severity,
    message: formatMessage(active.rule.messages, report),
    messageId: report.messageId,
    file,
    start,
    end,
    docsUrl: active.rule.url,
  };
  if (report.fix) diagnostic.fix = report.fix;
  if (report.anchor) diagnostic.anchor = report.anchor;
  return diagnostic;
}

/** The rule's message `messageId` with each {{name}} replaced by `data.name`, as ESLint does. */
function formatMessage(messages: Record<string, string>, { messageId, data = {} }: Report): string {
  const template = messages[messageId];
  if (template === undefined) throw new Error(`no message "${messageId}" in the rule's meta.messages`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/** A rule that throws becomes one finding naming it; the run goes on. */
function crashed(active: ActiveRule, file: string, error: unknown): Diagnostic {
  return {
    ruleId: active.rule.id,
    severity: 'error',
    message: `Rule "${active.rule.id}" failed on this file: ${error instanceof Error ? error.message : String(error)}`,
    file,
    start: { line: 1, column: 1 },
    end: { line: 1, column: 1 },
    docsUrl: active.rule.url,
  };
}

export function runPlanRules(plan: PlanModel, rules: ActiveRule[], settings: LintSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const active of rules) {
    if (active.rule.scope !== 'plan') continue;
    try {
      active.rule.check({ plan, options: active.options, settings, report: (r) => out.push(toDiagnostic(active, plan.file, r)) });
    } catch (error) {
      out.push(crashed(active, plan.file, error));
    }
  }
  return out;
}

/** Repo rules run once over the graph; their findings are grouped by file. */
export function runRepoRules(graph: PlanGraph, rules: ActiveRule[], settings: LintSettings, actuals?: ActualsInput): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  const add = (d: Diagnostic) => getOrCreate(byFile, d.file, () => []).push(d);
  for (const active of rules) {
    if (active.rule.scope !== 'repo') continue;
    try {
      active.rule.check({
        graph,
        options: active.options,
        settings,
        ...(actuals ? { actuals } : {}),
        report: (r) => add(toDiagnostic(active, 'plan' in r ? r.plan.file : r.file, r)),
      });
    } catch (error) {
      for (const plan of graph.plans.filter((p) => graph.isLinted(p)).slice(0, 1)) add(crashed(active, plan.file, error));
    }
  }
  return byFile;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.start.line - b.start.line || a.start.column - b.start.column || a.ruleId.localeCompare(b.ruleId);
}

/** Applies inline directives, drops exact repeats, sorts and counts; the result keeps the plan's text, when it has it. */
export function finishResult(plan: Pick<PlanSummary, 'file' | 'directives'>, source: string | undefined, diagnostics: Diagnostic[]): LintResult {
  const suppressed = suppressionOf(plan.directives);
  const seen = new Set<string>();
  const kept = diagnostics
    .filter((d) => !suppressed(d.ruleId, d.start.line))
    .filter((d) => {
      const key = `${d.ruleId}\0${d.start.line}\0${d.start.column}\0${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(compareDiagnostics);
  return source === undefined ? { file: plan.file, diagnostics: kept, ...countsOf(kept) } : { file: plan.file, diagnostics: kept, ...countsOf(kept), source };
}

/** How many of a file's findings are errors and how many warnings. */
export function countsOf(diagnostics: readonly Diagnostic[]): Pick<LintResult, 'errorCount' | 'warningCount'> {
  return { errorCount: diagnostics.filter((d) => d.severity === 'error').length, warningCount: diagnostics.filter((d) => d.severity === 'warn').length };
}
