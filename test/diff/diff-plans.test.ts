import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasDifferences } from '../../src/diff/diff.js';
import { buildPlan } from '../../src/model/build.js';
import { diffPlans } from '../../src/index.js';
import { config, diffFixtures, diffTexts, fixture, planWithGoals } from './helpers.js';

const G1 = '- **G1** Grow ARR from $2.0M to $2.4M by 2027-03-31.\n  - Opportunities: O1\n  - Owner: Dana Reyes\n  - Target: $2.4M\n  - Due: 2027-03-31';

describe('diffPlans on a quarter pair (acme-q1 -> acme-q2)', { timeout: 60_000 }, () => {
  const diff = diffFixtures('acme-q1.md', 'acme-q2.md');

  it('reports front matter changes, known keys first', () => {
    expect(diff.frontmatter).toEqual([
      { key: 'id', old: 'acme-fy2027-q1', new: 'acme-fy2027-q2' },
      { key: 'title', old: 'ACME Corp — FY2027 Q1 account plan', new: 'ACME Corp — FY2027 Q2 account plan' },
      { key: 'period', old: 'FY2027-Q1', new: 'FY2027-Q2' },
    ]);
  });

  it('reports sections added and removed', () => {
    expect(diff.sections).toEqual({ added: ['review'], removed: ['contingencies'] });
  });

  it('reports items added and removed, in section order, including untagged text', () => {
    expect(diff.items.added).toEqual([
      { id: 'O3', section: 'opportunities', text: 'O3 Add predictive maintenance to the Lyon plant.' },
      { id: 'R2', section: 'risks', text: 'R2 Budget freeze after the Q2 earnings call.' },
      { id: null, section: 'resources', text: 'A data scientist for the Lyon pilot.' },
      { id: 'G2', section: 'review', text: 'G2 Met — three plant directors met by March.' },
    ]);
    expect(diff.items.removed).toEqual([
      { id: 'G2', section: 'goals', text: 'G2 Meet three plant directors in Bavaria.' },
      { id: 'C1', section: 'contingencies', text: 'C1 Multi-thread to the CFO.' },
    ]);
  });

  it('reports each field of a changed item with old -> new and deltas', () => {
    expect(diff.items.changed[0]).toEqual({
      id: 'G1',
      section: 'goals',
      changes: [
        {
          field: 'statement',
          old: 'Grow ACME EMEA ARR from $2.0M to $2.4M by 2027-03-31.',
          new: 'Grow ACME EMEA ARR from $2.0M to $2.6M by 2027-06-30.',
          delta: '$2.4M -> $2.6M (+8.3%); due +91 days',
        },
        { field: 'opportunities', old: 'O1, O2', new: 'O2, O1, O3', delta: '+O3' },
        { field: 'owner', old: 'Dana Reyes', new: 'Priya Nair' },
        { field: 'target', old: '$2.4M', new: '$2.6M', delta: '+8.3%' },
        { field: 'due', old: '2027-03-31', new: '2027-06-30', delta: '+91 days' },
        { field: 'status', old: 'on track', new: 'at risk' },
      ],
    });
  });

  it('reports a likely rename and a move to another section', () => {
    expect(diff.items.changed.slice(1)).toEqual([
      { id: 'G4', section: 'goals', changes: [{ field: 'id', old: 'G3', new: 'G4' }] },
      { id: 'OB2', section: 'goals', changes: [{ field: 'section', old: 'objectives', new: 'goals' }] },
      { id: 'R1', section: 'risks', changes: [{ field: 'likelihood', old: 'medium', new: 'high' }] },
    ]);
  });

  it('reports the findings NEW introduces (a renamed item keeps its findings)', () => {
    const introduced = diff.lint.introduced.map((d) => `${d.ruleId} ${d.anchor}`);
    expect(introduced).toEqual(
      expect.arrayContaining([
        'required-section section:contingencies',
        'goal-traces-opportunity item:OB2',
        'risk-has-contingency item:R1',
        'risk-has-contingency item:R2',
        'unresolved-reference ref:G2',
      ]),
    );
    // Other rules may add findings about the changed items; none about the renamed G3/G4 or the untouched O1.
    expect(introduced.filter((id) => /item:(?:G4|G3|O1|A1)$/.test(id))).toEqual([]);
    expect(diff.lint.fixed.filter((d) => d.anchor !== 'item:G2')).toEqual([]);
    expect(hasDifferences(diff)).toBe(true);
  });
});

