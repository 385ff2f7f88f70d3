import { describe, expect, it } from 'vitest';
import { lintText } from '../src/index.js';
import { resolveConfig } from '../src/config/resolve.js';

const config = resolveConfig({}, process.cwd());

describe('lintText', () => {
  it('reports a plan without front matter on line 1', () => {
    const result = lintText('# Just a note\n', { config, today: '2026-11-25' });
    expect(result.diagnostics[0]).toMatchObject({ ruleId: 'frontmatter', start: { line: 1, column: 1 } });
  });
});
