// Issue #17 / contract "Messages": a suggestion must be valid where it is made. For plans generated over periods,
// fiscal starts, today's dates and broken links, every suggested date, risk, ID and reference is applied to the plan
// and the plan linted again: the finding it answers goes, and no new finding appears.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/api.js';
import { validateConfig } from '../../src/config/load.js';
import type { Diagnostic } from '../../src/types.js';

interface Shape {
  period: string;
  fiscalYearStart: number;
  today: string;
  /** Each goal's deadline: in the period, none, or one past the period. */
  deadlines: ('dated' | 'undated' | 'late')[];
  /** The risks each contingency names ([] = none). */
  contingencyRisks: number[][];
  /** The opportunity G1 names: an existing one, a misspelt one, or one only the parent plan has. */
  g1Opportunity: 'O1' | 'O-1' | 'O7';
}

const GOALS = ['Sign the MSA with Initech', 'Close 4 public-sector renewals', 'Hire a channel manager for the Gulf states'];

function planText(shape: Shape): string {
  const goals = GOALS.map((statement, i) => {
    const opportunity = i === 0 ? shape.g1Opportunity : 'O1';
    const deadline = { dated: ' by end of period', undated: '', late: ' by 2029-06-30' }[shape.deadlines[i] ?? 'dated'];
    return `- **G${i + 1}** ${statement}${deadline}.\n  - Opportunities: ${opportunity}\n  - Owner: Dana Reyes`;
  }).join('\n');
  const contingencies = shape.contingencyRisks
    .map(
      (risks, i) => `- **C${i + 1}** Fallback plan ${i + 1} with a named owner.${risks.length ? `\n  - Risks: ${risks.map((r) => `R${r}`).join(', ')}` : ''}`,
    )
    .join('\n');
  return `---
id: acme
title: ACME plan
kind: account
owner: Dana Reyes
period: ${shape.period}
parent: parent-plan
status: active
---

## Account Analysis

ACME consolidates its finance systems.

## Organizational Analysis

Dana leads with one solutions engineer.

## Opportunities

- **O1** Upsell the analytics module.

## Goals

${goals}

## Objectives

## Approach

## Risks

- **R1** The sponsor may move roles.
- **R2** The incumbent may cut prices.
- **R3** Budget may freeze.

## Contingencies

${contingencies}

## Resources

- One solutions engineer.

## Accountability

- Dana Reyes owns the plan.
`;
}

const PARENT = (period: string) => `---
id: parent-plan
title: Parent
kind: team
owner: Sam Lee
period: ${period.split('-')[0]}
---

## Opportunities

- **O7** Expand the team's analytics footprint.

## Goals

- **G1** Grow the team's bookings by 20% by end of period.
  - Opportunities: O7
`;

function lint(text: string, shape: Shape): Diagnostic[] {
  const config = validateConfig(
    {
      fiscalYearStart: shape.fiscalYearStart,
      rules: {
        'objective-supports-goal': 'off',
        'supports-parent': 'off',
        'empty-section': 'off',
        'required-section': 'off',
        'owner-required': 'off',
        'orphan-opportunity': 'off',
        'parent-coverage': 'off',
        'period-within-parent': 'off',
        'review-required': 'off',
      },
    },
    '/tmp',
  );
  const results = lintSources(
    [
      { file: 'acme.md', text },
      { file: 'parent.md', text: PARENT(shape.period) },
    ],
    { config, today: shape.today },
  );
  return results.find((r) => r.file === 'acme.md')!.diagnostics;
}

/** A finding by what it is about (its suggestion may change when another one is applied: C2 then suggests R2). */
const key = (d: Diagnostic) => `${d.ruleId}|${d.anchor ?? d.message}`;

/** The plan with one finding's suggestion applied, or undefined when the finding suggests nothing to apply. */
function applySuggestion(text: string, d: Diagnostic): string | undefined {
  const lines = text.split('\n');
  const line = d.start.line - 1;
  const date = /such as "by (\d{4}-\d{2}-\d{2})"|\(e\.g\. by (\d{4}-\d{2}-\d{2})\)/.exec(d.message);
  if (date) {
    lines[line] = (lines[line] ?? '').replace(/(?: by end of period| by 2029-06-30)?\.$/, ` by ${date[1] ?? date[2]}.`);
    return lines.join('\n');
  }
  const field = /add a field such as "- (\w+): ([\w#-]+)"/.exec(d.message);
  if (field) {
    lines.splice(line + 1, 0, `  - ${field[1]}: ${field[2]}`);
    return lines.join('\n');
  }
  const reference = /^"([\w#-]+)" does not exist in this plan; (?:plan "[\w-]+" has \S+: write "([\w#-]+)"|did you mean "([\w-]+)"\?)/.exec(d.message);
  if (reference) {
    lines[line] = (lines[line] ?? '').replace(reference[1]!, (reference[2] ?? reference[3])!);
    return lines.join('\n');
  }
  return undefined;
}

const PERIODS = ['FY2027', 'FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3', 'FY2027-Q4', 'FY2027-H1', 'FY2027-H2', '2027', '2027-Q3'];
const shapes = fc.record<Shape>({
  period: fc.constantFrom(...PERIODS),
  fiscalYearStart: fc.integer({ min: 1, max: 12 }),
  today: fc.integer({ min: 0, max: 800 }).map((days) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)),
  deadlines: fc.array(fc.constantFrom('dated' as const, 'undated' as const, 'late' as const), { minLength: 3, maxLength: 3 }),
  contingencyRisks: fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }), { minLength: 1, maxLength: 3 }),
  g1Opportunity: fc.constantFrom('O1', 'O-1', 'O7'),
});

describe('every suggestion, applied, answers its finding and adds none', () => {
  it('dates, risks and references', () => {
    let applied = 0;
    const kinds = new Set<string>();
    fc.assert(
      fc.property(shapes, (shape) => {
        const text = planText(shape);
        const before = lint(text, shape);
        for (const d of before) {
          const fixed = applySuggestion(text, d);
          if (fixed === undefined) continue;
          applied++;
          kinds.add(d.ruleId);
          const after = lint(fixed, shape);
          const had = new Set(before.map(key));
          expect(after.filter((a) => !had.has(key(a))).map(key), `${d.ruleId}: ${d.message}`).toEqual([]);
          expect(after.map(key), `${d.ruleId}: ${d.message}`).not.toContain(key(d));
        }
      }),
      { numRuns: 60, seed: 17 },
    );
    expect(applied).toBeGreaterThan(30);
    expect([...kinds].sort()).toEqual(['contingency-addresses-risk', 'deadline-in-period', 'smart-time-bound', 'unresolved-reference']);
  });
});
