import { EditMap } from 'micromark-util-edit-map';
const mod = await import('/work/wt/22/dist/parse/micromark-patch.js');
const { parseMarkdown } = await import('/work/wt/22/dist/parse/markdown.js');
if (process.argv[2] === 'orig') EditMap.prototype.consume = mod.originalConsume;
const L = Number(process.argv[3]);
const shapes = {
  fields: Array.from({length:L/2},(_,i)=>`- **G${i}** Grow ARR ${i}%.\n  - Owner: Dana\n`).join(''),
  deep3: Array.from({length:L/3},()=>`- a\n  - b\n    - c\n`).join(''),
  chains50: Array.from({length:L},(_,i)=>`${'  '.repeat(i%50)}- x\n`).join(''),
  saw: Array.from({length:L},(_,i)=>`${'  '.repeat(i%2 ? 40 : 0)}- x\n`).join(''),
  quote: Array.from({length:L/2},()=>`> - a\n>   - b\n`).join(''),
};
for (const [k, t] of Object.entries(shapes)) {
  const c = process.cpuUsage(); parseMarkdown(t, 0); const u = process.cpuUsage(c);
  console.log(process.argv[2], L, k, Math.round((u.user+u.system)/1000), 'ms cpu', Math.round(process.resourceUsage().maxRSS/1024), 'MB');
}
