import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/api.js';
import { ConfigError } from '../../src/config/errors.js';
import { validateConfig } from '../../src/config/load.js';
import { buildPlanText } from '../helpers/clean-plan.js';
import { TODAY } from '../helpers/rule-tester.js';

const BASE = process.cwd();

/** Two goals without an owner (owner-required), the first asking for 5x growth (smart-achievable at maxGrowth 2). */
const NO_OWNERS = buildPlanText({
  sections: {
    goals:
      '## Goals\n\n- **G1** Grow ACME EMEA ARR from $1.0M to $5.0M by 2027-12-31.\n  - Opportunities: O1, O2\n- **G2** Win 3 new executive sponsors in logistics by end of Q2 2027.\n  - Opportunities: O2',
  },
}).text;

/** Lints the same plan at each path with `config`, as "path rule severity" lines for the rules named. */
function lint(config: Record<string, unknown>, paths: string[], ruleIds: string[], text = NO_OWNERS): string[] {
  const resolved = validateConfig(config, BASE);
  const sources = paths.map((file, i) => ({ file, text: text.replace('id: acme-fy2027', `id: acme-${i}`) }));
  return lintSources(sources, { config: resolved, cwd: BASE, today: TODAY })
    .flatMap((r) => r.diagnostics.filter((d) => ruleIds.includes(d.ruleId)).map((d) => `${r.file} ${d.ruleId} ${d.severity}`))
    .filter((line, i, all) => all.indexOf(line) === i);
}

describe('overrides: plan rules per file', () => {
  it('turn a rule off for the plans a glob matches', () => {
    const config = { overrides: [{ files: 'accounts/**', rules: { 'owner-required': 'off' } }] };
    expect(lint(config, ['accounts/acme.md', 'teams/emea.md'], ['owner-required'])).toEqual(['teams/emea.md owner-required warn']);
  });

  it('turn a rule on and change its severity', () => {
    const config = {
      rules: { 'owner-required': 'off' },
      overrides: [
        { files: ['accounts/**', 'teams/**'], rules: { 'owner-required': 'warn' } },
        { files: 'teams/**', rules: { 'owner-required': 'error' } },
      ],
    };
    expect(lint(config, ['accounts/acme.md', 'teams/emea.md', 'other/x.md'], ['owner-required'])).toEqual([
      'accounts/acme.md owner-required warn',
      'teams/emea.md owner-required error',
    ]);
  });

  it('change options; a severity alone keeps the top-level options', () => {
    const config = {
      rules: { 'smart-achievable': ['warn', { maxGrowth: 10 }] },
      overrides: [
        { files: 'strict/**', rules: { 'smart-achievable': ['error', { maxGrowth: 3 }] } },
        { files: 'loud/**', rules: { 'smart-achievable': 'error' } },
      ],
    };
    // 5x growth: over 3 (strict), under the top-level 10 (everywhere else, loud included).
    expect(lint(config, ['strict/a.md', 'loud/b.md', 'c.md'], ['smart-achievable'])).toEqual(['strict/a.md smart-achievable error']);
  });

  it('excludedFiles, and dot folders matched', () => {
    const config = { overrides: [{ files: '**/*.md', excludedFiles: 'archive/**', rules: { 'owner-required': 'off' } }] };
    expect(lint(config, ['.hidden/a.md', 'archive/b.md', 'c.md'], ['owner-required'])).toEqual(['archive/b.md owner-required warn']);
  });

  it('requiredSections per glob', () => {
    const text = buildPlanText({ sections: { risks: null, contingencies: null } }).text;
    const config = { overrides: [{ files: 'light/**', requiredSections: { account: ['goals'] } }] };
    expect(lint(config, ['light/a.md', 'full/b.md'], ['required-section'], text)).toEqual(['full/b.md required-section error']);
  });

  it('globs are relative to the config folder, not the working directory', () => {
    const resolved = validateConfig({ overrides: [{ files: 'accounts/**', rules: { 'owner-required': 'off' } }] }, join(BASE, 'repo'));
    const results = lintSources([{ file: 'repo/accounts/a.md', text: NO_OWNERS }], { config: resolved, cwd: BASE, today: TODAY });
    expect(results[0]!.diagnostics.map((d) => d.ruleId)).not.toContain('owner-required');
  });

  it('resolves each distinct combination of overrides once', () => {
    const config = validateConfig(
      {
        overrides: [
          { files: 'a/**', rules: { 'owner-required': 'off' } },
          { files: '**/x.md', rules: { 'section-order': 'off' } },
        ],
      },
      BASE,
    );
    const at = (path: string) => config.forFile!(join(BASE, path));
    expect(at('a/1.md')).toBe(at('a/2.md'));
    expect(at('a/x.md')).not.toBe(at('a/1.md'));
    expect(at('b/x.md')).not.toBe(at('a/x.md'));
    expect(at('b/1.md').rules).toBe(config.rules);
  });
});

describe('overrides: repo rules', () => {
  // Two plans with one id: duplicate-plan-id (a repo rule) reports it in each of them.
  const twins = (config: Record<string, unknown>) => {
    const resolved = validateConfig(config, BASE);
    const text = buildPlanText().text;
    return lintSources(
      [
        { file: 'accounts/a.md', text },
        { file: 'teams/b.md', text },
      ],
      { config: resolved, cwd: BASE, today: TODAY },
    ).flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'duplicate-plan-id').map((d) => `${r.file} ${d.severity}`));
  };

  it('apply to the findings in the plans they match', () => {
    expect(twins({})).toEqual(['accounts/a.md error', 'teams/b.md error']);
    expect(twins({ overrides: [{ files: 'accounts/**', rules: { 'duplicate-plan-id': 'off' } }] })).toEqual(['teams/b.md error']);
    expect(twins({ overrides: [{ files: 'teams/**', rules: { 'duplicate-plan-id': 'warn' } }] })).toEqual(['accounts/a.md error', 'teams/b.md warn']);
  });

  it('run a repo rule that is off at the top level but on for some plans', () => {
    expect(twins({ rules: { 'duplicate-plan-id': 'off' }, overrides: [{ files: 'teams/**', rules: { 'duplicate-plan-id': 'warn' } }] })).toEqual([
      'teams/b.md warn',
    ]);
  });
});

describe('overrides: config errors', () => {
  const message = (config: Record<string, unknown>) => {
    try {
      validateConfig(config, BASE, '.planrc.yaml');
    } catch (error) {
      if (error instanceof ConfigError) return `${error.file}: ${error.message}`;
      throw error;
    }
    return 'no error';
  };

  it('name the override and key', () => {
    expect(message({ overrides: [{ files: 'a/**', rules: { 'no-such-rule': 'warn' } }] })).toBe(
      '.planrc.yaml: overrides.0.rules.no-such-rule: unknown rule "no-such-rule" (run "plan rules" for the list)',
    );
    expect(message({ overrides: [{ files: 'a/**' }, { files: 'b/**', rules: { 'smart-achievable': ['warn', { maxGrowth: 'x' }] } }] })).toMatch(
      /^\.planrc\.yaml: overrides\.1\.rules\.smart-achievable\.maxGrowth: /,
    );
    expect(message({ overrides: [{ rules: {} }] })).toMatch(/^\.planrc\.yaml: overrides\.0\.files: /);
    expect(message({ overrides: [{ files: 'a/**', fiscalYearStart: 4 }] })).toBe('.planrc.yaml: overrides.0.fiscalYearStart: unknown key');
  });
});
