import { describe, expect, it } from 'vitest';
import { FORMATTERS, formatResults } from '../../src/formatters/index.js';
import { RULES } from '../../src/rules/index.js';
import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import type { LintResult } from '../../src/types.js';
import { HOSTILE_FILE, HOSTILE_RESULTS } from '../fixtures/findings.js';

const options = { cwd: '/repo', color: false, rules: RULES };

/** SARIF lists every rule: keep only the fixture's, so that adding a rule elsewhere does not break this snapshot. */
function stableAcrossRuleChanges(format: string, output: string): string {
  if (format !== 'sarif') return output;
  const log = JSON.parse(output);
  const used = new Set(HOSTILE_RESULTS.flatMap((r) => r.diagnostics.map((d) => d.ruleId)));
  log.runs[0].tool.driver.rules = log.runs[0].tool.driver.rules.filter((rule: { id: string }) => used.has(rule.id));
  return JSON.stringify(log, null, 2);
}

describe.each(['stylish', 'json', 'sarif', 'github', 'junit', 'markdown'])('%s formatter', (format) => {
  it('matches its snapshot on hostile findings', () => {
    expect(stableAcrossRuleChanges(format, formatResults(format, HOSTILE_RESULTS, options))).toMatchSnapshot();
  });
  it('is registered and pure (same input, same output)', () => {
    expect(FORMATTERS[format]).toBeTypeOf('function');
    expect(formatResults(format, HOSTILE_RESULTS, options)).toBe(formatResults(format, HOSTILE_RESULTS, options));
  });
});

/** GitHub's runner decodes data and properties like this (actions/runner ActionCommand.Unescape). */
function unescapeGithub(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

describe('github', () => {
  const output = formatResults('github', HOSTILE_RESULTS, options);
  const lines = output.trimEnd().split('\n');

  it('writes one workflow command per finding, each on one line', () => {
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=[^,:]+,line=3,col=1,endLine=3,endColumn=12,title=plan\(frontmatter\)::/);
    expect(lines[2]).toMatch(/^::warning /);
  });

  it('escapes so that GitHub reads back exactly the file name and message', () => {
    const property = /file=([^,]*),/.exec(lines[1]!)![1]!;
    expect(unescapeGithub(property)).toBe(HOSTILE_FILE);
    const data = lines[1]!.slice(lines[1]!.indexOf('::', 2) + 2);
    expect(unescapeGithub(data)).toBe(
      `${HOSTILE_RESULTS[0]!.diagnostics[1]!.message.replace('\u0007', '\\u0007')}\n${HOSTILE_RESULTS[0]!.diagnostics[1]!.docsUrl}`,
    );
  });

  it('escapes % first so that escapes in the text are not decoded', () => {
    expect(escapeData('50%0A')).toBe('50%250A');
    expect(unescapeGithub(escapeProperty('a%3Ab,c:d'))).toBe('a%3Ab,c:d');
  });

  it('prints nothing for clean results', () => {
    expect(formatResults('github', [HOSTILE_RESULTS[1]!], options)).toBe('');
  });
});

describe('junit', () => {
  const output = formatResults('junit', HOSTILE_RESULTS, options);

  it('has one testcase per plan; a plan with errors fails, listing every finding', () => {
    expect(output.match(/<testcase /g)).toHaveLength(2);
    expect(output.match(/<failure /g)).toHaveLength(1);
    expect(output).toContain('<testsuites name="plan" tests="2" failures="1" errors="0">');
    expect(output).toContain('<failure type="error" message="2 errors, 1 warning">');
    expect(output.match(/(?:error|warning) at plans\//g)).toHaveLength(3);
    expect(output).toContain('<testcase classname="plan lint" name="plans/clean.md" file="plans/clean.md" time="0"/>');
  });

  const warningsOnly: LintResult[] = [
    { ...HOSTILE_RESULTS[0]!, errorCount: 0, diagnostics: HOSTILE_RESULTS[0]!.diagnostics.filter((d) => d.severity !== 'error') },
    HOSTILE_RESULTS[1]!,
  ];

  it('warnings alone do not fail a plan (the lint passes): they go to its output', () => {
    const xml = formatResults('junit', warningsOnly, options);
    expect(xml).toContain('<testsuites name="plan" tests="2" failures="0" errors="0">');
    expect(xml).not.toContain('<failure');
    expect(xml).toMatch(/<system-out>warning at plans\/.* \(section-order\)\n/);
    expect(formatResults('junit', warningsOnly, { ...options, maxWarnings: 1 })).not.toContain('<failure');
  });

  it('more warnings than --max-warnings fail the plans that have them', () => {
    const xml = formatResults('junit', warningsOnly, { ...options, maxWarnings: 0 });
    expect(xml).toContain('<testsuites name="plan" tests="2" failures="1" errors="0">');
    expect(xml).toContain('<failure type="warning" message="1 warning (the run has more than --max-warnings 0)">');
  });

  it('leaves no raw markup, line break in an attribute, or control character from the findings', () => {
    const withoutOwnTags = output.replace(/<\?xml[^>]*\?>|<\/?(?:testsuites|testsuite|testcase|failure)(?:\s+[a-zA-Z]+="[^"<>]*")*\s*\/?>/g, '');
    expect(withoutOwnTags).not.toMatch(/[<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    for (const attr of output.match(/="[^"]*"/g)!) expect(attr).not.toMatch(/[\r\n\t]/);
  });
});

describe('markdown', () => {
  const output = formatResults('markdown', HOSTILE_RESULTS, options);
  const rows = output.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Plan') && !line.startsWith('| ---'));

  it('counts, then one table row per finding with five cells', () => {
    expect(output).toContain('**2 errors**, **1 warning** in 1 plan (2 plans checked).');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });

  it('shows hostile text literally: no HTML, no line breaks inside a row', () => {
    expect(output).not.toContain('<script>');
    expect(output).not.toContain('<b>');
    expect(output).toContain('&lt;script&gt;');
    expect(output).toContain('bell \\\\u0007');
  });

  it('says so when there is nothing to report', () => {
    expect(formatResults('markdown', [HOSTILE_RESULTS[1]!], options)).toBe('## plan lint\n\nNo problems in 1 plan.\n');
  });
});

describe('stylish', () => {
  it("lists each rule's documentation link once", () => {
    const output = formatResults('stylish', HOSTILE_RESULTS, options);
    expect(output).toContain('Rule documentation:');
    expect(output.match(/docs\/rules\/frontmatter\.md/g)).toHaveLength(1);
    expect(output).toContain('section-order     https://github.com/plan-lint/plan/blob/main/docs/rules/section-order.md');
  });
});
