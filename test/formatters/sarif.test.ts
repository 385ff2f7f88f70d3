import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/api.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { formatResults } from '../../src/formatters/index.js';
import { RULES } from '../../src/rules/index.js';
import { HOSTILE_FILE, HOSTILE_RESULTS } from '../fixtures/findings.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/schemas/sarif-2.1.0-rtm.5.json', import.meta.url)), 'utf8'));
// CommonJS packages: their classes are `.default` of the module (which is itself the class at run time too).
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's "language" pattern is valid only without the u flag;
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function sarifOf(results: typeof HOSTILE_RESULTS) {
  return JSON.parse(formatResults('sarif', results, { cwd: '/repo', color: false, rules: RULES }));
}

describe('sarif', () => {
  it('is valid SARIF 2.1.0 on hostile findings', () => {
    const log = sarifOf(HOSTILE_RESULTS);
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('is valid SARIF 2.1.0 on a real lint run, and on no findings at all', () => {
    const config = resolveConfig({}, '/repo');
    const results = lintSources([{ file: 'plans/a b.md', text: '---\nkind: account\n---\n## Goals\n\n- grow\n' }], { config, today: '2026-11-25' });
    expect(results[0]!.diagnostics.length).toBeGreaterThan(0);
    expect(validate(sarifOf(results)), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(sarifOf([])), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('the schema check can fail (a wrong level is rejected)', () => {
    const log = sarifOf(HOSTILE_RESULTS);
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('lists every rule with a description and help link, and points each result at its rule', () => {
    const run = sarifOf(HOSTILE_RESULTS).runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\/.+\.md$/);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('gives relative, percent-encoded URIs under %SRCROOT%, levels and regions', () => {
    const run = sarifOf(HOSTILE_RESULTS).runs[0];
    const location = run.results[0].locations[0].physicalLocation;
    expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(decodeURIComponent(location.artifactLocation.uri)).toBe(HOSTILE_FILE);
    expect(location.artifactLocation.uri).not.toMatch(/[ <>"|]/);
    expect(location.region).toEqual({ startLine: 3, startColumn: 1, endLine: 3, endColumn: 12 });
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'error', 'warning']);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
  });
});
