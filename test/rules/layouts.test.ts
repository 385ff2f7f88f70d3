import { ruleTester } from '../helpers/rule-tester.js';

// Cases written from the contract (3a) and the examples, before running the tool. Every other rule-tester
// case also runs converted to each layout (see rule-tester.ts); these check what only a layout can say.

const TABLE_GOALS = `## Goals

| ID | Goal | Opportunities | Owner |
|----|------|---------------|-------|
| G1 | Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-12-31. | O1, O2 | Dana Reyes |
| G2 | Win 3 new executive sponsors in logistics by end of Q2 2027. | O2 | Dana Reyes |`;

const goalsTable = (rows: string, header = '| ID | Goal | Opportunities | Owner |\n|----|------|---------------|-------|') => ({
  goals: `## Goals\n\n${header}\n${rows}\n| G2 | Win 3 new executive sponsors in logistics by end of Q2 2027. | O2 | Dana Reyes |`,
});

const OKR_GOALS = `## Objectives and Key Results

### G1 Grow the ACME EMEA account

Key results:

- Grow ARR from $2.0M to $2.6M by 2027-12-31.
- Sign 2 new analytics modules by 2027-06-30.

- Opportunities: O1, O2
- Owner: Dana Reyes

### G2 Win 3 new executive sponsors in logistics by end of Q2 2027

- Opportunities: O2
- Owner: Dana Reyes`;

