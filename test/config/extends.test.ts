import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folder } from '../helpers/folder.js';
import { lintFiles } from '../../src/api.js';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfigFile, validateConfig } from '../../src/config/load.js';
import { mergeConfigs, mergeRuleSetting } from '../../src/config/merge.js';
import type { ResolvedConfig } from '../../src/config/resolve.js';

function setting(config: ResolvedConfig, id: string) {
  const active = config.rules.find((r) => r.rule.id === id);
  return active ? { severity: active.severity, options: active.options } : 'off';
}

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('merging configs (extends)', () => {
  it('a severity alone keeps the earlier options; options replace them', () => {
    expect(mergeRuleSetting(['error', { maxGrowth: 3 }], 'warn')).toEqual(['warn', { maxGrowth: 3 }]);
    expect(mergeRuleSetting(['error', { maxGrowth: 3 }], ['off'])).toEqual(['off', { maxGrowth: 3 }]);
    expect(mergeRuleSetting(['error', { maxGrowth: 3 }], ['warn', { maxGrowth: 5 }])).toEqual(['warn', { maxGrowth: 5 }]);
    expect(mergeRuleSetting('error', 'warn')).toBe('warn');
    expect(mergeRuleSetting(undefined, ['warn', { maxGrowth: 5 }])).toEqual(['warn', { maxGrowth: 5 }]);
  });

  it('rules per id, aliases and required sections per key, other keys replaced, overrides appended', () => {
    const merged = mergeConfigs(
      {
        rules: { 'owner-required': 'error', 'section-order': 'off' },
        headingAliases: { goals: ['Targets'], risks: ['Threats'] },
        requiredSections: { team: ['goals'], company: ['goals'] },
        fiscalYearStart: 2,
        plans: ['a/**'],
        overrides: [{ files: 'a/**', rules: { 'owner-required': 'off' } }],
      },
      {
        rules: { 'section-order': 'warn' },
        headingAliases: { goals: ['Aims'] },
        requiredSections: { team: ['risks'] },
        plans: ['b/**'],
        overrides: [{ files: 'b/**', rules: { 'owner-required': 'warn' } }],
      },
    );
    expect(merged).toEqual({
      rules: { 'owner-required': 'error', 'section-order': 'warn' },
      headingAliases: { goals: ['Aims'], risks: ['Threats'] },
      requiredSections: { team: ['risks'], company: ['goals'] },
      fiscalYearStart: 2,
      plans: ['b/**'],
      overrides: [
        { files: 'a/**', rules: { 'owner-required': 'off' } },
        { files: 'b/**', rules: { 'owner-required': 'warn' } },
      ],
    });
  });
});

