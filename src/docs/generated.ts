import type { Rule } from '../rules/define.js';
import { CONFIG_SCHEMA_FILE, configJsonSchema, FRONT_MATTER_SCHEMA_FILE, frontMatterJsonSchema, STATUS_SCHEMA_FILE, statusJsonSchema } from './json-schemas.js';
import { ruleMarkdown, rulesIndexMarkdown } from './rule-docs.js';

export interface GeneratedFile {
  /** Relative to the package root, with `/`. */
  path: string;
  text: string;
}

/** Every file `npm run generate` writes: rule pages and JSON Schemas, all from the code (a test fails when they are stale). */
export function generatedFiles(rules: readonly Rule[]): GeneratedFile[] {
  return [
    ...rules.map((rule) => ({ path: `docs/rules/${rule.id}.md`, text: ruleMarkdown(rule) })),
    { path: 'docs/rules/README.md', text: rulesIndexMarkdown(rules) },
    { path: `schemas/${CONFIG_SCHEMA_FILE}`, text: `${JSON.stringify(configJsonSchema(rules), null, 2)}\n` },
    { path: `schemas/${FRONT_MATTER_SCHEMA_FILE}`, text: `${JSON.stringify(frontMatterJsonSchema(), null, 2)}\n` },
    { path: `schemas/${STATUS_SCHEMA_FILE}`, text: `${JSON.stringify(statusJsonSchema(), null, 2)}\n` },
  ];
}

/** Generated files on disk that no rule produces any more (a renamed or removed rule). */
export function isGeneratedPath(path: string): boolean {
  return /^docs\/rules\/[^/]+\.md$/.test(path) || /^schemas\/[^/]+\.schema\.json$/.test(path);
}
