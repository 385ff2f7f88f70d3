import type { PlanKind } from '../model/frontmatter-schema.js';
import type { SectionKey } from '../model/sections.js';
import { replaceSections } from './compose.js';
import { midPeriod, readPeriod } from './period.js';
import { findTemplate, renderTemplate, type TemplateValues } from './template.js';

/** A new quarter plan drawn from an earlier plan: its front matter and the sections that replace the template's. */
export interface CarriedPlan {
  fields: PlanFields;
  /** Section bodies (everything under the heading) by section. */
  sections: Partial<Record<SectionKey, string>>;
  /** What the writer should know, one line each (printed on stderr). */
  notes: string[];
}

/** What `plan init` writes into a new plan's front matter. */
export interface PlanFields {
  kind: PlanKind;
  period: string;
  owner: string;
  title?: string;
  parent?: string;
  /** Front matter id; usually the file name without `.md`. */
  id?: string;
}

export interface ScaffoldOptions {
  fiscalYearStart?: number;
  /** The organization's templates folder (config `templates`), searched before the built-in one. */
  templates?: string;
}

const ID = /^[A-Za-z0-9][\w.-]*$/;

export function defaultTitle(fields: Pick<PlanFields, 'kind' | 'period'>): string {
  return `${fields.kind[0]!.toUpperCase()}${fields.kind.slice(1)} plan ${fields.period.toUpperCase()}`;
}

/** The values a template can use: the front matter fields and the period's dates. */
export function templateValues(fields: PlanFields, fiscalYearStart = 1): TemplateValues {
  const period = readPeriod(fields.period, fiscalYearStart);
  if (!period) throw new Error(`not a period: ${fields.period}`);
  return {
    id: fields.id && ID.test(fields.id) ? fields.id : '',
    title: fields.title?.trim() || defaultTitle(fields),
    kind: fields.kind,
    owner: fields.owner.trim(),
    period: period.label,
    parent: fields.parent?.trim() ?? '',
    // With a parent, each example goal shows the Supports field still to be filled with a goal of the parent.
    supports: fields.parent?.trim() ? 'TBD' : '',
    periodStart: period.start,
    periodEnd: period.end,
    midPeriod: midPeriod(period),
  };
}

/** A new plan: the kind's template filled with the fields. */
export function scaffoldPlan(fields: PlanFields, options: ScaffoldOptions = {}): string {
  const template = findTemplate(fields.kind, options.templates);
  return renderTemplate(template, templateValues(fields, options.fiscalYearStart));
}

/** A plan drawn from an earlier one (`plan init --from`): the template, with the carried sections in place. */
export function scaffoldCarried(carried: CarriedPlan, options: ScaffoldOptions = {}): string {
  return replaceSections(scaffoldPlan(carried.fields, options), carried.sections);
}
