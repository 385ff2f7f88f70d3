import { describe, expect, it } from 'vitest';
import { memoizeText } from '../../src/text/memo.js';

describe('memoizeText', () => {
  it('computes once per text and key, and freezes what it returns', () => {
    let calls = 0;
    const words = memoizeText(
      (text: string, lower: boolean) => {
        calls++;
        return (lower ? text.toLowerCase() : text).split(' ');
      },
      (lower) => String(lower),
    );
    const first = words('Grow ARR', true);
    expect(words('Grow ARR', true)).toBe(first);
    expect(words('Grow ARR', false)).toEqual(['Grow', 'ARR']);
    expect(calls).toBe(2);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (first as string[]).push('x')).toThrow();
  });

  it('forgets everything at its limit and computes again', () => {
    let calls = 0;
    const length = memoizeText(
      (text: string) => {
        calls++;
        return { n: text.length };
      },
      undefined,
      2,
    );
    length('a');
    length('bb');
    length('ccc'); // over the limit: the map starts again
    length('a');
    expect(calls).toBe(4);
    expect(length('a')).toEqual({ n: 1 });
    expect(calls).toBe(4);
  });
});
