import { LineIndex } from '../parse/lines.js';
import { defineTree } from './build.js';
import type { PlanModel } from './types.js';

/** A plan model as plain data: what crosses between threads and goes into the cache (no line index, no mdast). */
export type PlanData = Omit<PlanModel, 'lines' | 'tree'>;

export function toPlanData(plan: PlanModel): PlanData {
  const { lines: _lines, ...data } = plan;
  return data;
}

export function fromPlanData(data: PlanData): PlanModel {
  const plan = { ...data, lines: new LineIndex(data.source) } as PlanModel;
  defineTree(plan);
  return plan;
}