describe('diffPlans: nothing that did not change', { timeout: 60_000 }, () => {
  it('sees no difference in reordered items and fields, rewrapped text, aliases, list markers and number formats', () => {
    const diff = diffFixtures('reformatted/old.md', 'reformatted/new.md');
    expect(diff.frontmatter).toEqual([]);
    expect(diff.sections).toEqual({ added: [], removed: [] });
    expect(diff.items).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.lint).toEqual({ introduced: [], fixed: [] });
    expect(hasDifferences(diff)).toBe(false);
  });

  it("sees no difference in a link written unqualified or qualified: Supports: G1 is the parent's G1, O1 the plan's own", () => {
    const front = 'id: acme-q1\nkind: account\nowner: Dana Reyes\nperiod: FY2027-Q1\nparent: acme-fy2027';
    const old = planWithGoals('- **G1** Grow ARR from $2.0M to $2.4M by 2027-03-31.\n  - Opportunities: O1\n  - Supports: G1', front);
    const now = planWithGoals('- **G1** Grow ARR from $2.0M to $2.4M by 2027-03-31.\n  - Opportunities: acme-q1#O1\n  - Supports: acme-fy2027#G1', front);
    expect(diffTexts(old, now).items.changed).toEqual([]);
    const other = planWithGoals('- **G1** Grow ARR from $2.0M to $2.4M by 2027-03-31.\n  - Opportunities: O1\n  - Supports: emea-fy2027#G1', front);
    expect(diffTexts(old, other).items.changed).toHaveLength(1);
  });

  it('sees no difference between a plan and itself', () => {
    const text = fixture('acme-q2.md');
    expect(hasDifferences(diffTexts(text, text))).toBe(false);
  });

  it('sees no difference in a statement whose amounts and deadline are only written differently', () => {
    const before = planWithGoals('- **G1** Grow ARR from $2.0M to $2.6M by 2027-03-31.\n- **G2** Win 3 new logos by end of Q1.');
    const after = planWithGoals('- **G1** grow ARR from $2,000,000 to $2.6M by March 31, 2027\n- **G2** Win three new logos by 2027-03-31.');
    expect(diffTexts(before, after, { lint: false }).items.changed).toEqual([]);
    const reworded = planWithGoals('- **G1** Grow ARR from $2.0M to $2.6M by 2027-03-31.\n- **G2** Win 3 new meetings by end of Q1.');
    expect(diffTexts(before, reworded, { lint: false }).items.changed).toEqual([
      { id: 'G2', section: 'goals', changes: [{ field: 'statement', old: 'Win 3 new logos by end of Q1.', new: 'Win 3 new meetings by end of Q1.' }] },
    ]);
  });

  it('does not report lint findings whose lines merely shifted', () => {
    const noOwner = '- **G2** Meet three plant directors.\n  - Opportunities: O2';
    const before = planWithGoals(`${G1}\n${noOwner}`);
    const after = planWithGoals(`${G1}\n  - Status: on track\n\n${noOwner}`);
    const diff = diffTexts(before, after);
    expect(diff.lint).toEqual({ introduced: [], fixed: [] });
    expect(diff.items.changed).toEqual([{ id: 'G1', section: 'goals', changes: [{ field: 'status', old: null, new: 'on track' }] }]);
  });
});

