import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8');

describe('integrations shipped in the repo', () => {
  it('action.yml is a composite action that annotates with --format github and can upload SARIF', () => {
    const action = load(read('action.yml')) as { runs: { using: string; steps: { run?: string; uses?: string }[] }; inputs: Record<string, unknown> };
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'args', 'version', 'sarif', 'sarif-file']));
    const script = action.runs.steps.map((s) => s.run ?? '').join('\n');
    expect(script).toContain('plan lint --format github');
    expect(script).toContain('--format sarif -o');
    expect(script).not.toMatch(/\$\{\{\s*inputs\./); // inputs come through env, never pasted into the script
    expect(action.runs.steps.map((s) => s.uses)).toContain('github/codeql-action/upload-sarif@v3');
  });

  it('.pre-commit-hooks.yaml declares node hooks that run plan lint', () => {
    const hooks = load(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; language: string }[];
    expect(hooks.map((h) => h.id)).toEqual(['plan-lint', 'plan-lint-fix']);
    for (const hook of hooks) expect(hook).toMatchObject({ language: 'node', entry: expect.stringMatching(/^plan lint/) });
  });

  it('the CI snippets of docs/ci.md and the README are valid YAML and JSON as printed', () => {
    const readme = read('README.md');
    const section = `${read('docs/ci.md')}\n${readme.slice(readme.indexOf('## In CI'), readme.indexOf('## Documentation'))}`;
    const blocks = [...section.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)];
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const [, language, body] of blocks) {
      if (language === 'json') expect(() => JSON.parse(body!)).not.toThrow();
      // The "without the action" snippet is a list of steps indented as inside a job; still valid YAML.
      else expect(() => loadAll(body!)).not.toThrow(); // front matter examples are delimited by ---
    }
  });
});