const okr = (g1: string) => ({ goals: OKR_GOALS.replace(/### G1[\s\S]*?(?=\n### G2)/, g1) });

ruleTester('goal-traces-opportunity', {
  valid: [
    { name: 'table: an Opportunities column', sections: { goals: TABLE_GOALS } },
    { name: 'OKR: an Opportunities field under the heading', sections: { goals: OKR_GOALS } },
    {
      name: 'inline: Opportunities on the item line',
      sections: {
        goals:
          '## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31. Opportunities: O1. Owner: Dana Reyes\n- **G2** Win 3 sponsors by Q2. (Opportunities: O2)',
      },
    },
  ],
  invalid: [
    {
      name: 'table: an empty Opportunities cell',
      sections: goalsTable('| G1 | Grow ARR from $2.0M to $2.6M by 2027-12-31. |  | Dana Reyes |'),
      errors: [{ at: 'goals:5', message: 'Goal G1 names no opportunity: add a field such as "- Opportunities: O1"' }],
    },
    {
      name: 'OKR: no Opportunities field',
      sections: okr('### G1 Grow the account\n\n- Grow ARR to $2.6M by 2027-12-31.\n'),
      errors: [{ at: 'goals:3', message: 'Goal G1 names no opportunity: add a field such as "- Opportunities: O1"' }],
    },
  ],
});

ruleTester('unresolved-reference', {
  valid: [{ name: 'table references resolve', sections: { goals: TABLE_GOALS } }],
  invalid: [
    {
      name: 'table: an unknown ID at its cell',
      sections: goalsTable('| G1 | Grow ARR to $2.6M by 2027-12-31. | O1, O9 | Dana Reyes |'),
      errors: [{ at: 'goals:5', column: 47, message: '"O9" does not exist in this plan' }],
    },
    {
      name: 'inline: an unknown ID on the item line',
      sections: {
        objectives:
          '## Objectives\n\n- **OB1** Run 4 workshops by 2027-03-31. Goals: G9. Owner: Sam Lee\n- **OB2** Deliver a pilot by 2027-06-30. Goals: G1, G2',
      },
      errors: [{ at: 'objectives:3', message: '"G9" does not exist in this plan' }],
    },
  ],
});

ruleTester('objective-supports-goal', {
  valid: [
    {
      name: 'inline Goals fields',
      sections: {
        objectives:
          '## Objectives\n\n- **OB1** Run 4 workshops by 2027-03-31. Goals: G1. Owner: Sam Lee\n- **OB2** Deliver a pilot by 2027-06-30 (Goals: G1, G2)',
      },
    },
  ],
  invalid: [
    {
      name: 'a lower-case "goal:" in prose is not a field',
      sections: {
        objectives:
          '## Objectives\n\n- **OB1** Cover the goal: three times the pipeline by 2027-03-31.\n- **OB2** Deliver a pilot by 2027-06-30. Goals: G1, G2',
      },
      errors: [{ at: 'objectives:3', message: 'Objective OB1 names no goal: add a field such as "- Goals: G1"' }],
    },
  ],
});

ruleTester('approach-serves-objective', {
  valid: [
    {
      name: 'a trailing (Objectives: …)',
      sections: { approach: '## Approach\n\n- **A1** Co-host finance roundtables (Objectives: OB1, OB2)\n- **A2** Offer a fixed-price pilot. Objectives: OB2' },
    },
  ],
  invalid: [],
});

ruleTester('risk-has-contingency', {
  valid: [
    {
      name: 'tables of risks and of contingencies (Risk is a field in Contingencies)',
      sections: {
        risks:
          '## Key Risks\n\n| ID | Risk | Likelihood |\n|---|---|---|\n| R1 | The CFO sponsor may move roles. | medium |\n| R2 | The incumbent may cut prices. | high |',
        contingencies:
          '## Contingencies\n\n| ID | Contingency | Risk |\n|---|---|---|\n| C1 | Build a second sponsor. | R1 |\n| C2 | Lead with total cost of ownership. | R2 |',
      },
    },
  ],
  invalid: [
    {
      name: 'a risks table under "Risks and Mitigations" with a risk no contingency covers',
      sections: {
        risks:
          '## Risks and Mitigations\n\n| ID | Risk |\n|---|---|\n| R1 | The sponsor may leave. |\n| R2 | Prices may drop. |\n| R3 | The budget may move to next year. |',
      },
      errors: [{ at: 'risks:7', message: 'Risk R3 has no contingency: add one under Contingencies with "- Risks: R3"' }],
    },
  ],
});

ruleTester('contingency-addresses-risk', {
  valid: [],
  invalid: [
    {
      name: 'table: an empty Risks cell',
      sections: {
        contingencies:
          '## Contingencies\n\n| ID | Contingency | Risks |\n|---|---|---|\n| C1 | Build a second sponsor. | R1 |\n| C2 | Lead with total cost of ownership. | — |',
      },
      errors: [{ at: 'contingencies:6', message: 'Contingency C2 names no risk: add a field such as "- Risks: R2"' }],
    },
  ],
});

ruleTester('smart-measurable', {
  valid: [
    { name: 'OKR: key results with numbers measure the goal', sections: { goals: OKR_GOALS } },
    {
      name: 'table: a Target column with a number',
      sections: goalsTable(
        '| G1 | Grow the ACME account by 2027-12-31. | O1 | Dana Reyes | $2.6M ARR |',
        '| ID | Goal | Opportunities | Owner | Target |\n|---|---|---|---|---|',
      ),
    },
  ],
  invalid: [
    {
      name: 'table: the issue\'s "Improve relationships with key accounts"',
      sections: goalsTable('| G1 | Improve relationships with key accounts. | O1 | Dana Reyes |'),
      errors: [
        {
          at: 'goals:5',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
    {
      name: 'OKR: key results without a number',
      sections: okr('### G1 Grow the ACME EMEA account\n\nKey results:\n\n- Deepen the relationship with the CFO by 2027-06-30.\n\n- Opportunities: O1\n'),
      errors: [
        {
          at: 'goals:3',
          message:
            'Goal G1 has no measure: add the number that will show it was met (a count, an amount, a percentage, or "from ... to ..."), or a field "- Target: ..."',
        },
      ],
    },
  ],
});

ruleTester('smart-time-bound', {
  valid: [
    { name: 'OKR: key results with dates bound the goal', sections: { goals: OKR_GOALS } },
    {
      name: 'table: a Due column',
      sections: goalsTable(
        '| G1 | Grow ARR from $2.0M to $2.6M. | O1 | Dana Reyes | 2027-12-31 |',
        '| ID | Goal | Opportunities | Owner | Due |\n|---|---|---|---|---|',
      ),
    },
  ],
  invalid: [
    {
      name: 'table: no date in the row',
      sections: goalsTable('| G1 | Grow ARR from $2.0M to $2.6M. | O1 | Dana Reyes |'),
      errors: [{ at: 'goals:5', message: 'Goal G1 has no deadline: add one such as "by 2027-03-31" or "by end of Q1"' }],
    },
  ],
});

ruleTester('deadline-in-period', {
  valid: [{ name: 'OKR: key results inside the period', sections: { goals: OKR_GOALS } }],
  invalid: [
    {
      name: 'OKR: a key result after the period, at its line',
      sections: okr('### G1 Grow the ACME EMEA account\n\nKey results:\n\n- Grow ARR to $2.6M by 2028-03-31.\n\n- Opportunities: O1\n'),
      errors: [
        {
          at: 'goals:7',
          message:
            "Goal G1's key result deadline 2028-03-31 is outside the plan's period FY2027 (2027-01-01 .. 2027-12-31): move it into the period (e.g. by 2027-03-31) or into the plan for that period",
        },
      ],
    },
  ],
});

ruleTester('owner-required', {
  valid: [
    {
      name: 'inline Owner',
      sections: {
        goals:
          '## Goals\n\n- **G1** Grow ARR from $2.0M to $2.6M by 2027-12-31. Opportunities: O1, O2. Owner: Dana Reyes\n- **G2** Win 3 sponsors by Q2 2027. Opportunities: O2. Owner: Dana Reyes',
      },
    },
  ],
  invalid: [
    {
      name: 'table: an empty Owner cell',
      sections: goalsTable('| G1 | Grow ARR from $2.0M to $2.6M by 2027-12-31. | O1 |  |'),
      errors: [{ at: 'goals:5', message: 'Goal G1 has no owner: add a field such as "- Owner: Dana Reyes"' }],
    },
  ],
});

ruleTester('item-id', {
  valid: [
    {
      name: 'table IDs in a first column without a header',
      sections: goalsTable('| G1 | Grow ARR from $2.0M to $2.6M by 2027-12-31. | O1 | Dana Reyes |', '|  | Goal | Opportunities | Owner |\n|---|---|---|---|'),
    },
  ],
  invalid: [
    {
      name: 'a list item without an ID gets a free ID, not one in use',
      sections: { goals: '## Goals\n\n- **G1** Grow ARR by 10% by Q4.\n- **G2** Win 3 sponsors by Q2.\n- Win 2 depots by Q3.' },
      errors: [{ at: 'goals:5', message: 'Goal "Win 2 depots by Q3." has no ID: start it with one that is free, such as "**G3**"' }],
    },
    {
      name: 'two items without an ID get two different IDs',
      sections: { approach: '## Approach\n\n- **A1** Co-host roundtables.\n- Run workshops.\n- Offer a pilot.' },
      errors: [
        { at: 'approach:4', message: 'Approach item "Run workshops." has no ID: start it with one that is free, such as "**A2**"' },
        { at: 'approach:5', message: 'Approach item "Offer a pilot." has no ID: start it with one that is free, such as "**A3**"' },
      ],
    },
    {
      name: 'the prefix the section uses',
      sections: { opportunities: '## Opportunities\n\n- **OPP-1** Upsell.\n- **OPP-2** Replace.\n- Expand.' },
      errors: [{ at: 'opportunities:5', message: 'Opportunity "Expand." has no ID: start it with one that is free, such as "**OPP-3**"' }],
    },
    {
      name: 'table: an empty ID cell',
      sections: goalsTable('|  | Grow ARR from $2.0M to $2.6M by 2027-12-31. | O1 | Dana Reyes |'),
      errors: [{ at: 'goals:5', message: 'Goal "Grow ARR from $2.0M to $2.6M by 2027-12-…" has no ID: put one that is free in its ID column, such as "G3"' }],
    },
    {
      name: 'OKR: a heading without an ID',
      sections: okr('### Grow the ACME EMEA account\n\n- Grow ARR to $2.6M by 2027-12-31.\n'),
      errors: [{ at: 'goals:3', message: 'Goal "Grow the ACME EMEA account" has no ID: start its heading with one that is free, such as "G3"' }],
    },
  ],
});

ruleTester('empty-section', {
  valid: [
    { name: 'a table of risks', sections: { risks: '## Risks\n\n| ID | Risk |\n|---|---|\n| R1 | The sponsor may leave. |\n| R2 | Prices may drop. |' } },
    { name: 'an H3 grouping a list', sections: { risks: '## Risks\n\n### Commercial\n\n- **R1** The sponsor may leave.\n- **R2** Prices may drop.' } },
  ],
  invalid: [
    {
      name: 'a paragraph-only Goals section',
      sections: { goals: '## Goals\n\nWe will grow the account and win new sponsors this year.' },
      errors: [
        {
          at: 'goals:1',
          message:
            'Section "Goals" has no readable items (found 1 paragraph): write each item as a list item ("- **G1** …" with "- Key: value" fields), a table row (ID, statement and field columns) or an H3 ("### G1 …")',
        },
      ],
    },
    {
      name: 'a table with no statement column',
      sections: { risks: '## Risks\n\n| Owner | Due |\n|---|---|\n| Dana | Q3 |' },
      errors: [
        {
          at: 'risks:1',
          message:
            'Section "Risks" has no readable items (found a table whose columns (Owner, Due) have no statement column: head it Statement or Risk): write each item as a list item ("- **R1** …" with "- Key: value" fields), a table row (ID, statement and field columns) or an H3 ("### R1 …")',
        },
      ],
    },
  ],
});

ruleTester('required-section', {
  valid: [
    {
      name: 'guessed headings of the issue',
      sections: {
        goals: TABLE_GOALS.replace('## Goals', '## 🎯 FY2027 Goals'),
        risks: '## Risk Assessment\n\n- **R1** x\n- **R2** y',
        approach: '## Key Strategies\n\n- **A1** x\n  - Objectives: OB1\n- **A2** y\n  - Objectives: OB2',
      },
    },
    {
      name: 'Targets and Goals and KPIs',
      sections: {
        goals: '## Goals and KPIs\n\n- **G1** x\n- **G2** y',
        contingencies: '## Contingency Plans\n\n- **C1** x\n  - Risks: R1\n- **C2** y\n  - Risks: R2',
      },
    },
  ],
  invalid: [
    {
      name: 'a heading the tool cannot place names itself and the headingAliases line',
      sections: { risks: '## Things that could go wrong\n\n- **R1** x\n- **R2** y' },
      errors: [
        {
          at: 1,
          message:
            'Missing section "## Risks" (required in account plans); seen "## Things that could go wrong" (line 53), which is not a part the tool knows: if one is this part, map it in .planrc.yaml with headingAliases: { risks: ["Things that could go wrong"] }',
        },
      ],
    },
    {
      name: 'a heading read as another part that also names the missing one',
      sections: { opportunities: '## Opportunities and Risks\n\n- **O1** x\n- **O2** y', risks: null },
      errors: [
        {
          at: 1,
          message:
            'Missing section "## Risks" (required in account plans); seen "## Opportunities and Risks" (line 22, read as Opportunities), which is read as another part: if one is this part, map it in .planrc.yaml with headingAliases: { risks: ["Opportunities and Risks"] }',
        },
      ],
    },
  ],
});

ruleTester('review-required', {
  valid: [
    {
      name: 'a Review written as a table',
      frontMatter: { period: 'FY2026' },
      sections: { review: '## Review\n\n| Goal | Result |\n|---|---|\n| G1 | Missed — the sponsor left in March. |\n| G2 | Met — three briefings held. |' },
    },
  ],
  invalid: [],
});