describe('extends', () => {
  it('later entries override earlier ones, and the file overrides them all', () => {
    const dir = folder({
      'one.yaml': 'rules:\n  owner-required: error\n  section-order: error\nfiscalYearStart: 4\n',
      'two.yaml': 'rules:\n  section-order: off\nfiscalYearStart: 7\n',
      '.planrc.yaml': 'extends: [./one.yaml, ./two.yaml]\nrules:\n  owner-required: off\n',
    });
    const config = loadConfigFile(join(dir, '.planrc.yaml'));
    expect(setting(config, 'owner-required')).toBe('off');
    expect(setting(config, 'section-order')).toBe('off');
    expect(config.settings.fiscalYearStart).toBe(7);
  });

  it('a severity alone in the extending file keeps the base options', () => {
    const dir = folder({
      'base.planrc.yaml': 'rules:\n  smart-achievable: [error, { maxGrowth: 4 }]\n',
      '.planrc.yaml': 'extends: ./base.planrc.yaml\nrules:\n  smart-achievable: warn\n',
    });
    expect(setting(loadConfigFile(join(dir, '.planrc.yaml')), 'smart-achievable')).toEqual({
      severity: 'warn',
      options: expect.objectContaining({ maxGrowth: 4 }),
    });
  });

  it('follows extends of extends, and the key of an extended JSON config', () => {
    const dir = folder({
      'shared/root.json': '{ "headingAliases": { "goals": ["Targets"] }, "requiredSections": { "team": ["goals"] } }',
      'shared/mid.yaml': 'extends: ./root.json\nheadingAliases:\n  risks: [Threats]\n',
      '.planrc.yaml': 'extends: ./shared/mid.yaml\n',
    });
    const config = loadConfigFile(join(dir, '.planrc.yaml'));
    expect(config.matchHeading('Targets')).toBe('goals');
    expect(config.matchHeading('Threats')).toBe('risks');
    expect(config.settings.requiredSections.team).toEqual(['goals']);
  });

  it('keeps paths in an extended file relative to that file', () => {
    const dir = folder({
      'shared/base.yaml': 'plans: [plans/**/*.md, "!plans/drafts/**"]\ntemplates: templates\n',
      'repo/.planrc.yaml': 'extends: ../shared/base.yaml\n',
    });
    const config = loadConfigFile(join(dir, 'repo/.planrc.yaml'));
    expect(config.plans).toEqual(['../shared/plans/**/*.md', '!../shared/plans/drafts/**']);
    expect(config.templates).toBe(join(dir, 'shared/templates'));
    expect(config.baseDir).toBe(join(dir, 'repo'));
  });

  it('plans globs of an extended file find the plans they name, wherever it is', async () => {
    const notPlan = '# Notes\n\nNo front matter: a plan only because the config says so.\n';
    const dir = folder({
      'repo/shared/base.yaml': 'plans: [../notes/*.md, ./more/*.md]\n',
      'repo/.planrc.yaml': 'extends: ./shared/base.yaml\n',
      'repo/notes/a.md': notPlan,
      'repo/shared/more/b.md': notPlan,
      'repo/other/c.md': notPlan,
    });
    const config = loadConfigFile(join(dir, 'repo/.planrc.yaml'));
    expect(config.plans).toEqual(['notes/*.md', 'shared/more/*.md']);
    const run = await lintFiles(['.'], { cwd: join(dir, 'repo'), config, today: '2026-11-25' });
    expect(run.results.map((r) => r.file).sort()).toEqual(['notes/a.md', 'shared/more/b.md']);
    expect(run.skipped).toEqual(['other/c.md']);
  });

  it('the file itself replaces paths it sets, relative to itself', () => {
    const dir = folder({ 'shared/base.yaml': 'templates: templates\n', '.planrc.yaml': 'extends: ./shared/base.yaml\ntemplates: my-templates\n' });
    expect(loadConfigFile(join(dir, '.planrc.yaml')).templates).toBe(join(dir, 'my-templates'));
  });

  it('an npm package: its main file, or a file in it, found from the config file folder upward', () => {
    const dir = folder({
      'node_modules/@acme/plan-config/package.json': '{ "name": "@acme/plan-config", "main": ".planrc.yaml" }',
      'node_modules/@acme/plan-config/.planrc.yaml': 'rules:\n  owner-required: error\ntemplates: templates\n',
      'node_modules/@acme/plan-config/strict.json': '{ "extends": "./.planrc.yaml", "rules": { "section-order": "error" } }',
      'plans/.planrc.yaml': 'extends: "@acme/plan-config"\n',
      'plans/strict/.planrc.yaml': 'extends: "@acme/plan-config/strict.json"\n',
    });
    const config = loadConfigFile(join(dir, 'plans/.planrc.yaml'));
    expect(setting(config, 'owner-required')).toEqual({ severity: 'error', options: {} });
    expect(config.templates).toBe(join(dir, 'node_modules/@acme/plan-config/templates'));
    const strict = loadConfigFile(join(dir, 'plans/strict/.planrc.yaml'));
    expect(setting(strict, 'owner-required')).toEqual({ severity: 'error', options: {} });
    expect(setting(strict, 'section-order')).toEqual({ severity: 'error', options: {} });
  });

  it('config data given in code extends from its base folder', () => {
    const dir = folder({ 'base.yaml': 'fiscalYearStart: 10\n' });
    expect(validateConfig({ extends: './base.yaml' }, dir).settings.fiscalYearStart).toBe(10);
  });

  it('keys on the merged settings, so a change to an extended file is a different config (the cache sees it)', () => {
    const dir = folder({ 'base.yaml': 'rules:\n  owner-required: error\n', '.planrc.yaml': 'extends: ./base.yaml\n' });
    const before = loadConfigFile(join(dir, '.planrc.yaml')).source;
    writeFileSync(join(dir, 'base.yaml'), 'rules:\n  owner-required: off\n');
    const after = loadConfigFile(join(dir, '.planrc.yaml')).source;
    expect(before?.data).toEqual({ rules: { 'owner-required': 'error' } });
    expect(after?.data).toEqual({ rules: { 'owner-required': 'off' } });
  });
});

