import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../helpers/markdown-links.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const files = await glob('**/*.md', { cwd: root, ignore: ['**/node_modules/**', 'dist/**', 'coverage/**', 'bench/.corpus/**', '**/.git/**'], dot: true });

describe('links in the Markdown files of the repository', () => {
  it('finds the docs', () => {
    expect(files).toEqual(
      expect.arrayContaining(['README.md', 'docs/plan-format.md', 'docs/configuration.md', 'docs/ci.md', 'docs/cli.md', 'docs/library.md', 'bench/README.md']),
    );
  });

  it.each(files)('every relative link in %s resolves to a file (and heading) inside the repository', (file) => {
    expect(brokenLinks(root, file, existsSync)).toEqual([]);
  });
});
