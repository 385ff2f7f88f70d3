import { isAbsolute, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPath, relativeSlashed } from '../../src/files/discover.js';

/** What displayPath gave before it cut paths inside the working directory short. */
function byRelative(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

const segment = fc.constantFrom('a', 'b', 'bc', 'plans', '.', '..', '', '.planrc', '...', 'a b', 'x.md');
const absolute = fc.array(segment, { minLength: 0, maxLength: 6 }).map((parts) => `/${parts.join('/')}`);

describe('displayPath and relativeSlashed', () => {
  it('give what path.relative gives, for any pair of absolute paths', () => {
    fc.assert(
      fc.property(absolute, absolute, fc.boolean(), (cwd, other, inside) => {
        const path = inside ? `${cwd}/${other.slice(1)}` : other;
        expect(displayPath(path, cwd), `${path} from ${cwd}`).toBe(byRelative(path, cwd));
        expect(relativeSlashed(cwd, path)).toBe(relative(cwd, path).split(sep).join('/'));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['/repo/plans/a.md', '/repo', 'plans/a.md'],
    ['/repo2/a.md', '/repo', '/repo2/a.md'],
    ['/repo/./a.md', '/repo', 'a.md'],
    ['/repo/a/../b.md', '/repo', 'b.md'],
    ['/a.md', '/', 'a.md'],
  ])('shows %s from %s as %s', (path, cwd, shown) => {
    expect(displayPath(path, cwd)).toBe(shown);
  });
});
