import { describe, expect, it } from 'vitest';
import { InitError } from '../../src/init/errors.js';
import { appendReview } from '../../src/init/review.js';
import { decodeSource } from '../../src/parse/source.js';

const PLAN =
  '---\nkind: account\nowner: Dana\nperiod: 2027-Q1\n---\n\n## Goals\n\n- **G1** Grow ARR from $2.0M to $2.2M by 2027-03-31.\n- Win 2 sponsors by 2027-03-31.\n';
const after = { today: '2027-04-01' };

describe('appendReview', () => {
  it('keeps every byte of the file and adds one placeholder result per goal with an ID', () => {
    const bytes = Buffer.from(PLAN);
    const review = appendReview(bytes, 'q1.md', after);
    expect(review.bytes.subarray(0, bytes.length).equals(bytes)).toBe(true);
    expect(review.goals).toEqual(['G1']);
    expect(review.unnamed).toBe(1);
    expect(review.text.startsWith('\n## Review\n')).toBe(true);
    expect(review.text).toContain('- **G1** TODO: Met | Missed | Partially met — why.\n  - Lesson: TODO\n');
  });

  it('asks for the outcome of each objective that has none recorded, in its Status field (a review item names a goal)', () => {
    const plan = `${PLAN}\n## Objectives\n\n- **OB1** Run 4 workshops by 2027-02-28.\n  - Status: met\n- **OB2** Sign 2 resellers by 2027-03-31.\n  - Status: on track\n- **OB3** Hold 10 account reviews by 2027-03-31.\n`;
    const review = appendReview(Buffer.from(plan), 'q1.md', after);
    expect(review.objectives).toEqual(['OB2', 'OB3']);
    expect(review.text).toContain("the lesson the team keeps. Then record each open objective's outcome in its Status field (met or missed): OB2, OB3.\n");
    expect(review.text).not.toContain('**OB');
  });

  it("ends an unfinished last line before the review, with the file's own line breaks", () => {
    const review = appendReview(Buffer.from(PLAN.trimEnd()), 'q1.md', after);
    expect(review.text.startsWith('\n\n## Review\n\n')).toBe(true);
    const crlf = appendReview(Buffer.from(PLAN.replace(/\n/g, '\r\n').trimEnd()), 'q1.md', after);
    expect(crlf.text.startsWith('\r\n\r\n## Review\r\n\r\n')).toBe(true);
    expect(crlf.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('appends in UTF-16 to a UTF-16 file', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, 'utf16le')]);
    const review = appendReview(bytes, 'q1.md', after);
    expect(review.bytes.subarray(0, bytes.length).equals(bytes)).toBe(true);
    expect(decodeSource(review.bytes).text).toBe(PLAN + review.text);
  });

  it('reviews a closed plan before its period ends, and a plan without goals with one placeholder line', () => {
    const closed = '---\nowner: Dana\nperiod: 2027-Q1\nstatus: closed\n---\n\nNo goals yet.\n';
    const review = appendReview(Buffer.from(closed), 'q1.md', { today: '2027-01-10' });
    expect(review.goals).toEqual([]);
    expect(review.text).toContain('\nTODO: What was met and missed in this period, why, and the lessons the team keeps.\n');
  });

  it('refuses a plan whose period has not ended, or that has no period to tell', () => {
    expect(() => appendReview(Buffer.from(PLAN), 'q1.md', { today: '2027-03-31' })).toThrow(InitError);
    expect(() => appendReview(Buffer.from('---\nowner: Dana\n---\n'), 'q1.md', after)).toThrow(/no valid "period"/);
  });

  it('honours heading aliases: a Retrospective is a review', () => {
    expect(() => appendReview(Buffer.from(`${PLAN}\n## Retrospective\n\n- **G1** Met — yes.\n`), 'q1.md', after)).toThrow(
      /already has a review \("## Retrospective" on line 12\)/,
    );
  });
});
