// Rewrites a plan written the canonical way (`- **G1** statement` items with `  - Key: value` fields) into another
// layout the linter reads (contract 3a): tables, the OKR layout (Goals as H3s) or fields on the item's own line.
// Used by the bench corpus (a third of its plans in table or OKR layout) and by the tests that check a plan gets the
// same findings in every layout. `lineMap[n]` is the line that line n of the canonical plan moved to.

const NOUNS = { opportunities: 'Opportunity', goals: 'Goal', objectives: 'Objective', approach: 'Approach', risks: 'Risk', contingencies: 'Contingency' };
const HEADINGS = {
  opportunities: 'opportunities',
  'key opportunities': 'opportunities',
  goals: 'goals',
  objectives: 'objectives',
  approach: 'approach',
  strategy: 'approach',
  risks: 'risks',
  contingencies: 'contingencies',
  'contingency plans': 'contingencies',
};
const KNOWN_KEYS = new Set([
  'opportunities',
  'opportunity',
  'traces to',
  'goals',
  'goal',
  'objectives',
  'objective',
  'risks',
  'risk',
  'addresses',
  'mitigates',
  'contingencies',
  'contingency',
  'supports',
  'aligns to',
  'owner',
  'metric',
  'kpi',
  'baseline',
  'target',
  'due',
  'deadline',
  'by',
  'likelihood',
  'impact',
  'status',
]);
const ITEM = /^- \*\*([A-Za-z]{1,10}-?\d+(?:[.-]\d+)*)\*\* (\S.*)$/;
const FIELD = /^ {2}- ([A-Za-z][A-Za-z ]*?): (\S.*)$/;

/**
 * `layout` is 'table', 'okr' or 'inline'. Only item sections whose every line is a canonical item, a field with a
 * value or a blank line are rewritten (OKR: only Goals); a field key written twice in one item, or (inline) a key
 * the linter does not know, leaves the section as it is.
 */
export function convertLayout(text, layout) {
  const lines = text.split('\n');
  const out = [];
  const lineMap = [0];
  let i = 0;
  while (i < lines.length) {
    const heading = /^## (.*)$/.exec(lines[i]);
    const key = heading ? HEADINGS[heading[1].trim().toLowerCase()] : undefined;
    if (!key || (layout === 'okr' && key !== 'goals')) {
      out.push(lines[i]);
      lineMap.push(out.length);
      i++;
      continue;
    }
    out.push(lines[i]);
    lineMap.push(out.length);
    i++;
    let end = i;
    while (end < lines.length && !/^#{1,2} /.test(lines[end])) end++;
    const items = readItems(lines, i, end);
    if (!items || !convertible(items, layout)) {
      for (; i < end; i++) {
        out.push(lines[i]);
        lineMap.push(out.length);
      }
      continue;
    }
    // Lines before the first item (the blank after the heading) stay; so do the blank lines after the last.
    for (; i < items[0].line; i++) {
      out.push(lines[i]);
      lineMap.push(out.length);
    }
    writeItems(items, key, layout, out, lineMap);
    i = items[items.length - 1].lastLine + 1;
    for (; i < end; i++) {
      out.push(lines[i]);
      lineMap.push(out.length);
    }
  }
  return { text: out.join('\n'), lineMap };
}

function readItems(lines, from, to) {
  const items = [];
  let last = -1;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    const item = ITEM.exec(line);
    const field = FIELD.exec(line);
    if (item) {
      items.push({ id: item[1], statement: item[2], line: i, lastLine: i, fields: [] });
      last = i;
    } else if (field && items.length > 0 && last === i - 1) {
      const current = items[items.length - 1];
      current.fields.push({ key: field[1], value: field[2], line: i });
      current.lastLine = i;
      last = i;
    } else if (line.trim() !== '') return undefined;
    else if (items.length > 0 && i < to - 1 && lines.slice(i, to).some((l) => l.trim() !== '')) return undefined;
  }
  return items.length > 0 ? items : undefined;
}

function convertible(items, layout) {
  return items.every((item) => {
    const keys = item.fields.map((f) => f.key.toLowerCase());
    if (new Set(keys).size !== keys.length) return false;
    if (item.statement.includes('|') || item.fields.some((f) => f.value.includes('|'))) return false;
    if (layout === 'inline') {
      // The statement must not itself hold something that reads as a field, and every key must be a known one.
      return keys.every((k) => KNOWN_KEYS.has(k)) && !/:/.test(item.statement) && item.fields.every((f) => !/:/.test(f.value));
    }
    return true;
  });
}

function writeItems(items, key, layout, out, lineMap) {
  if (layout === 'table') {
    const keys = [];
    for (const item of items) for (const f of item.fields) if (!keys.includes(f.key)) keys.push(f.key);
    const row = (cells) => `| ${cells.join(' | ')} |`;
    out.push(row(['ID', NOUNS[key], ...keys]));
    out.push(`|----|${'------|'.repeat(keys.length + 1)}`);
    for (const item of items) {
      out.push(row([item.id, item.statement, ...keys.map((k) => item.fields.find((f) => f.key === k)?.value ?? '')]));
      for (let l = item.line; l <= item.lastLine; l++) lineMap.push(out.length);
    }
    return;
  }
  if (layout === 'okr') {
    items.forEach((item, index) => {
      if (index > 0) out.push('');
      out.push(`### ${item.id} ${item.statement}`);
      lineMap.push(out.length);
      if (item.fields.length > 0) out.push('');
      for (const f of item.fields) {
        out.push(`- ${f.key}: ${f.value}`);
        lineMap.push(out.length);
      }
    });
    return;
  }
  for (const item of items) {
    const fields = item.fields.map((f) => `${f.key}: ${f.value}`).join('. ');
    out.push(`- **${item.id}** ${item.statement}${fields ? ` ${fields}` : ''}`);
    for (let l = item.line; l <= item.lastLine; l++) lineMap.push(out.length);
  }
}