describe('extends errors: one line naming the file and the entry', () => {
  it('a missing file', () => {
    const dir = folder({ '.planrc.yaml': 'extends: ./nope.yaml\n' });
    const error = configError(() => loadConfigFile(join(dir, '.planrc.yaml')));
    expect(error.file).toBe(join(dir, '.planrc.yaml'));
    expect(error.message).toBe('extends "./nope.yaml": file not found');
  });

  it('a missing package', () => {
    const dir = folder({ '.planrc.yaml': 'extends: [./base.yaml]\n', 'base.yaml': 'extends: plan-config-that-is-not-installed\n' });
    const error = configError(() => loadConfigFile(join(dir, '.planrc.yaml')));
    expect(error.file).toBe(join(dir, 'base.yaml'));
    expect(error.message).toMatch(/^extends "plan-config-that-is-not-installed": package not found/);
  });

  it('a package whose main file is not a config', () => {
    const dir = folder({
      'node_modules/js-config/package.json': '{ "name": "js-config", "main": "index.js" }',
      'node_modules/js-config/index.js': '',
      '.planrc.yaml': 'extends: js-config\n',
    });
    expect(configError(() => loadConfigFile(join(dir, '.planrc.yaml'))).message).toMatch(
      /^extends "js-config": resolves to .*index\.js, which is not a \.yaml, \.yml or \.json config/,
    );
  });

  it('a cycle', () => {
    const dir = folder({ '.planrc.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: [./a.yaml]\n' });
    const error = configError(() => loadConfigFile(join(dir, '.planrc.yaml')));
    expect(error.file).toBe(join(dir, 'b.yaml'));
    expect(error.message).toBe('extends "./a.yaml": a cycle (.planrc.yaml -> a.yaml -> b.yaml -> a.yaml)');
  });

  it('a file that extends itself', () => {
    const dir = folder({ '.planrc.yaml': 'extends: ./.planrc.yaml\n' });
    expect(configError(() => loadConfigFile(join(dir, '.planrc.yaml'))).message).toBe('extends "./.planrc.yaml": a cycle (.planrc.yaml -> .planrc.yaml)');
  });

  it('a bad key or rule in an extended file names that file', () => {
    const dir = folder({ '.planrc.yaml': 'extends: ./base.yaml\n', 'base.yaml': 'rules:\n  no-such-rule: warn\n' });
    const error = configError(() => loadConfigFile(join(dir, '.planrc.yaml')));
    expect(error.file).toBe(join(dir, 'base.yaml'));
    expect(error.message).toMatch(/^rules\.no-such-rule: unknown rule/);
    writeFileSync(join(dir, 'base.yaml'), 'extend: ./x.yaml\n');
    expect(configError(() => loadConfigFile(join(dir, '.planrc.yaml'))).message).toBe('extend: unknown key; did you mean "extends"?');
  });

  it('a bad extends value', () => {
    expect(configError(() => validateConfig({ extends: 3 }, tmpdir())).message).toMatch(/^extends: /);
  });
});
