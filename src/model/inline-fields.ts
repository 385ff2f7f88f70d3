import { FIELD_ALIASES } from './fields.js';

/** A `Key: value` written on the item's own line (contract 3a): where its key starts in the statement text. */
export interface InlineField {
  key: string;
  value: string;
}

const SPELLINGS = Object.values(FIELD_ALIASES)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/ /g, '\\s+'));
/** A known key and its colon, after something that ends a clause (or, for a capitalised key, any space). */
const KEY_AT = new RegExp(`(^|[(]\\s*|[.;,|]\\s+|\\s[—–-]\\s+|\\s+)(${SPELLINGS.join('|')})\\s*:(?=\\s|$)`, 'gi');
/** A clause boundary, so a lower-case key there reads as a key and not as prose ("the goal: 3x"). */
const BOUNDARY = /^(?:[(]\s*|[.;,|]\s+|\s[—–-]\s+)$/;

interface KeyMatch {
  index: number;
  keyStart: number;
  key: string;
  valueStart: number;
  inParens: boolean;
}

function keyMatches(text: string): KeyMatch[] {
  const found: KeyMatch[] = [];
  KEY_AT.lastIndex = 0;
  for (let m = KEY_AT.exec(text); m; m = KEY_AT.exec(text)) {
    const lead = m[1]!;
    const key = m[2]!;
    const capital = /[A-Z]/.test(key.charAt(0));
    if (!capital && !BOUNDARY.test(lead)) continue;
    found.push({
      index: m.index,
      keyStart: m.index + lead.length,
      key: key.replace(/\s+/g, ' '),
      valueStart: m.index + m[0].length,
      inParens: lead.startsWith('('),
    });
    // The key may end a clause that the next key's boundary needs: look again just after the colon.
    KEY_AT.lastIndex = m.index + m[0].length;
  }
  return found;
}

/**
 * Splits `Grow ARR to $2.6M by 2027-01-31. Goals: G2. Owner: Dana Reyes (Objectives: OB1)` into the statement and
 * its fields. The statement ends where the first field starts; a field in parentheses ends at its `)`. A key at
 * the very start is not a field (the statement would be empty: "Risk: the sponsor leaves" is a statement).
 */
export function splitInlineFields(text: string): { statement: string; fields: InlineField[]; keyStarts: number[] } {
  if (!text.includes(':')) return { statement: text, fields: [], keyStarts: [] };
  const matches = keyMatches(text);
  if (matches.length === 0) return { statement: text, fields: [], keyStarts: [] };
  const fields: InlineField[] = [];
  const keyStarts: number[] = [];
  const removed: [number, number][] = [];
  let tailStart = -1;
  let statementEnd = -1;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (tailStart !== -1 && !m.inParens && m.index >= tailStart) {
      const end = nextEnd(matches, i, text.length);
      fields.push({ key: m.key, value: cleanValue(text.slice(m.valueStart, end)) });
      keyStarts.push(m.keyStart);
      continue;
    }
    if (m.inParens) {
      const open = text.lastIndexOf('(', m.keyStart);
      const close = text.indexOf(')', m.valueStart);
      if (close === -1 || text.slice(0, open).trim() === '') continue;
      // `(Objectives: OB1; Owner: Dana)`: the keys inside the parentheses split it further.
      const inner = matches.filter((n) => n.keyStart >= m.keyStart && n.keyStart < close);
      inner.forEach((n, j) => {
        const end = j + 1 < inner.length ? inner[j + 1]!.index : close;
        fields.push({ key: n.key, value: cleanValue(text.slice(n.valueStart, end)) });
        keyStarts.push(n.keyStart);
      });
      removed.push([open, close + 1]);
      i += inner.length - 1;
      continue;
    }
    if (
      text
        .slice(0, m.index)
        .replace(/[\s.;,|—–-]+$/, '')
        .trim() === ''
    )
      continue;
    tailStart = m.index;
    // "… by 2027-01-31. Goals: G2": the full stop ends the statement, as it would without the fields.
    statementEnd = text.charAt(m.index) === '.' ? m.index + 1 : m.index;
    fields.push({ key: m.key, value: cleanValue(text.slice(m.valueStart, nextEnd(matches, i, text.length))) });
    keyStarts.push(m.keyStart);
  }
  if (fields.length === 0) return { statement: text, fields: [], keyStarts: [] };
  let statement = tailStart === -1 ? text : text.slice(0, statementEnd);
  for (const [start, end] of removed.filter(([s]) => tailStart === -1 || s < tailStart).reverse()) {
    statement = statement.slice(0, start) + statement.slice(end);
  }
  statement = statement
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([.,;])/g, '$1')
    .trim();
  return { statement, fields, keyStarts };
}

/** Where the field that starts at match `i` ends: the next key of the tail (not one in parentheses), else the text's end. */
function nextEnd(matches: KeyMatch[], i: number, length: number): number {
  for (let j = i + 1; j < matches.length; j++) if (!matches[j]!.inParens) return matches[j]!.index;
  // A parenthesised field after the tail still ends the value before it.
  const paren = matches.slice(i + 1).find((n) => n.inParens);
  return paren ? paren.index : length;
}

function cleanValue(value: string): string {
  return value
    .replace(/^[\s]+/, '')
    .replace(/[\s.;,|—–-]+$/, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim();
}
