import { basename, extname } from 'node:path';
import { discover, displayPath } from '../files/discover.js';
import { readSource } from '../files/read.js';
import { parseFrontMatter } from '../parse/frontmatter.js';
import type { PlanChoice } from './prompts.js';

/** The plans under a folder (files whose front matter has a kind or period), to offer as parents. */
export async function findPlans(folder: string, cwd: string): Promise<PlanChoice[]> {
  const { candidates } = await discover([folder], cwd);
  const plans: PlanChoice[] = [];
  for (const candidate of candidates) {
    let data: Record<string, unknown>;
    try {
      data = parseFrontMatter(readSource(candidate.path).text).data;
    } catch {
      continue; // unreadable files are lint's business, not a reason to stop asking questions
    }
    if (!('kind' in data) && !('period' in data)) continue;
    const text = (key: string) => (typeof data[key] === 'string' || typeof data[key] === 'number' ? String(data[key]) : undefined);
    const plan: PlanChoice = { id: text('id') ?? basename(candidate.path, extname(candidate.path)), file: displayPath(candidate.path, cwd) };
    for (const key of ['title', 'kind', 'period'] as const) {
      const value = text(key);
      if (value) plan[key] = value;
    }
    plans.push(plan);
  }
  return plans;
}
