import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string }; files: string[] };
/** The repository package.json declares, as a web address: git+https://github.com/o/r.git -> https://github.com/o/r. */
const home = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

describe("each rule's docs url", () => {
  it.each(RULES.map((rule) => [rule.id, rule.url]))('%s is its page in the repository package.json declares, and the package ships it', (id, url) => {
    expect(url).toBe(`${home}/blob/main/docs/rules/${id}.md`);
    expect(existsSync(`docs/rules/${id}.md`)).toBe(true);
    expect(pkg.files).toContain('docs');
  });
});