describe('diffPlans: each change kind', { timeout: 60_000 }, () => {
  const change = (before: string, after: string) => diffTexts(planWithGoals(before), planWithGoals(after)).items.changed[0]?.changes;

  it('reports a field written without its indent once, as a field of the item above it', () => {
    const old = planWithGoals('- **G1** Grow ARR from $2.0M to $2.4M by 2027-03-31.\n  - Opportunities: O1\n- Owner: Dana Reyes');
    const diff = diffTexts(old, old.replace('- Owner: Dana Reyes', '- Owner: Luis Ortega'));
    expect(diff.items.added).toEqual([]);
    expect(diff.items.removed).toEqual([]);
    expect(diff.items.changed.map((c) => [c.id, c.changes.map((f) => [f.field, f.old, f.new])])).toEqual([['G1', [['owner', 'Dana Reyes', 'Luis Ortega']]]]);
  });

  it('reports a field added and a field removed', () => {
    expect(change(G1, `${G1}\n  - Metric: ARR`)).toEqual([{ field: 'metric', old: null, new: 'ARR' }]);
    expect(change(`${G1}\n  - Metric: ARR`, G1)).toEqual([{ field: 'metric', old: 'ARR', new: null }]);
  });

  it('reads a wrapped statement whole', () => {
    const wrapped = G1.replace(' by 2027-03-31.', '\n  by 2027-06-30.');
    expect(change(G1, wrapped)).toEqual([
      { field: 'statement', old: 'Grow ARR from $2.0M to $2.4M by 2027-03-31.', new: 'Grow ARR from $2.0M to $2.4M by 2027-06-30.', delta: 'due +91 days' },
    ]);
  });

  it('reports reference changes as a set with what was added and dropped', () => {
    expect(change(G1, G1.replace('Opportunities: O1', 'Opportunities: O2'))).toEqual([{ field: 'opportunities', old: 'O1', new: 'O2', delta: '+O2 -O1' }]);
  });

  it('gives a delta for a moved deadline in other words, and none for the same day', () => {
    expect(change(G1, G1.replace('Due: 2027-03-31', 'Due: end of June 2027'))).toEqual([
      { field: 'due', old: '2027-03-31', new: 'end of June 2027', delta: '+91 days' },
    ]);
    expect(change(G1, G1.replace('Due: 2027-03-31', 'By: March 31, 2027'))).toBeUndefined();
  });

  it('reports a changed value that is neither amount nor date as it is', () => {
    expect(change(G1, G1.replace('Target: $2.4M', 'Target: most of the region'))).toEqual([{ field: 'target', old: '$2.4M', new: 'most of the region' }]);
  });

  it('reports nested lines that are not fields', () => {
    expect(change(G1, `${G1}\n  - Call the CFO first`)).toEqual([{ field: 'nested', old: null, new: 'Call the CFO first' }]);
  });

  it('reports fields the tool does not know by their key, apart from the names the diff itself uses', () => {
    expect(change(`${G1}\n  - Region: North`, `${G1}\n  - Region: South`)).toEqual([{ field: 'region', old: 'North', new: 'South' }]);
    expect(change(`${G1}\n  - Section: A`, `${G1}\n  - Section: B`)).toEqual([{ field: 'section (field)', old: 'A', new: 'B' }]);
  });

  it('reads a field whole: wrapped lines and bullets under it', () => {
    const notes = (last: string) => `${G1}\n  - Notes: first\n    - one\n    - ${last}`;
    expect(change(notes('two'), notes('three'))).toEqual([{ field: 'notes', old: 'first one two', new: 'first one three' }]);
  });

  it('reports a rename together with the fields that changed with it', () => {
    expect(change(G1, G1.replace('**G1**', '**G7**').replace('Dana Reyes', 'Sam Lee'))).toEqual([
      { field: 'id', old: 'G1', new: 'G7' },
      { field: 'owner', old: 'Dana Reyes', new: 'Sam Lee' },
    ]);
  });

  it('does not take a changed ID with other text for a rename', () => {
    const diff = diffTexts(planWithGoals(G1), planWithGoals(G1.replace('**G1**', '**G7**').replace('Grow ARR', 'Grow revenue')));
    expect(diff.items.added.map((e) => e.id)).toEqual(['G7']);
    expect(diff.items.removed.map((e) => e.id)).toEqual(['G1']);
  });

  it('reports a review result that changed, and the reason apart from it', () => {
    const diff = diffFixtures('review/old.md', 'review/new.md');
    expect(diff.items.changed).toEqual([
      { id: 'G1', section: 'goals', changes: [{ field: 'target', old: '3 sites', new: '5 sites', delta: '+2, +66.7%' }] },
      {
        id: 'G1',
        section: 'review',
        changes: [
          { field: 'result', old: 'Missed', new: 'Met' },
          { field: 'statement', old: 'the tender slipped to April.', new: 'the tender closed in March after all.' },
        ],
      },
    ]);
    expect(diff.items.added).toEqual([{ id: 'G2', section: 'review', text: "G2 Partially met — briefing held with the COO's deputy." }]);
  });

  it('reads a review result from its mark as from its word (✅ is Met), and a mark added to the same word is no change', () => {
    const withReview = (review: string) => `${planWithGoals(G1)}\n## Review\n\n${review}\n`;
    const diff = diffTexts(withReview('- **G1** ❌ the tender slipped to April.'), withReview('- **G1** ✅ Met — the tender closed in March.'));
    expect(diff.items.changed).toEqual([
      {
        id: 'G1',
        section: 'review',
        changes: [
          { field: 'result', old: 'Missed', new: 'Met' },
          { field: 'statement', old: 'the tender slipped to April.', new: 'the tender closed in March.' },
        ],
      },
    ]);
    const same = diffTexts(withReview('- **G1** Met — the tender closed in March.'), withReview('- **G1** ✅ **Met** — the tender closed in March.'));
    expect(same.items.changed).toEqual([]);
    const partial = diffTexts(withReview('- **G1** Missed — no tender.'), withReview('- **G1** 🟡 two of three sites signed.'));
    expect(partial.items.changed[0]!.changes[0]).toEqual({ field: 'result', old: 'Missed', new: 'Partially met' });
  });

  it("reports front matter keys added, changed and the writers' own keys", () => {
    expect(diffFixtures('review/old.md', 'review/new.md').frontmatter).toEqual([
      { key: 'owner', old: 'Lee Chen', new: 'Kim Park' },
      { key: 'parent', old: null, new: 'globex-fy2027' },
      { key: 'status', old: 'active', new: 'closed' },
      { key: 'region', old: 'EMEA', new: 'EMEA North' },
    ]);
  });

  it('reports changed prose as the old text removed and the new added', () => {
    const before = `${planWithGoals(G1)}\n## Account Analysis\n\nACME runs 40 plants.\n`;
    const after = `${planWithGoals(G1)}\n## Account Analysis\n\nACME runs 42 plants.\n`;
    const diff = diffTexts(before, after);
    expect(diff.items.added).toEqual([{ id: null, section: 'analysis', text: 'ACME runs 42 plants.' }]);
    expect(diff.items.removed).toEqual([{ id: null, section: 'analysis', text: 'ACME runs 40 plants.' }]);
  });

  it('compares prose sentence by sentence, so an added sentence is all that is reported', () => {
    const before = `${planWithGoals(G1)}\n## Account Analysis\n\nACME runs 40 plants. The CIO owns the budget.\n`;
    const after = `${planWithGoals(G1)}\n## Account Analysis\n\nACME runs 40 plants.\nThe CIO owns the budget. A new CFO joined in May.\n`;
    const diff = diffTexts(before, after);
    expect(diff.items.added).toEqual([{ id: null, section: 'analysis', text: 'A new CFO joined in May.' }]);
    expect(diff.items.removed).toEqual([]);
  });

  it('compares a pipe table row by row', () => {
    const table = (share: string) => `${planWithGoals(G1)}\n## Resources\n\n| Resource | Amount |\n|---|---|\n| SE time | ${share} |\n| PoC budget | $8k |\n`;
    const diff = diffTexts(table('40%'), table('50%'));
    expect(diff.items.added).toEqual([{ id: null, section: 'resources', text: 'SE time | 50%' }]);
    expect(diff.items.removed).toEqual([{ id: null, section: 'resources', text: 'SE time | 40%' }]);
    expect(hasDifferences(diffTexts(table('40%'), table('40%').replace('| SE time | 40% |', '|SE time|40%|')))).toBe(false);
  });

  it('reports the findings a change fixes', () => {
    const noOwner = G1.replace('\n  - Owner: Dana Reyes', '');
    const diff = diffTexts(planWithGoals(noOwner), planWithGoals(G1));
    expect(diff.lint.fixed.map((d) => d.ruleId)).toEqual(['owner-required']);
    expect(diff.lint.introduced).toEqual([]);
  });
});

