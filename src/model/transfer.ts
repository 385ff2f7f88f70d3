import { defineTree } from './build.js';
import { internSections } from './intern.js';
import { defineLazyText } from './lazy-plan.js';
import type { PlanModel } from './types.js';

/** A plan model as plain data (no line index, no mdast). */
export type PlanData = Omit<PlanModel, 'lines' | 'tree'>;

/**
 * What crosses from a worker thread: the model as plain data, with its text as UTF-8 bytes. Most plans' text holds
 * a character beyond Latin-1 (a dash, a name), which makes it two bytes a character as a string; the main thread
 * decodes it only for the plans something reads it of.
 */
export type PlanTransfer = Omit<PlanData, 'source'> & { sourceBytes: Uint8Array };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toPlanData(plan: PlanModel): PlanTransfer {
  const { lines: _lines, source, ...data } = plan;
  return { ...data, sourceBytes: encoder.encode(source) };
}

/** A model again, sharing positions with the others; its text and line index are made only if something asks. */
export function fromPlanData(data: PlanTransfer): PlanModel {
  const { sourceBytes, ...rest } = data;
  const plan = rest as unknown as PlanModel;
  internSections(plan.sections);
  defineLazyText(plan, () => decoder.decode(sourceBytes));
  defineTree(plan);
  return plan;
}
