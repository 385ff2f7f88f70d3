/** Inside an unclosed parenthesis or bracket at `index`: "(stretch: $650k by 2027-06-30)". */
export function inParenthesis(text: string, index: number): boolean {
  let depth = 0;
  for (const char of text.slice(0, index)) {
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
  }
  return depth > 0;
}
