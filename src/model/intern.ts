import type { Point, Span } from '../types.js';
import type { Section } from './types.js';

/**
 * One frozen object per (line, column), shared by every plan: a repo's plans repeat the same positions, and a run
 * over 5,000 plans otherwise holds over a million of them. Frozen, because they are shared.
 */
const points = new Map<number, Point>();
const MAX_COLUMN = 100_000;

export function internPoint(point: Point): Point {
  if (point.column >= MAX_COLUMN) return point;
  const key = point.line * MAX_COLUMN + point.column;
  let shared = points.get(key);
  if (!shared) points.set(key, (shared = Object.freeze({ line: point.line, column: point.column })));
  return shared;
}

function internSpan(span: Span): void {
  span.start = internPoint(span.start);
  span.end = internPoint(span.end);
}

/** Replaces the positions of a plan's sections, items, fields and references by shared ones. */
export function internPositions(sections: readonly Section[]): void {
  for (const section of sections) {
    internSpan(section.span);
    internSpan(section.fullSpan);
    for (const item of section.items) {
      internSpan(item.span);
      internSpan(item.fullSpan);
      for (const field of item.fields) {
        internSpan(field.span);
        for (const ref of field.refs) internSpan(ref.span);
      }
    }
  }
}
