import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedFiles, isGeneratedPath } from '../../src/docs/generated.js';
import { RULES } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const STALE = 'is stale: run "npm run generate" and commit the result';

describe('generated docs and schemas', () => {
  const files = generatedFiles(RULES);

  it.each(files.map((f) => [f.path, f.text]))('%s is up to date', (path, text) => {
    const onDisk = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;
    expect(onDisk, `${path} ${onDisk === undefined ? 'is missing' : STALE}`).toBe(text);
  });

  it('has no generated file left over from a removed rule', () => {
    const wanted = new Set(files.map((f) => f.path));
    const onDisk = ['docs/rules', 'schemas'].flatMap((folder) =>
      existsSync(join(root, folder)) ? readdirSync(join(root, folder)).map((name) => `${folder}/${name}`) : [],
    );
    expect(
      onDisk.filter((path) => isGeneratedPath(path) && !wanted.has(path)),
      STALE,
    ).toEqual([]);
  });
});

describe('rule metadata', () => {
  it.each(RULES.map((r) => [r.id, r]))('%s documents why, and a failing and a passing example', (_id, rule) => {
    expect(rule.docs?.rationale, 'docs.rationale').toBeTruthy();
    expect(rule.docs?.invalid, 'docs.invalid (a snippet the rule reports)').toBeTruthy();
    expect(rule.docs?.valid, 'docs.valid (the snippet fixed)').toBeTruthy();
    expect(rule.docs?.valid).not.toBe(rule.docs?.invalid);
  });
});

describe('JSON Schemas', async () => {
  const { Ajv } = await import('ajv');
  const { configJsonSchema, frontMatterJsonSchema } = await import('../../src/docs/json-schemas.js');
  const ajv = new Ajv({ strict: false });
  const config = ajv.compile(configJsonSchema(RULES));
  const frontMatter = ajv.compile(frontMatterJsonSchema());

  it('accepts the configs the loader accepts and rejects unknown rules and keys', () => {
    expect(
      config({
        rules: { 'section-order': 'off', 'required-section': ['warn', {}], 'owner-required': 1 },
        fiscalYearStart: 'feb',
        requiredSections: { company: ['goals'] },
      }),
    ).toBe(true);
    expect(config({ rules: { 'no-such-rule': 'off' } })).toBe(false);
    expect(config({ rules: { 'section-order': 'loud' } })).toBe(false);
    expect(config({ colour: true })).toBe(false);
  });

  it('accepts extends and overrides, with rule ids checked inside overrides too', () => {
    expect(
      config({
        extends: ['./base.planrc.yaml', '@acme/plan-config'],
        overrides: [
          { files: 'accounts/**', excludedFiles: ['accounts/archive/**'], rules: { 'owner-required': 'off' }, requiredSections: { account: ['goals'] } },
        ],
      }),
    ).toBe(true);
    expect(config({ extends: './base.planrc.yaml' })).toBe(true);
    expect(config({ extends: 3 })).toBe(false);
    expect(config({ overrides: [{ rules: { 'owner-required': 'off' } }] })).toBe(false);
    expect(config({ overrides: [{ files: 'a/**', rules: { 'no-such-rule': 'off' } }] })).toBe(false);
    expect(config({ overrides: [{ files: 'a/**', fiscalYearStart: 4 }] })).toBe(false);
  });

  it("accepts the contract's front matter, with writers' own keys, and requires owner and period", () => {
    expect(
      frontMatter({
        id: 'acme-fy2027',
        title: 'ACME',
        kind: 'account',
        owner: 'Dana Reyes',
        period: 'FY2027',
        parent: 'emea-fy2027',
        status: 'active',
        region: 'EMEA',
      }),
    ).toBe(true);
    expect(frontMatter({ kind: 'account', period: 'FY2027' })).toBe(false);
    expect(frontMatter({ kind: 'acount', owner: 'Dana', period: 'FY2027' })).toBe(false);
  });
});
