import { z } from '../zod.js';
import { PLAN_KINDS } from '../model/frontmatter-schema.js';
import { SECTION_KEYS } from '../model/sections.js';
import { MAX_GLOB_LENGTH } from '../files/discover.js';
import { paceSchema } from '../rules/actuals-context.js';

export const SEVERITY_SETTINGS = ['off', 'warn', 'error'] as const;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const severity = z.union([z.enum(SEVERITY_SETTINGS), z.literal(0), z.literal(1), z.literal(2)]);

export const ruleSettingSchema = z.union([severity, z.tuple([severity]), z.tuple([severity, z.record(z.string(), z.unknown())])]);

export const fiscalYearStartSchema = z.union([
  z.number().int().min(1).max(12),
  z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .refine((s) => MONTHS.some((m) => m === s || m.slice(0, 3) === s), 'must be a month number 1-12 or a month name')
    .transform((s) => MONTHS.findIndex((m) => m === s || m.slice(0, 3) === s) + 1),
]);

const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A size in bytes: a whole number, or text such as "20MB" or "512 KB". */
export const fileSizeSchema = z.union(
  [
    z.number().int().positive(),
    z
      .string()
      .regex(/^\s*\d+(?:\.\d+)?\s*(?:b|kb|mb|gb)?\s*$/i)
      .transform((s) => {
        const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(s)!;
        return Math.round(Number(m[1]) * SIZE_UNITS[(m[2] || 'b').toLowerCase()]!);
      })
      .pipe(z.number().int().positive()),
  ],
  { error: 'must be a size such as 20MB, 512KB or a whole number of bytes above 0' },
);

const rulesSchema = z.record(z.string(), ruleSettingSchema);
const requiredSectionsSchema = z.partialRecord(z.enum(PLAN_KINDS), z.array(z.enum(SECTION_KEYS)));
/** A path is at most 4,096 characters on Linux (PATH_MAX); picomatch refuses globs past 65,536 with an exception. */
const globSchema = z.string().min(1).max(MAX_GLOB_LENGTH, `must be a glob of at most ${MAX_GLOB_LENGTH} characters`);
const globsSchema = z.union([globSchema, z.array(globSchema).min(1)]);

/**
 * Settings for some plans only. Just what can differ per file: the repo rules compare plans with each other, so the
 * fiscal calendar and the heading aliases (which decide what a plan's sections are) stay the same for all of them.
 */
export const overrideSchema = z.strictObject({
  files: globsSchema.describe('Globs of the plans this applies to, such as accounts/** or **/*-q1.md'),
  excludedFiles: globsSchema.optional().describe('Globs of plans it does not apply to after all'),
  rules: rulesSchema.optional().describe('Rule settings for these plans, laid over the top-level ones per rule id (a severity alone keeps the options)'),
  requiredSections: requiredSectionsSchema.optional().describe('Sections each kind of plan must have, for these plans (per kind)'),
});

/** `.planrc.yaml` / `.planrc.yml` / `.planrc.json`. Strict: an unknown key is an error naming it. */
export const configSchema = z.strictObject({
  $schema: z.string().optional().describe('JSON Schema reference, for editors'),
  extends: z
    .union([z.string().min(1), z.array(z.string().min(1))])
    .optional()
    .describe(
      'Configs this one builds on (later ones override earlier ones, this file overrides them all): a path relative to this file, such as ./base.planrc.yaml, or an npm package whose main file is a YAML or JSON config',
    ),
  rules: rulesSchema.optional().describe('Severity per rule id: off | warn | error, or [severity, options]'),
  fiscalYearStart: fiscalYearStartSchema.optional().describe('First month of the fiscal year: 1-12 or a month name (default January)'),
  headingAliases: z
    .partialRecord(z.enum(SECTION_KEYS), z.array(z.string().min(1)))
    .optional()
    .describe('Extra headings accepted for a section, e.g. { goals: ["Targets"] }'),
  requiredSections: requiredSectionsSchema.optional().describe('Sections each kind of plan must have (replaces the default for that kind)'),
  plans: z
    .array(globSchema)
    .optional()
    .describe('Globs (relative to the config file) of Markdown files that are plans even without kind/period in front matter'),
  templates: z
    .string()
    .min(1)
    .optional()
    .describe("Folder (relative to the config file) of the organization's plan templates for plan init: <kind>.md or plan.md"),
  maxFileSize: fileSizeSchema.optional().describe('Largest plan file read, in bytes or as "20MB" (default 2MB); a larger file is reported and skipped'),
  maxListItems: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Most list item lines (items and fields) read in one plan (default 1000); a plan with more is reported and skipped'),
  actuals: globsSchema
    .optional()
    .describe('CSV exports of actuals (a glob or a list of globs, relative to the config file): columns plan, item (or metric), value, date, optional source'),
  pace: paceSchema
    .optional()
    .describe('Expected progress per fiscal quarter: four weights adding up to 1, such as [0.2, 0.25, 0.25, 0.3] (default: linear in days)'),
  overrides: z
    .array(overrideSchema)
    .optional()
    .describe('Settings for the plans that match globs (relative to the folder of the .planrc.* that is read); a later entry wins over an earlier one'),
});

export type Config = z.output<typeof configSchema>;
export type ConfigOverride = z.output<typeof overrideSchema>;
