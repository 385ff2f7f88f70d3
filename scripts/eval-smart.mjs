#!/usr/bin/env node
// Scores the SMART analysers against the labelled goal statements in test/smart-eval/goals.json.
// Usage: npm run eval:smart [-- --verbose] [-- path/to/goals.json]   (needs a build: dist/)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { judgeGoal } from './smart-judge.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const file = args.find((a) => !a.startsWith('-')) ?? fileURLToPath(new URL('../test/smart-eval/goals.json', import.meta.url));

export const CRITERIA = ['specific', 'measurable', 'timeBound'];

export function score(pairs) {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const { expected, actual } of pairs) {
    if (expected && actual) tp++;
    else if (!expected && actual) fp++;
    else if (!expected && !actual) tn++;
    else fn++;
  }
  const total = tp + fp + tn + fn;
  return { accuracy: (tp + tn) / total, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, total };
}

export async function evaluate(set) {
  const results = [];
  for (const goal of set.goals) results.push({ goal, judged: await judgeGoal(goal.text, set) });
  const scores = {};
  for (const c of CRITERIA) scores[c] = score(results.map(({ goal, judged }) => ({ expected: goal[c], actual: judged[c] })));
  const dated = results.filter(({ goal, judged }) => goal.deadline && judged.deadline !== undefined);
  scores.deadlineDate = { accuracy: dated.filter(({ goal, judged }) => goal.deadline === judged.deadline).length / (dated.length || 1), total: dated.length };
  return { results, scores };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const set = JSON.parse(await readFile(file, 'utf8'));
  const { results, scores } = await evaluate(set);
  const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log(`SMART evaluation: ${set.goals.length} goal statements (period ${set.period}, fiscal year starts in month ${set.fiscalYearStart})`);
  console.log('criterion    accuracy precision   recall');
  for (const c of CRITERIA) console.log(`${c.padEnd(12)} ${pct(scores[c].accuracy)}  ${pct(scores[c].precision)}  ${pct(scores[c].recall)}`);
  console.log(`deadline date correct for ${pct(scores.deadlineDate.accuracy)} of ${scores.deadlineDate.total} time-bound goals found`);
  for (const { goal, judged } of results) {
    const wrong = CRITERIA.filter((c) => goal[c] !== judged[c]);
    if (goal.deadline && judged.deadline && goal.deadline !== judged.deadline) wrong.push(`deadline ${judged.deadline} != ${goal.deadline}`);
    if (verbose && wrong.length) console.log(`  ✗ ${wrong.join(', ')}: ${goal.text}${judged.why ? `  [${judged.why}]` : ''}`);
  }
}
