// How the evaluation judges one goal statement: as the one goal of an otherwise valid plan, through lintText, the way
// users (and the held-out set) meet the SMART rules. The deadline date comes from the analyser itself.
import { lintText, validateConfig } from '../dist/index.js';
import { findDeadline } from '../dist/time/deadline.js';
import { parsePeriod, planCalendarStart } from '../dist/time/period.js';

const RULE_OF = {
  specific: ['smart-specific'],
  measurable: ['smart-measurable'],
  timeBound: ['smart-time-bound', 'deadline-in-period'],
};

/** The goal's own field lines ("  - Metric: ARR"), from a goal's optional `fields` object. */
function fieldLines(fields = {}) {
  return Object.entries(fields)
    .map(([key, value]) => `\n  - ${key}: ${value}`)
    .join('');
}

export function planWithGoal(statement, period, fields) {
  return `---
id: eval-plan
title: Evaluation plan
kind: account
owner: Dana Reyes
period: ${period}
status: active
---

# Evaluation plan

## Account Analysis

ACME is a logistics group consolidating its finance systems; the CFO sponsors the programme.

## Organizational Analysis

Dana leads the pursuit with one solutions engineer; customer success owns onboarding.

## Opportunities

- **O1** Upsell the analytics module to the EMEA finance team.

## Goals

- **G1** ${statement}
  - Opportunities: O1
  - Owner: Dana Reyes${fieldLines(fields)}

## Objectives

- **OB1** Run 4 analytics workshops with the EMEA finance team by end of Q1.
  - Goals: G1
  - Owner: Sam Lee

## Approach

- **A1** Co-host finance roundtables with the CFO's office.
  - Objectives: OB1

## Risks

- **R1** The CFO sponsor may move roles before budget approval.

## Contingencies

- **C1** Build a second sponsor in the controller's team.
  - Risks: R1

## Resources

- One solutions engineer at 50%.

## Accountability

- Dana Reyes owns the plan; progress is reviewed monthly.
`;
}

const configs = new Map();
function configFor(fiscalYearStart) {
  if (!configs.has(fiscalYearStart)) configs.set(fiscalYearStart, validateConfig({ fiscalYearStart }, process.cwd()));
  return configs.get(fiscalYearStart);
}

/** A goal may set its own period, fiscal year start and fields; the set's are the default. */
export async function judgeGoal(text, set, goal = {}) {
  const periodText = goal.period ?? set.period;
  const fiscalYearStart = goal.fiscalYearStart ?? set.fiscalYearStart;
  const result = lintText(planWithGoal(text, periodText, goal.fields), { config: configFor(fiscalYearStart), today: '2026-11-25', filePath: 'eval.md' });
  const aboutGoal = result.diagnostics.filter((d) => d.anchor === 'item:G1');
  const judged = {};
  for (const [criterion, rules] of Object.entries(RULE_OF)) judged[criterion] = !aboutGoal.some((d) => rules.includes(d.ruleId));
  const period = parsePeriod(periodText, fiscalYearStart);
  const ctx = { period, fiscalYearStartMonth: planCalendarStart(period, fiscalYearStart) };
  // A Due field wins over the statement (contract §5a).
  const due = goal.fields?.Due;
  judged.deadline = (due !== undefined ? findDeadline(due, ctx) : undefined)?.date ?? findDeadline(text, ctx)?.date;
  judged.why = aboutGoal.map((d) => `${d.ruleId}: ${d.message}`).join(' | ');
  return judged;
}
