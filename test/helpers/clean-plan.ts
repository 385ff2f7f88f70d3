/** A complete, clean account plan (FY2027) that the rule tests change one part of at a time. */
export const CLEAN_FRONT_MATTER = {
  id: 'acme-fy2027',
  title: 'ACME Corp — FY2027 account plan',
  kind: 'account',
  owner: 'Dana Reyes',
  period: 'FY2027',
  status: 'active',
};

export const CLEAN_SECTIONS = {
  analysis: `## Account Analysis

ACME is a logistics group with EUR 4B revenue, consolidating its finance systems in 2027.
The CFO, Maria Lopez, sponsors the programme; procurement runs a formal RFP for anything above $250k.`,
  organization: `## Organizational Analysis

Dana leads the pursuit with one solutions engineer; customer success owns onboarding.
We need a finance-industry specialist for the Q2 executive briefing.`,
  opportunities: `## Opportunities

- **O1** Upsell the analytics module to the EMEA finance team.
- **O2** Replace the incumbent reporting tool in logistics.`,
  goals: `## Goals

- **G1** Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-12-31.
  - Opportunities: O1, O2
  - Owner: Dana Reyes
  - Metric: ARR
- **G2** Win 3 new executive sponsors in logistics by end of Q2 2027.
  - Opportunities: O2
  - Owner: Dana Reyes`,
  objectives: `## Objectives

- **OB1** Run 4 analytics workshops with the EMEA finance team by 2027-03-31.
  - Goals: G1
  - Owner: Sam Lee
- **OB2** Deliver a logistics reporting pilot to 2 depots by 2027-06-30.
  - Goals: G1, G2
  - Owner: Dana Reyes`,
  approach: `## Approach

- **A1** Co-host quarterly finance roundtables with the CFO's office.
  - Objectives: OB1
- **A2** Offer a fixed-price pilot with success criteria agreed up front.
  - Objectives: OB2`,
  risks: `## Risks

- **R1** The CFO sponsor may move roles before budget approval.
  - Likelihood: medium
  - Impact: high
- **R2** The incumbent may cut prices to keep the logistics business.`,
  contingencies: `## Contingencies

- **C1** Build a second sponsor in the controller's team by Q1.
  - Risks: R1
- **C2** Lead with total cost of ownership, not licence price.
  - Risks: R2`,
  resources: `## Resources

- One solutions engineer at 50% through Q2.
- Budget of $15k for the pilot and two executive dinners.`,
  accountability: `## Accountability

- Dana Reyes owns the plan; progress is reviewed monthly with the EMEA director and quarterly with the VP of Sales.`,
} as const;

export type CleanSectionKey = keyof typeof CLEAN_SECTIONS;

export interface PlanParts {
  /** Replaces (or with `null`, removes) front matter keys; a string replaces the whole block; `false` drops it. */
  frontMatter?: Record<string, unknown> | string | false;
  /** Replaces (string) or removes (null) sections; other keys (e.g. "review", "extra") are appended at the end. */
  sections?: Record<string, string | null>;
  /** Text between the front matter and the first section. */
  preamble?: string;
}

export interface BuiltPlan {
  text: string;
  /** 1-based line at which each section's snippet starts (its heading line). */
  sectionLines: Record<string, number>;
}

export function buildPlanText(parts: PlanParts = {}): BuiltPlan {
  const out: string[] = [];
  if (parts.frontMatter !== false) {
    if (typeof parts.frontMatter === 'string') {
      out.push(parts.frontMatter);
    } else {
      const merged: Record<string, unknown> = { ...CLEAN_FRONT_MATTER, ...(parts.frontMatter ?? {}) };
      out.push('---');
      for (const [key, value] of Object.entries(merged)) if (value !== null && value !== undefined) out.push(`${key}: ${String(value)}`);
      out.push('---');
    }
  }
  out.push('', parts.preamble ?? '# ACME Corp — FY2027 account plan', '');
  const sectionLines: Record<string, number> = {};
  const overrides = parts.sections ?? {};
  const keys = [...Object.keys(CLEAN_SECTIONS), ...Object.keys(overrides).filter((k) => !(k in CLEAN_SECTIONS))];
  for (const key of keys) {
    const text = key in overrides ? overrides[key] : CLEAN_SECTIONS[key as CleanSectionKey];
    if (text === null || text === undefined) continue;
    sectionLines[key] = out.join('\n').split('\n').length + 1;
    out.push(text, '');
  }
  return { text: out.join('\n'), sectionLines };
}
