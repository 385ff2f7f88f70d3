import type { Point, Span } from '../types.js';
import type { Section } from './types.js';

/**
 * One frozen object per (line, column), shared by every plan: a repo's plans repeat the same positions, and a run
 * over 5,000 plans otherwise holds over a million of them. Frozen, because they are shared.
 */
let points = new Map<number, Point>();
const MAX_COLUMN = 100_000;
/** A long-running process (an editor's) starts a new table now and then; points already shared stay valid. */
const MAX_POINTS = 200_000;

export function internPoint(point: Point): Point {
  if (point.column >= MAX_COLUMN) return point;
  const key = point.line * MAX_COLUMN + point.column;
  let shared = points.get(key);
  if (!shared) {
    if (points.size >= MAX_POINTS) points = new Map();
    points.set(key, (shared = Object.freeze({ line: point.line, column: point.column })));
  }
  return shared;
}

function internSpan(span: Span): void {
  span.start = internPoint(span.start);
  span.end = internPoint(span.end);
}

/** One copy of the short texts plans repeat: field keys ("Owner", "Supports"), section keys, plan ids in links. */
let texts = new Map<string, string>();
const MAX_TEXTS = 50_000;

function internText(text: string): string {
  const shared = texts.get(text);
  if (shared !== undefined) return shared;
  if (texts.size >= MAX_TEXTS) texts = new Map();
  texts.set(text, text);
  return text;
}

/** Replaces the positions and repeated texts of a plan's sections, items, fields and references by shared ones. */
export function internSections(sections: readonly Section[]): void {
  for (const section of sections) {
    internSpan(section.span);
    internSpan(section.fullSpan);
    for (const item of section.items) {
      internSpan(item.fullSpan);
      item.section = internText(item.section) as typeof item.section;
      for (const field of item.fields) {
        internSpan(field.span);
        field.key = internText(field.key);
        if (field.name) field.name = internText(field.name) as typeof field.name;
        for (const ref of field.refs) if (ref.plan) ref.plan = internText(ref.plan);
      }
    }
  }
}
