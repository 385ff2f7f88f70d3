import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

/** Every test file's text (cases, fixtures' expectations, snapshots), where the messages tests expect are written. */
const testTexts = (readdirSync('test', { recursive: true }) as string[])
  .filter((file) => /\.(?:ts|json|txt)$/.test(file) && !file.includes('messages-covered'))
  .map((file) => readFileSync(join('test', file), 'utf8'))
  .join('\n');

/** A message template as a pattern: its words exactly (quotes maybe escaped in source), any text for a placeholder. */
function templatePattern(template: string): RegExp {
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['"]/g, '\\\\?$&');
  return new RegExp(
    template
      .split(/\{\{\s*\w+\s*\}\}/)
      .map(literal)
      .join('[^\\n]*?'),
  );
}

describe('every message a rule lists is spelled out by a test', () => {
  const messages = RULES.flatMap((rule) => Object.entries(rule.messages).map(([id, template]) => ({ rule: rule.id, id, template })));

  it.each(messages)('$rule: $id', ({ template }) => {
    expect(templatePattern(template).test(testTexts)).toBe(true);
  });
});
