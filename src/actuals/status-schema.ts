import { z } from '../zod.js';

/** The documented shape of `plan status --format json` (schemas/plan-status.schema.json is generated from it). */

const reading = z.strictObject({
  value: z.number().describe('The value read, in the goal\'s unit ("$1.2M" is 1200000; a milestone met is 1, missed 0)'),
  text: z.string().describe('The value in the goal\'s unit, short ("$1.2M", "35%", "1 of 3", "met")'),
  of: z.number().optional().describe('For "1 of 3": the 3'),
  date: z.string().describe('YYYY-MM-DD'),
  source: z.enum(['actual', 'check-in', 'csv', 'roll-up']).describe('An Actual: field, a check-in, a CSV row, or summed from supporting goals'),
  file: z.string().describe('The plan or CSV file it was read from'),
  line: z.number().int().describe('Its line in that file'),
  note: z.string().optional().describe("A CSV row's source column, a check-in's comment, or which goals a roll-up used"),
});

export const statusGoalSchema = z.strictObject({
  plan: z.string().describe("The plan's id"),
  file: z.string().describe('The plan file'),
  line: z.number().int().describe("The goal's line"),
  depth: z.number().int().describe('Depth of its plan in the tree: 0 for a plan without a parent'),
  kind: z.string().optional().describe("The plan's kind"),
  period: z.string().optional().describe("The plan's period as written"),
  id: z.string().describe("The goal's ID"),
  statement: z.string(),
  owner: z.string().optional().describe("The goal's Owner, else its plan's"),
  baseline: z.number().optional(),
  target: z.number().optional().describe("The target's value ($2.6M is 2600000)"),
  targetText: z.string().optional().describe('The target as written'),
  milestone: z.boolean().describe('Met by a single event: progress is 0 or 1'),
  actual: reading.optional().describe('The newest reading on or before today (its own, else rolled up from supporting goals)'),
  progress: z.number().optional().describe('(actual - baseline) / (target - baseline), uncapped; absent without a reading'),
  expected: z.number().optional().describe("The share of the goal's time gone by, in [0, 1]"),
  pace: z
    .enum(['ahead', 'on pace', 'behind', 'no reading', 'no target', 'not started', 'ended'])
    .describe('Progress against expected progress, with the tolerance of behind-pace'),
  score: z.number().optional().describe('Progress capped to [0, 1]'),
  status: z.string().optional().describe('The Status field, else the Review result'),
  deadline: z.string().optional().describe("The Due: field, else the statement's deadline (YYYY-MM-DD)"),
});

export const statusReportSchema = z.strictObject({
  today: z.string().describe('The date progress is measured on (YYYY-MM-DD)'),
  tolerance: z.number().describe('How far behind expected progress is still on pace'),
  goals: z.array(statusGoalSchema).describe('Goals in tree order: a plan, then the plans under it'),
});

export type StatusGoal = z.output<typeof statusGoalSchema>;
export type StatusReport = z.output<typeof statusReportSchema>;
