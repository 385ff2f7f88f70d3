import { z } from '../zod.js';
import { configSchema } from '../config/schema.js';
import { frontMatterSchema } from '../model/frontmatter-schema.js';
import type { Rule } from '../rules/define.js';
import { optionsJsonSchema } from './rule-options.js';
import { statusReportSchema } from '../actuals/status-schema.js';

export const SCHEMA_BASE_URL = 'https://raw.githubusercontent.com/plan-lint/plan/main/schemas/';
export const CONFIG_SCHEMA_FILE = 'planrc.schema.json';
export const FRONT_MATTER_SCHEMA_FILE = 'plan-frontmatter.schema.json';
export const STATUS_SCHEMA_FILE = 'plan-status.schema.json';

type Json = Record<string, unknown>;

/**
 * A zod schema as draft-07 JSON Schema, which editors understand best, with its id and title: the input side (what a
 * writer may type) or the output side (what a command writes).
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output', file: string, title: string): Json {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-7' }) as Json;
  return { $schema, $id: `${SCHEMA_BASE_URL}${file}`, title, ...rest };
}

/** `.planrc.*`: the zod config schema, with `rules` spelled out per rule so that editors complete ids and options. */
export function configJsonSchema(rules: readonly Rule[]): Json {
  const schema = jsonSchema(configSchema, 'input', CONFIG_SCHEMA_FILE, 'plan lint configuration (.planrc)');
  const properties = schema.properties as Record<string, Json>;
  const severity = { description: 'off | warn | error (or 0 | 1 | 2)', enum: ['off', 'warn', 'error', 0, 1, 2] };
  properties.rules = {
    description: properties.rules?.description,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      rules.map((rule) => [
        rule.id,
        {
          description: `${rule.description} (default: ${rule.defaultSeverity})`,
          anyOf: [
            { $ref: '#/definitions/severity' },
            { type: 'array', items: [{ $ref: '#/definitions/severity' }, optionsJsonSchema(rule)], minItems: 1, maxItems: 2 },
          ],
        },
      ]),
    ),
  };
  // An override's rules are the same per-rule settings, so editors complete them there too.
  const override = (properties.overrides?.items as Json | undefined)?.properties as Record<string, Json> | undefined;
  if (override?.rules) override.rules = { description: override.rules.description, allOf: [{ $ref: '#/properties/rules' }] };
  return { ...schema, definitions: { severity } };
}

const FRONT_MATTER_DESCRIPTIONS: Record<string, string> = {
  $schema: 'This JSON Schema, for editors',
  id: 'The plan id others reference (parent, plan-id#G1); default: the file name without .md',
  title: 'The plan title',
  kind: 'company | region | team | territory | account',
  owner: 'The accountable person',
  period: 'FY2027, FY2027-Q1, 2027 or 2027-Q1 (fiscal years start in the configured month)',
  parent: 'The id or relative path of the plan this one aligns to',
  status: 'draft | active | closed',
};

/** Plan front matter: known keys validated, others allowed (writers add their own). */
export function frontMatterJsonSchema(): Json {
  const schema = jsonSchema(frontMatterSchema, 'input', FRONT_MATTER_SCHEMA_FILE, 'plan front matter');
  const properties = schema.properties as Record<string, Json>;
  for (const [key, description] of Object.entries(FRONT_MATTER_DESCRIPTIONS)) if (properties[key]) properties[key].description = description;
  // The linter takes enum values in any case; an editor suggesting the canonical lower-case ones is what helps.
  return schema;
}

/** `plan status --format json`: what the command writes (the output side of the zod schema). */
export function statusJsonSchema(): Json {
  return jsonSchema(statusReportSchema, 'output', STATUS_SCHEMA_FILE, 'plan status --format json');
}
