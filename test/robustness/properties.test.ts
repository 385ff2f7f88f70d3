import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { EditMap } from 'micromark-util-edit-map';
import { lintText } from '../../src/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { FORMATTERS } from '../../src/formatters/index.js';
import { RULES } from '../../src/rules/index.js';
import { buildPlan } from '../../src/model/build.js';
import { decodeSource, InputError } from '../../src/parse/source.js';
import type { LintResult } from '../../src/types.js';
import { mutatedPlan, planText, RUNS, shuffledSections } from './arbitraries.js';

const config = resolveConfig({}, process.cwd());
// Thousands of cases under `npm run fuzz` take minutes on a busy machine; no timing is asserted.
vi.setConfig({ testTimeout: Math.max(60_000, RUNS * 2_000) });
let cases = 0;
const started = Date.now();

afterAll(() => {
  // `npm run fuzz` reports this; in `npm test` it is a line in the log.
  console.log(`fuzz: ${cases} generated cases in ${((Date.now() - started) / 1000).toFixed(1)} s (FUZZ_RUNS=${RUNS} per property)`);
});

/** Lints text and checks what must hold for any input: no throw (but InputError), sane positions, no rule crashed. */
function lintsSafely(text: string): LintResult | undefined {
  cases++;
  let result: LintResult;
  try {
    result = lintText(text, { config, today: '2026-11-25', filePath: 'fuzz.md' });
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
  const lineCount = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
  for (const d of result.diagnostics) {
    expect(d.message, 'a rule threw').not.toMatch(/^Rule ".*" failed on this file/);
    expect(d.start.line).toBeGreaterThanOrEqual(1);
    expect(d.start.line).toBeLessThanOrEqual(lineCount);
    expect(d.start.column).toBeGreaterThanOrEqual(1);
    expect(d.end.line).toBeGreaterThanOrEqual(d.start.line);
    expect(d.message.trim()).not.toBe('');
  }
  expect(result.errorCount + result.warningCount).toBe(result.diagnostics.length);
  return result;
}

const property = (arbitrary: fc.Arbitrary<string>) =>
  fc.assert(
    fc.property(arbitrary, (text) => void lintsSafely(text)),
    { numRuns: RUNS },
  );

describe('the library never throws on any text', () => {
  it('random plan-shaped Markdown and front matter', () => property(planText));
  it('a valid plan with lines deleted, duplicated, swapped, truncated or garbled', () => property(mutatedPlan));
  it('a valid plan with sections dropped, shuffled or repeated', () => property(shuffledSections));
  it('any string at all', () => property(fc.string({ unit: 'binary', maxLength: 400 })));
  it('any bytes, decoded as a file would be', () =>
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        cases++;
        let text: string;
        try {
          text = decodeSource(bytes).text;
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        lintsSafely(text);
      }),
      { numRuns: RUNS },
    ));
});

describe('the model holds together', () => {
  it('items sit inside their section, and every item and field has a position in the file', () =>
    fc.assert(
      fc.property(fc.oneof(planText, mutatedPlan), (text) => {
        cases++;
        let plan: ReturnType<typeof buildPlan>;
        try {
          plan = buildPlan(text, 'fuzz.md');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        for (const section of plan.sections) {
          for (const item of section.items) {
            expect(item.line).toBeGreaterThanOrEqual(section.span.start.line);
            expect(item.line).toBeLessThanOrEqual(section.fullSpan.end.line);
            for (const field of item.fields) expect(field.span.start.line).toBeGreaterThanOrEqual(item.line);
          }
        }
        expect(plan.items.length + plan.reviewItems.length).toBe(plan.sections.reduce((n, s) => n + s.items.length, 0));
      }),
      { numRuns: RUNS },
    ));
});

describe('every formatter escapes what its consumer interprets', () => {
  const hostileResult = fc.tuple(fc.oneof(planText, mutatedPlan), fc.string({ unit: 'binary', maxLength: 30 })).map(([text, name]) => {
    const result = lintsSafely(text);
    return result
      ? { ...result, file: `${name}.md`, diagnostics: result.diagnostics.map((d) => ({ ...d, file: `${name}.md`, message: `${d.message}${name}` })) }
      : undefined;
  });

  it('formatters never throw; stylish obeys no control character; json parses back; github commands stay one line each', () =>
    fc.assert(
      fc.property(hostileResult, (result) => {
        if (!result) return;
        const results = [result];
        for (const [name, format] of Object.entries(FORMATTERS)) {
          const out = format(results, { cwd: '/work', color: false, rules: RULES });
          expect(typeof out, name).toBe('string');
        }
        const stylish = FORMATTERS.stylish!(results, { cwd: '/work', color: false, rules: RULES });
        expect(stylish).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        const json = JSON.parse(FORMATTERS.json!(results, { cwd: '/work', color: false, rules: RULES })) as { messages: { message: string }[] }[];
        expect(json[0]!.messages.map((m) => m.message)).toEqual(result.diagnostics.map((d) => d.message));
        if (FORMATTERS.github) {
          const lines = FORMATTERS.github(results, { cwd: '/work', color: false, rules: RULES }).split('\n').filter(Boolean);
          expect(lines).toHaveLength(result.diagnostics.length);
          for (const line of lines)
            expect(line).toMatch(/^::(?:error|warning) file=[^:,\r\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,\r\n]*::[^\r\n]*$/);
        }
        if (FORMATTERS.junit) {
          const xml = FORMATTERS.junit(results, { cwd: '/work', color: false, rules: RULES });
          // Outside tags, no raw markup; inside attribute values, no raw quote or angle bracket.
          expect(xml.replace(/<[^<>]*>/g, '')).not.toMatch(/[<>]/);
          expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
        }
        if (FORMATTERS.markdown) {
          const rows = FORMATTERS.markdown(results, { cwd: '/work', color: false, rules: RULES })
            .split('\n')
            .filter((l) => l.startsWith('| ') && !l.startsWith('| Plan') && !l.startsWith('| ---'));
          // Five cells per row: nothing a message says can add a column.
          for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
        }
      }),
      { numRuns: RUNS },
    ));
});

describe('micromark is used as it ships', () => {
  // Its list handling is quadratic in the items (consume copies the event list); the list limit bounds it instead.
  it('plan patches no prototype of it: after linting, EditMap.consume is micromark own method', () => {
    lintText('---\nkind: account\nowner: Dana\nperiod: FY2027\n---\n\n## Goals\n\n- **G1** Grow ARR 10%.\n  - Owner: Dana\n', { config, today: '2026-11-25' });
    expect(EditMap.prototype.consume.toString()).toMatch(/^consume\(events\) \{/);
  });
});
