import type { PlanParts } from '../../helpers/clean-plan.js';

/** A team plan (the clean plan's parent in these cases), with goals G1 and G2, objective OB1 and risk R1. */
export const TEAM: PlanParts = {
  frontMatter: { id: 'emea-fy2027', title: 'EMEA team — FY2027', kind: 'team', owner: 'Priya Shah' },
};

/** Goals G1, G2... of the plan under test with the given `Supports:` values (undefined: none), and objectives that trace to them. */
export function withGoals(...supports: (string | undefined)[]): Record<string, string> {
  const objectives = supports.map(
    (_, i) => `- **OB${i + 1}** Run ${i + 2} analytics workshops with the finance team by 2027-06-30.\n  - Goals: G${i + 1}\n  - Owner: Sam Lee`,
  );
  const approach = supports.map((_, i) => `- **A${i + 1}** Co-host quarterly finance roundtables.\n  - Objectives: OB${i + 1}`);
  return { goals: goalsSupporting(...supports), objectives: `## Objectives\n\n${objectives.join('\n')}`, approach: `## Approach\n\n${approach.join('\n')}` };
}

function goalsSupporting(...supports: (string | undefined)[]): string {
  const goals = supports.map((s, i) => {
    const lines = [`- **G${i + 1}** Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-12-31.`, '  - Opportunities: O1, O2', '  - Owner: Dana Reyes'];
    if (s !== undefined) lines.push(`  - Supports: ${s}`);
    return lines.join('\n');
  });
  return `## Goals\n\n${goals.join('\n')}`;
}
