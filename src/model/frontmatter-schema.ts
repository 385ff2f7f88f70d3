import { z } from '../zod.js';

export const PLAN_KINDS = ['company', 'region', 'team', 'territory', 'account'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The period forms of the contract, plus halves: FY2027, FY2027-Q1, FY2027-H1, 2027, 2027-Q1, 2027-H1. */
export const PERIOD_PATTERN = /^(?:FY)?\d{4}(?:-(?:Q[1-4]|H[12]))?$/i;

const text = (what: string) => z.union([z.string(), z.number()], { error: `${what} must be text` }).transform((v) => String(v).trim());

const lowerEnum = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.enum(values, { error: (issue) => `${what} must be one of ${values.join(', ')}${issue.input === undefined ? '' : `, not "${String(issue.input)}"`}` }),
  );

/** Known front matter keys; unknown keys are allowed (writers add their own). */
export const frontMatterSchema = z.looseObject({
  $schema: z.string().optional(),
  id: text('id')
    .pipe(z.string().regex(/^[A-Za-z0-9][\w.-]*$/, 'id must be a single word of letters, digits, ".", "_" or "-", such as acme-fy2027'))
    .optional(),
  title: text('title').optional(),
  kind: lowerEnum(PLAN_KINDS, 'kind').optional(),
  owner: text('owner').pipe(z.string().min(1, 'owner must name the accountable person')),
  period: text('period')
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(PERIOD_PATTERN, 'period must be a year or a quarter such as FY2027, FY2027-Q1, 2027 or 2027-Q1')),
  parent: text('parent').pipe(z.string().min(1, 'parent must be the id or relative path of a plan')).optional(),
  status: lowerEnum(PLAN_STATUSES, 'status').optional(),
});
