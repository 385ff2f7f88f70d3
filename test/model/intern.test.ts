import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/model/build.js';
import { internPoint } from '../../src/model/intern.js';
import { buildPlanText } from '../helpers/clean-plan.js';

describe('shared positions and texts', () => {
  it('gives one frozen point per line and column', () => {
    const a = internPoint({ line: 12, column: 3 });
    expect(internPoint({ line: 12, column: 3 })).toBe(a);
    expect(internPoint({ line: 12, column: 4 })).not.toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('shares positions and field keys between two plans, and no model changes for it', () => {
    const text = buildPlanText().text;
    const [one, two] = [buildPlan(text, 'a.md'), buildPlan(text, 'b.md')];
    const withField = (plan: typeof one) => plan.items.find((item) => item.fields.length > 0)!;
    expect(two.sections[0]!.span.start).toBe(one.sections[0]!.span.start);
    expect(withField(two).fields[0]!.span.end).toBe(withField(one).fields[0]!.span.end);
    expect(withField(two).fields[0]!.key).toBe(withField(one).fields[0]!.key);
    expect(JSON.stringify(two.sections)).toBe(JSON.stringify(one.sections));
    expect(one.sections[0]!.span.start).toEqual({ line: one.sections[0]!.span.start.line, column: one.sections[0]!.span.start.column });
  });
});
