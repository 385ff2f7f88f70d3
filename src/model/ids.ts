import type { Reference } from './types.js';

/** An item ID: a letter prefix and a number, such as G1, OB2, OPP-2, R3 or G1.2. */
export const ID_PATTERN = /^[A-Za-z]{1,10}-?\d+(?:[.-]\d+)*[a-z]?$/;

/** Tokens that look like IDs but, written plainly at the start of a statement, are periods. */
const PERIOD_TOKEN = /^(?:Q[1-4]|H[12]|FY\d{2,4})$/i;

export function isValidId(token: string): boolean {
  return ID_PATTERN.test(token);
}

export function isPlainIdToken(token: string): boolean {
  return ID_PATTERN.test(token) && !PERIOD_TOKEN.test(token);
}

/** IDs compare case-insensitively: G1 and g1 are the same item. */
export function idKey(id: string): string {
  return id.toUpperCase();
}

/** A reference is `ID` or `plan-id#ID`. */
const REFERENCE = /^(?:([A-Za-z0-9][\w./-]*)#)?([A-Za-z]{1,10}-?\d+(?:[.-]\d+)*[a-z]?)$/;

export interface ParsedReference extends Pick<Reference, 'plan' | 'id' | 'raw'> {
  /** Offset of the reference inside the value it was read from. */
  index: number;
}

export function parseReferences(value: string): ParsedReference[] {
  const refs: ParsedReference[] = [];
  const token = /[^\s,;()]+/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(value))) {
    const raw = m[0].replace(/^[[*_`]+|[\]*_`.:]+$/g, '');
    const parsed = REFERENCE.exec(raw);
    // "Supports: EMEA's FY2027 goal G2 (Q3)": a bare period is prose, not an item ID.
    if (!parsed || (!parsed[1] && PERIOD_TOKEN.test(parsed[2]!))) continue;
    const ref: ParsedReference = { id: parsed[2]!, raw, index: m.index + m[0].indexOf(raw) };
    if (parsed[1]) ref.plan = parsed[1];
    refs.push(ref);
  }
  return refs;
}
