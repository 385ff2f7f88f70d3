import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { codeActions } from '../../src/lsp/actions.js';
import { buildPlan } from '../../src/model/build.js';

const text = [
  '---',
  'kind: account',
  'owner: Dana Reyes',
  'period: FY2027',
  '---',
  '',
  '## Goals',
  '',
  '| ID | Goal | Owner |',
  '|----|------|-------|',
  '| G1 | Grow ARR from $2M to $3M by 2027-12-31. | Dana |',
  '',
  '## Objectives',
  '',
  '- **OB1** Run 4 workshops by 2027-03-31.',
  '  - Goals: G7',
].join('\n');

const finding = (line: number, version: number): Diagnostic => ({
  range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: 5 } },
  source: 'plan',
  code: 'some-rule',
  message: 'something',
  data: { version },
});

describe('plan lsp quick fixes', () => {
  const plan = buildPlan(text, 'plan.md');
  const titles = (line: number, version = 3) => codeActions(plan, 'file:///plan.md', 3, [finding(line, version)]).map((a) => a.title);

  it('offers "disable for this line" on a field line, at its indentation', () => {
    const [action] = codeActions(plan, 'file:///plan.md', 3, [finding(16, 3)]);
    expect(action!.title).toBe('Disable some-rule for this line');
    expect(action!.edit!.documentChanges![0]).toEqual({
      textDocument: { uri: 'file:///plan.md', version: 3 },
      edits: [{ range: { start: { line: 15, character: 0 }, end: { line: 15, character: 0 } }, newText: '  <!-- plan-lint-disable-next-line some-rule -->\n' }],
    });
  });

  it('offers none in the front matter, in a table, or for a finding of an older version of the text', () => {
    expect(titles(3)).toEqual([]);
    expect(titles(9)).toEqual([]);
    expect(titles(11)).toEqual([]);
    expect(titles(16, 2)).toEqual([]);
    expect(titles(7)).toEqual(['Disable some-rule for this line']);
  });
});
