import { z } from '../zod.js';
import type { Rule } from '../rules/define.js';

export interface OptionDoc {
  name: string;
  type: string;
  default?: unknown;
  description?: string;
}

interface JsonSchemaNode {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchemaNode[];
  items?: JsonSchemaNode;
  default?: unknown;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  [key: string]: unknown;
}

/** A rule's options as the config accepts them (input side of its zod schema), draft-07 JSON Schema. */
export function optionsJsonSchema(rule: Rule): JsonSchemaNode {
  const schema = z.toJSONSchema(rule.options as z.ZodType, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as JsonSchemaNode;
  delete schema.$schema;
  return schema;
}

/** One row per option: name, a readable type, the default, the description given with `.describe()`. */
export function optionDocs(rule: Rule): OptionDoc[] {
  const properties = optionsJsonSchema(rule).properties ?? {};
  return Object.entries(properties).map(([name, node]) => {
    const doc: OptionDoc = { name, type: typeName(node) };
    if (node.default !== undefined) doc.default = node.default;
    if (node.description) doc.description = node.description;
    return doc;
  });
}

function typeName(node: JsonSchemaNode): string {
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.anyOf) return node.anyOf.map(typeName).join(' | ');
  if (node.type === 'array') return `${node.items ? typeName(node.items) : 'any'}[]`;
  if (Array.isArray(node.type)) return node.type.join(' | ');
  return node.type ?? 'any';
}