describe('diffPlans on the bundled example quarters', { timeout: 60_000 }, () => {
  it('finds the target and deadline moves of the README example', () => {
    const read = (name: string) => buildPlan(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'accounts', name), 'utf8'), name);
    const diff = diffPlans(read('acme-fy2027-q1.md'), read('acme-fy2027-q2.md'), { lint: { config, today: '2026-11-25' } });
    expect(diff.items.changed.find((c) => c.id === 'G1')?.changes).toContainEqual({ field: 'target', old: '$150k', new: '$250k', delta: '+66.7%' });
    expect(diff.items.added.map((e) => e.id)).toEqual([null, 'O2', 'G2', 'OB2', 'A2', 'R2', 'C2', null, null]);
    expect(diff.lint).toEqual({ introduced: [], fixed: [] });
  });
});

describe('diffPlans as a library', { timeout: 60_000 }, () => {
  it('takes a missing side as a plan added or deleted', () => {
    const plan = buildPlan(fixture('review/new.md'), 'plans/globex.md');
    const diff = diffPlans(null, plan, { lint: { config, today: '2027-04-02' } });
    expect(diff.old).toBeNull();
    expect(diff.new).toBe('plans/globex.md');
    expect(diff.sections.added).toEqual(['opportunities', 'goals', 'accountability', 'review']);
    expect(diff.items.added).toHaveLength(6);
    expect(diff.lint.fixed).toEqual([]);
  });

  it('names the sides by their labels, and can leave the lint delta out', () => {
    const plan = buildPlan(fixture('review/new.md'), 'plans/globex.md');
    const diff = diffPlans(plan, plan, { lint: false, oldLabel: 'HEAD~1:plans/globex.md' });
    expect(diff.old).toBe('HEAD~1:plans/globex.md');
    expect(diff.lint).toEqual({ introduced: [], fixed: [] });
  });
});
