import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump } from 'js-yaml';
import { DEFAULT_MAX_FILE_BYTES, isFolder, readBoundedText } from '../files/read.js';
import type { PlanKind } from '../model/frontmatter-schema.js';
import { SECTIONS } from '../model/sections.js';

/** The templates shipped with plan: `templates/` at the package root (two folders up from src/init or dist/init). */
export const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A template that cannot be read or uses a variable plan does not know; the CLI prints it as one line. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

export interface Template {
  file: string;
  text: string;
}

/** `<kind>.md`, else `plan.md`: first in the organization's folder (config `templates`), then in the built-in one. */
export function findTemplate(kind: PlanKind, organizationFolder?: string): Template {
  if (organizationFolder && !isFolder(organizationFolder)) {
    throw new TemplateError('templates folder not found (set by the config key "templates")', organizationFolder);
  }
  const folders = organizationFolder ? [organizationFolder, BUILT_IN_TEMPLATES] : [BUILT_IN_TEMPLATES];
  for (const folder of folders) {
    for (const name of [`${kind}.md`, 'plan.md']) {
      const file = join(folder, name);
      if (!existsSync(file)) continue;
      try {
        return { file, text: readBoundedText(file, { maxBytes: DEFAULT_MAX_FILE_BYTES, what: 'a template' }).replace(/\r\n?/g, '\n') };
      } catch (error) {
        throw new TemplateError(`cannot read template: ${(error as Error).message.replace(/^cannot read: /, '')}`, file);
      }
    }
  }
  throw new TemplateError(`no template for ${kind} plans (looked for ${kind}.md and plan.md)`, organizationFolder ?? BUILT_IN_TEMPLATES);
}

/** Values a template may use as `{{name}}`; `{{guidance.goals}}` and the like come from the section specs. */
export type TemplateValues = Record<string, string | undefined>;

const GUIDANCE: Record<string, string> = Object.fromEntries(SECTIONS.map((s) => [`guidance.${s.key}`, s.guidance]));
const VARIABLE = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * Fills `{{name}}` variables. A line whose variables are all empty is dropped (so `parent: {{parent}}` disappears
 * when there is no parent); values in the front matter are written as YAML scalars, quoted where YAML needs it.
 */
export function renderTemplate(template: Template, values: TemplateValues): string {
  const lines = template.text.split('\n');
  const frontMatterEnd = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') : -1;
  const out: string[] = [];
  lines.forEach((line, index) => {
    const inFrontMatter = index > 0 && index < frontMatterEnd;
    let used = 0;
    let filled = 0;
    const rendered = line.replace(VARIABLE, (_, name: string) => {
      const value = lookup(name, values, template.file, index + 1);
      used++;
      if (value === '') return '';
      filled++;
      return inFrontMatter ? yamlScalar(value) : value;
    });
    if (used > 0 && filled === 0) return;
    out.push(rendered);
  });
  return out.join('\n');
}

function lookup(name: string, values: TemplateValues, file: string, line: number): string {
  if (Object.hasOwn(values, name)) return values[name] ?? '';
  if (Object.hasOwn(GUIDANCE, name)) return GUIDANCE[name]!;
  const known = [...Object.keys(values), 'guidance.<section>'].join(', ');
  throw new TemplateError(`unknown variable {{${name}}} (known: ${known})`, file, line);
}

function yamlScalar(value: string): string {
  return dump(value, { lineWidth: -1 }).trimEnd();
}
