#!/usr/bin/env node
// Scores the SMART analysers against labelled goal statements: the tuning set test/smart-eval/goals.json and the
// held-out set test/smart-eval/held-out.json (written from the contract before the tool ran on it, never tuned on).
// Usage: npm run eval:smart [-- --verbose] [-- path/to/set.json ...]   (needs a build: dist/)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { judgeGoal } from './smart-judge.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const named = args.filter((a) => !a.startsWith('-'));
const files =
  named.length > 0
    ? named
    : ['goals.json', 'held-out.json', 'held-out-2.json'].map((name) => fileURLToPath(new URL(`../test/smart-eval/${name}`, import.meta.url)));

export const CRITERIA = ['specific', 'measurable', 'timeBound'];

export function score(pairs) {
  let tp = 0,
    fp = 0,
    tn = 0,
    fn = 0;
  for (const { expected, actual } of pairs) {
    if (expected && actual) tp++;
    else if (!expected && actual) fp++;
    else if (!expected && !actual) tn++;
    else fn++;
  }
  const total = tp + fp + tn + fn;
  // A false flag: the goal meets the criterion and the tool reports it anyway (the worst error). A miss: the goal
  // fails the criterion and the tool says nothing.
  return { accuracy: (tp + tn) / total, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, falseFlags: fn, misses: fp, total };
}

export async function evaluate(set) {
  const results = [];
  for (const goal of set.goals) results.push({ goal, judged: await judgeGoal(goal.text, set, goal) });
  const scores = {};
  for (const c of CRITERIA) scores[c] = score(results.map(({ goal, judged }) => ({ expected: goal[c], actual: judged[c] })));
  const dated = results.filter(({ goal, judged }) => goal.deadline && judged.deadline !== undefined);
  scores.deadlineDate = { accuracy: dated.filter(({ goal, judged }) => goal.deadline === judged.deadline).length / (dated.length || 1), total: dated.length };
  return { results, scores };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of files) await report(file);
}

async function report(file) {
  const set = JSON.parse(await readFile(file, 'utf8'));
  const { results, scores } = await evaluate(set);
  const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(
    `\n${file.split('/').pop()}: ${set.goals.length} goal statements (period ${set.period}, fiscal year starts in month ${set.fiscalYearStart}, unless a goal says otherwise)`,
  );
  console.log('criterion    accuracy precision   recall  false flags  misses');
  for (const c of CRITERIA) {
    const s = scores[c];
    console.log(
      `${c.padEnd(12)} ${pct(s.accuracy)}  ${pct(s.precision)}  ${pct(s.recall)}  ${String(s.falseFlags).padStart(11)}  ${String(s.misses).padStart(6)}`,
    );
  }
  console.log(`deadline date correct for ${pct(scores.deadlineDate.accuracy)} of ${scores.deadlineDate.total} time-bound goals found`);
  for (const { goal, judged } of results) {
    const wrong = CRITERIA.filter((c) => goal[c] !== judged[c]);
    if (goal.deadline && judged.deadline && goal.deadline !== judged.deadline) wrong.push(`deadline ${judged.deadline} != ${goal.deadline}`);
    if (verbose && wrong.length) console.log(`  ✗ ${wrong.join(', ')}: ${goal.text}${judged.why ? `  [${judged.why}]` : ''}`);
  }
}
