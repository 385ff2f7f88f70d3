import { LineIndex } from '../parse/lines.js';
import { defineTree } from './build.js';
import { internPositions } from './intern.js';
import type { PlanModel } from './types.js';

/** A plan model as plain data: what crosses between threads and goes into the cache (no line index, no mdast). */
export type PlanData = Omit<PlanModel, 'lines' | 'tree'>;

export function toPlanData(plan: PlanModel): PlanData {
  const { lines: _lines, ...data } = plan;
  return data;
}

/** A model again, sharing positions with the others; its line index is built only if something asks for it. */
export function fromPlanData(data: PlanData): PlanModel {
  const plan = { ...data } as PlanModel;
  internPositions(plan.sections);
  let lines: LineIndex | undefined;
  Object.defineProperty(plan, 'lines', { configurable: true, enumerable: true, get: () => (lines ??= new LineIndex(plan.source)) });
  defineTree(plan);
  return plan;
}
