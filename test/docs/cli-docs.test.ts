import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliReference } from '../../src/cli/cli-docs.js';
import { FORMATTERS } from '../../src/formatters/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('docs/cli.md', () => {
  it('is what the command line prints for --help (run "npm run generate" and commit the result when it is stale)', async () => {
    const path = join(root, 'docs/cli.md');
    expect(existsSync(path), 'docs/cli.md is missing: run "npm run generate"').toBe(true);
    expect(readFileSync(path, 'utf8'), 'docs/cli.md is stale: run "npm run generate" and commit the result').toBe(await cliReference());
  });

  it('has a section for every command, and lint --help names every output format', async () => {
    const page = await cliReference();
    for (const command of ['lint', 'diff', 'tree', 'graph', 'baseline', 'rules', 'explain', 'init', 'review']) expect(page).toContain(`## plan ${command}\n`);
    const lint = page.slice(page.indexOf('## plan lint'), page.indexOf('## plan', page.indexOf('## plan lint') + 1));
    for (const format of Object.keys(FORMATTERS)) expect(lint).toContain(format);
  });
});
