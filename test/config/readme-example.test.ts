import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { folder } from '../helpers/folder.js';
import { lintFiles } from '../../src/api.js';
import { loadConfig } from '../../src/config/load.js';

const README = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
const PLAN = readFileSync(new URL('../fixtures/repos/config/teams/emea-fy2027.md', import.meta.url), 'utf8');

/** The YAML block of docs/configuration.md (once the README's section) that starts with these lines. */
function yamlBlock(firstLine: string): string {
  const block = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.startsWith(`${firstLine}\n`));
  if (!block) throw new Error(`docs/configuration.md has no yaml block starting "${firstLine}"`);
  return block;
}

describe('the configuration examples of docs/configuration.md', () => {
  it('the worked example of extends and overrides does what the README says', async () => {
    const dir = folder({
      'node_modules/@acme/plan-config/package.json': '{ "name": "@acme/plan-config", "main": ".planrc.yaml" }',
      'node_modules/@acme/plan-config/.planrc.yaml': yamlBlock('# node_modules/@acme/plan-config/.planrc.yaml   (package.json: "main": ".planrc.yaml")'),
      'shared/house-style.planrc.yaml': 'headingAliases: { goals: [Targets] }\n',
      '.planrc.yaml': yamlBlock('# .planrc.yaml\nextends:'),
      'teams/emea-fy2027.md': PLAN,
      'accounts/acme-fy2027.md': PLAN.replace('id: emea-fy2027', 'id: acme-fy2027'),
      'accounts/strategic/globex-fy2027.md': PLAN.replace('id: emea-fy2027', 'id: globex-fy2027'),
    });
    const config = loadConfig(dir);
    expect(config.rules.find((r) => r.rule.id === 'smart-achievable')).toMatchObject({ severity: 'error', options: { maxGrowth: 3 } });
    const run = await lintFiles(['.'], { cwd: dir, config, today: '2026-11-25' });
    const owners = run.results.map(
      (r) =>
        `${r.file} ${
          r.diagnostics
            .filter((d) => d.ruleId === 'owner-required')
            .map((d) => d.severity)
            .join(',') || 'none'
        }`,
    );
    expect(owners.sort()).toEqual(['accounts/acme-fy2027.md none', 'accounts/strategic/globex-fy2027.md error', 'teams/emea-fy2027.md error']);
  });

  it('the annotated list of keys is a valid config', () => {
    const dir = folder({ '.planrc.yaml': yamlBlock('rules:'), 'shared/base.planrc.yaml': 'rules: {}\n' });
    expect(loadConfig(dir).rules.find((r) => r.rule.id === 'owner-required')?.severity).toBe('error');
  });
});
